// The bucket, and the only module that speaks S3: every object operation the functions need, by name, on the one
// bucket of `config().bucketName`. Callers pass keys (built where the object's owner lives) and bytes; no caller
// imports the SDK. A missing object is told apart here (`isObjectMissing`), never by an SDK class elsewhere.
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { config } from '../config';

let client: S3Client | undefined;

/** The S3 client, created on first use. Locally AWS_ENDPOINT_URL_S3 points it at s3rver. */
export function s3(): S3Client {
  client ??= new S3Client({
    forcePathStyle: config().s3ForcePathStyle,
    // Without this the SDK signs a CRC32 of an empty body into presigned PUT URLs, and real uploads then fail.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return client;
}

const bucket = (): string => config().bucketName;

/** Whether an S3 error says the object (or a copy's source) is not there. */
export function isObjectMissing(error: unknown): boolean {
  return error instanceof NoSuchKey || error instanceof NotFound;
}

/**
 * A presigned PUT of one object: Content-Type and Content-Length are signed, so S3 takes only a file of that type
 * and size; the client must send Content-Type as a header (not hoisted into the query).
 */
export async function presignPutObject(
  key: string,
  file: { contentType: string; size: number },
  expiresInSeconds: number,
): Promise<string> {
  const command = new PutObjectCommand({
    Bucket: bucket(),
    Key: key,
    ContentType: file.contentType,
    ContentLength: file.size,
  });
  return getSignedUrl(s3(), command, {
    expiresIn: expiresInSeconds,
    signableHeaders: new Set(['content-type', 'content-length']),
    unhoistableHeaders: new Set(['content-type']),
  });
}

/** A presigned GET of one object, answered with this Content-Type and Content-Disposition. */
export async function presignGetObject(
  key: string,
  response: { contentType: string; contentDisposition: string },
  expiresInSeconds: number,
): Promise<string> {
  const command = new GetObjectCommand({
    Bucket: bucket(),
    Key: key,
    ResponseContentType: response.contentType,
    ResponseContentDisposition: response.contentDisposition,
  });
  return getSignedUrl(s3(), command, { expiresIn: expiresInSeconds });
}

/** An object's size, and its bytes unless it is over `maxBytes` (then the body is not read). */
export type ObjectRead = { size: number; bytes: Uint8Array | undefined };

/**
 * The whole object as it is now (one GET, so the bytes are one version of it), or undefined when there is none.
 * An object over `maxBytes` is not read.
 */
export async function readObject(key: string, maxBytes = Number.POSITIVE_INFINITY): Promise<ObjectRead | undefined> {
  try {
    const out = await s3().send(new GetObjectCommand({ Bucket: bucket(), Key: key }));
    const size = out.ContentLength ?? 0;
    if (size > maxBytes) {
      (out.Body as { destroy?: () => void } | undefined)?.destroy?.();
      return { size, bytes: undefined };
    }
    const bytes = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
    return { size: bytes.length, bytes: bytes.length > maxBytes ? undefined : bytes };
  } catch (error) {
    if (isObjectMissing(error)) return undefined;
    throw error;
  }
}

/** The bytes of an object that must exist (a stored PDF, a signature image); throws when it is missing. */
export async function getObjectBytes(key: string): Promise<Uint8Array> {
  const read = await readObject(key);
  if (!read?.bytes) throw new Error(`object missing: ${key}`);
  return read.bytes;
}

/** Writes one object. */
export async function putObject(key: string, body: Uint8Array, contentType: string): Promise<void> {
  await s3().send(new PutObjectCommand({ Bucket: bucket(), Key: key, Body: body, ContentType: contentType }));
}

/** Deletes one object (deleting a missing object succeeds). */
export async function deleteObject(key: string): Promise<void> {
  await s3().send(new DeleteObjectCommand({ Bucket: bucket(), Key: key }));
}

/** Copies one object within the bucket; a missing source rejects with an error `isObjectMissing` recognises. */
export async function copyObject(from: string, to: string): Promise<void> {
  const name = bucket();
  await s3().send(new CopyObjectCommand({ Bucket: name, Key: to, CopySource: `${name}/${encodeURI(from)}` }));
}

/** Whether the bucket answers (health probe); rejects when it does not. */
export async function probeBucket(): Promise<string> {
  await s3().send(new HeadBucketCommand({ Bucket: bucket() }));
  return `${bucket()}: reachable`;
}
