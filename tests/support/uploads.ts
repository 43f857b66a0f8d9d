// Files for the suites that need one, two ways: through the upload routes as the phone sends it (announce, a real
// PUT to the presigned s3rver URL, confirm), or — where the upload routes are not the point — a confirmed file put
// straight into the bucket (as its checked copy in checked/) and the table, as the upload routes leave it.
import { HeadObjectCommand, NotFound, PutObjectCommand } from '@aws-sdk/client-s3';
import { CreateUploadResponseSchema, type UploadContentType, type UploadPurpose } from '@shared/api/uploads';
import { s3 } from '../../functions/adapters/s3';
import { config } from '../../functions/config';
import { table } from '../../functions/data/table';
import { createUpload } from '../../functions/data/upload';
import { ulid } from '../../functions/support/ids';
import { checkedKey } from '../../functions/usecases/documents/uploads';
import { type Answer, call } from './api';

/** The presigned PUT of an announced file: where, and with which headers. */
export type PresignedPut = { uploadUrl: string; headers: Record<string, string> };

/** PUTs `bytes` to a presigned URL, as the phone does; answers the status. */
export async function putTo(put: PresignedPut, bytes: Buffer): Promise<number> {
  const answer = await fetch(put.uploadUrl, { method: 'PUT', headers: put.headers, body: new Uint8Array(bytes) });
  return answer.status;
}

/** Announces a file and PUTs `bytes` to the presigned URL; returns the file id, the PUT's status and its URL. */
export async function announceAndPut(
  token: string,
  purpose: UploadPurpose,
  contentType: UploadContentType,
  bytes: Buffer,
  declaredSize = bytes.length,
): Promise<{ fileId: string; putStatus: number; put: PresignedPut }> {
  const created = await call('POST', '/v1/uploads', { token, body: { purpose, contentType, size: declaredSize } });
  if (created.status !== 201) throw new Error(`announce failed: ${created.status} ${created.text}`);
  const { fileId, uploadUrl, headers } = CreateUploadResponseSchema.parse(created.body);
  const put = { uploadUrl, headers };
  return { fileId, putStatus: await putTo(put, bytes), put };
}

/** Confirms an upload. */
export function confirm(token: string, fileId: string): Promise<Answer> {
  return call('POST', `/v1/uploads/${fileId}/confirm`, { token });
}

/** Announces, PUTs and confirms a file through the upload routes; fails unless it is confirmed. */
export async function confirmedUpload(
  token: string,
  purpose: UploadPurpose,
  contentType: UploadContentType,
  bytes: Buffer,
): Promise<string> {
  const { fileId, putStatus } = await announceAndPut(token, purpose, contentType, bytes);
  if (putStatus < 200 || putStatus >= 300) throw new Error(`PUT to the bucket failed: ${putStatus}`);
  const answer = await confirm(token, fileId);
  if (answer.status !== 200) throw new Error(`confirm failed: ${answer.status} ${answer.text}`);
  return fileId;
}

/** A confirmed file of `owner`, put straight into the bucket (its checked copy) and the table; its file id. */
export async function storedUpload(
  owner: { userId: string },
  purpose: UploadPurpose,
  contentType: UploadContentType,
  body: Buffer,
): Promise<string> {
  table();
  const fileId = ulid();
  const s3Key = checkedKey(owner.userId, fileId, ulid());
  await s3().send(
    new PutObjectCommand({ Bucket: config().bucketName, Key: s3Key, Body: body, ContentType: contentType }),
  );
  const now = new Date();
  await createUpload({
    fileId,
    ownerUserId: owner.userId,
    purpose,
    declaredContentType: contentType,
    declaredSize: body.length,
    contentType,
    size: body.length,
    state: 'CONFIRMED',
    s3Key,
    createdAt: now.toISOString(),
    confirmedAt: now.toISOString(),
    expiresAt: Math.floor(now.getTime() / 1000) + 3600,
  });
  return fileId;
}

/** Whether the bucket holds an object at `key` (read straight from s3rver, not through the API). */
export async function objectExists(key: string): Promise<boolean> {
  try {
    await s3().send(new HeadObjectCommand({ Bucket: config().bucketName, Key: key }));
    return true;
  } catch (error) {
    if (error instanceof NotFound) return false;
    throw error;
  }
}
