// 上传文件 — the S3 side of uploads: presigned PUTs into `incoming/<userId>/<fileId>`, the check of a received file
// (real size, magic bytes), the move under the case / filing / proxy authorisation that uses it, and presigned GETs.
// For the other parts: `getConfirmedUpload` (functions/data/upload.ts), `attachUploads` and `presignDownload` here.
// A function that calls them needs, on the bucket: s3:GetObject and s3:DeleteObject on `incoming/*`, s3:PutObject on
// the target prefix (attach), s3:GetObject on the whole bucket (download); kms:Decrypt and kms:GenerateDataKey on
// the field key (the bucket is encrypted with it).
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ErrorCode } from '@shared/api/errors';
import {
  formatBytes,
  TYPE_NAME,
  UPLOAD_PURPOSE,
  type UploadContentType,
  UploadErrorCode,
  type UploadPurpose,
  type UploadResponse,
} from '@shared/api/uploads';
import { s3 } from '../adapters/s3';
import { config } from '../config';
import {
  type AttachmentKind,
  type AttachmentMove,
  type AttachmentTarget,
  deletePendingUpload,
  getUpload,
  markUploadConfirmed,
  markUploadsAttached,
  type Upload,
} from '../data/upload';
import { AppError, BadRequestError, ConflictError, NotFoundError, ValidationError } from './errors';
import { detectContentType, SNIFF_BYTES } from './fileType';
import { logger } from './logger';

/** A presigned PUT lives 10 minutes: long enough for a slow phone line, short enough to be useless if leaked. */
export const UPLOAD_URL_TTL_SECONDS = 10 * 60;
/** A presigned GET lives 5 minutes. */
export const DOWNLOAD_URL_TTL_SECONDS = 5 * 60;
/** An unattached upload's record lives 2 days, as long as the bucket keeps `incoming/`. */
export const UNATTACHED_TTL_SECONDS = 2 * 24 * 60 * 60;
/** The most files one attachment may move (one DynamoDB transaction). */
export const MAX_FILES_PER_ATTACHMENT = 100;

const FILE_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const PREFIX: Record<AttachmentKind, string> = { case: 'cases', filing: 'filings', proxy: 'proxies' };
const EXTENSION: Record<UploadContentType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};
const NOT_FOUND = '没有找到该文件';

/** Where a new upload lands. */
export function incomingKey(userId: string, fileId: string): string {
  return `incoming/${userId}/${fileId}`;
}

/** Where an attached upload lives. */
export function attachedKey(target: Pick<AttachmentTarget, 'kind' | 'id'>, fileId: string): string {
  return `${PREFIX[target.kind]}/${target.id}/${fileId}`;
}

/** Whether a path parameter looks like a file id (a ULID); anything else is answered 404 without a look-up. */
export function isFileId(value: string | undefined): value is string {
  return value !== undefined && FILE_ID.test(value);
}

/** A presigned PUT for a new upload: Content-Type and Content-Length are signed, so S3 takes only that file. */
export async function presignUpload(
  key: string,
  contentType: UploadContentType,
  size: number,
): Promise<{ url: string; headers: Record<string, string> }> {
  const command = new PutObjectCommand({
    Bucket: config().bucketName,
    Key: key,
    ContentType: contentType,
    ContentLength: size,
  });
  const url = await getSignedUrl(s3(), command, {
    expiresIn: UPLOAD_URL_TTL_SECONDS,
    signableHeaders: new Set(['content-type', 'content-length']),
    // Kept as headers, not hoisted into the query: the client must send exactly these.
    unhoistableHeaders: new Set(['content-type']),
  });
  return { url, headers: { 'Content-Type': contentType } };
}

/** The object's real size, or undefined when nothing was PUT yet. */
async function objectSize(key: string): Promise<number | undefined> {
  try {
    const head = await s3().send(new HeadObjectCommand({ Bucket: config().bucketName, Key: key }));
    return head.ContentLength ?? 0;
  } catch (error) {
    if (error instanceof NotFound || error instanceof NoSuchKey) return undefined;
    throw error;
  }
}

/** The object's first bytes (a ranged GET: a 10 MB file is never read whole). */
async function objectHead(key: string): Promise<Uint8Array> {
  const out = await s3().send(
    new GetObjectCommand({ Bucket: config().bucketName, Key: key, Range: `bytes=0-${SNIFF_BYTES - 1}` }),
  );
  return out.Body ? out.Body.transformToByteArray() : new Uint8Array();
}

async function deleteObject(key: string): Promise<void> {
  await s3().send(new DeleteObjectCommand({ Bucket: config().bucketName, Key: key }));
}

/** Why a received file is refused, or undefined when it is what its purpose accepts. */
function refusalOf(upload: Upload, size: number, found: UploadContentType | undefined): BadRequestError | undefined {
  const rule = UPLOAD_PURPOSE[upload.purpose];
  if (size > rule.maxBytes) {
    return new BadRequestError(
      UploadErrorCode.UPLOAD_TOO_LARGE,
      `文件超过 ${formatBytes(rule.maxBytes)}，已删除。请压缩或分页后重新上传`,
    );
  }
  if (found !== upload.declaredContentType) {
    return new BadRequestError(
      UploadErrorCode.UPLOAD_TYPE_MISMATCH,
      `文件内容不是${TYPE_NAME[upload.declaredContentType]}（可能只是改了文件名），已删除。请重新选择照片或 PDF 文件上传`,
    );
  }
  return undefined;
}

/**
 * 确认上传 — checks the received object (real size, magic bytes) and marks the upload CONFIRMED; a file that is
 * not what was declared, or too large, is deleted and refused (400). Owner only (others 404). Repeating a
 * confirmation answers the upload as it is.
 */
export async function confirmUpload(fileId: string, ownerUserId: string, now: Date): Promise<Upload> {
  const upload = await getUpload(fileId, now);
  if (!upload || upload.ownerUserId !== ownerUserId) throw new NotFoundError(NOT_FOUND);
  if (upload.state !== 'PENDING') return upload;

  const size = await objectSize(upload.s3Key);
  if (size === undefined) {
    throw new BadRequestError(UploadErrorCode.UPLOAD_NOT_RECEIVED, '还没有收到文件，请先上传文件再确认');
  }
  const found = size === 0 ? undefined : detectContentType(await objectHead(upload.s3Key));
  const refusal = refusalOf(upload, size, found);
  if (refusal) {
    await deleteObject(upload.s3Key);
    await deletePendingUpload(fileId, ownerUserId);
    logger.info('upload refused', { fileId, purpose: upload.purpose, code: refusal.code, size, found });
    throw refusal;
  }
  const contentType = found ?? upload.declaredContentType;
  if (await markUploadConfirmed(fileId, ownerUserId, { contentType, size }, now)) {
    return { ...upload, state: 'CONFIRMED', contentType, size, confirmedAt: now.toISOString() };
  }
  // A concurrent confirmation of the same file won: answer with what it stored.
  const current = await getUpload(fileId, now);
  if (!current || current.ownerUserId !== ownerUserId) throw new NotFoundError(NOT_FOUND);
  return current;
}

/** An upload once attached: what a case, filing or authorisation records of it. */
export type AttachedUpload = {
  fileId: string;
  purpose: UploadPurpose;
  contentType: UploadContentType;
  size: number;
  s3Key: string;
};

const attachedOf = (upload: Upload, s3Key: string): AttachedUpload => ({
  fileId: upload.fileId,
  purpose: upload.purpose,
  contentType: upload.contentType ?? upload.declaredContentType,
  size: upload.size ?? upload.declaredSize,
  s3Key,
});

const sameTarget = (upload: Upload, target: AttachmentTarget) =>
  upload.attachedTo?.kind === target.kind &&
  upload.attachedTo.id === target.id &&
  (upload.attachedTo.item ?? undefined) === (target.item ?? undefined);

/**
 * 附加文件 — moves confirmed uploads of `ownerUserId` from `incoming/` under the target (S3 copy, then delete) and
 * marks them ATTACHED in one conditional transaction: a file is attached once, and the files all or none. Files
 * already attached to this very target (a retried request) count as done. Refuses (422 UPLOAD_NOT_USABLE, with
 * the offending ids in `fields`) files that are missing, expired, someone else's, unconfirmed, of a purpose not in
 * `options.purposes`, or attached elsewhere.
 */
export async function attachUploads(
  fileIds: readonly string[],
  ownerUserId: string,
  target: AttachmentTarget,
  options: { purposes?: readonly UploadPurpose[]; now?: Date } = {},
): Promise<AttachedUpload[]> {
  const now = options.now ?? new Date();
  const ids = [...new Set(fileIds)];
  if (ids.length > MAX_FILES_PER_ATTACHMENT) {
    throw new ValidationError({ fileIds: `一次最多提交 ${MAX_FILES_PER_ATTACHMENT} 个文件` });
  }
  const uploads = await Promise.all(ids.map((id) => (isFileId(id) ? getUpload(id, now) : undefined)));
  const done: AttachedUpload[] = [];
  const toMove: Upload[] = [];
  const unusable: string[] = [];
  uploads.forEach((upload, i) => {
    const usable =
      upload?.ownerUserId === ownerUserId && (!options.purposes || options.purposes.includes(upload.purpose));
    if (usable && upload.state === 'ATTACHED' && sameTarget(upload, target))
      done.push(attachedOf(upload, upload.s3Key));
    else if (usable && upload.state === 'CONFIRMED') toMove.push(upload);
    else unusable.push(ids[i] as string);
  });
  if (unusable.length > 0) throw unusableError(unusable);
  if (toMove.length === 0) return done;

  const bucket = config().bucketName;
  const moves = toMove.map((upload) => ({
    fileId: upload.fileId,
    from: upload.s3Key,
    s3Key: attachedKey(target, upload.fileId),
  }));
  const copies = await Promise.allSettled(
    moves.map((move) =>
      s3().send(
        new CopyObjectCommand({ Bucket: bucket, Key: move.s3Key, CopySource: `${bucket}/${encodeURI(move.from)}` }),
      ),
    ),
  );
  const failedCopies = copies.flatMap((copy, i) => (copy.status === 'rejected' ? [{ i, reason: copy.reason }] : []));
  if (failedCopies.length > 0) {
    const other = failedCopies.find(({ reason }) => !(reason instanceof NoSuchKey || reason instanceof NotFound));
    // A source is gone: a concurrent attachment moved it — to this very target (a twin request: done) or elsewhere.
    const twins = await takeBackCopies(moves, now);
    if (!other && twins === moves.length)
      return [...done, ...toMove.map((u, i) => attachedOf(u, moves[i]?.s3Key ?? ''))];
    if (other) throw other.reason;
    throw unusableError(failedCopies.map(({ i }) => moves[i]?.fileId ?? ''));
  }
  const { committed, failed } = await markUploadsAttached(moves, ownerUserId, target, now);
  if (!committed) {
    // Nothing was attached by this request: take its copies back; the originals are untouched.
    const twins = await takeBackCopies(moves, now);
    // A concurrent twin of this request (a retry, a double tap) attached every file to this very target.
    if (twins === moves.length)
      return [...done, ...toMove.map((upload, i) => attachedOf(upload, moves[i]?.s3Key ?? ''))];
    const lost = moves.filter((_, i) => failed[i]).map((move) => move.fileId);
    if (lost.length > 0) throw unusableError(lost);
    throw new ConflictError('文件正在被另一项请求使用，请稍后重试', ErrorCode.CONFLICT);
  }
  // The bucket's lifecycle rule removes whatever is left in incoming/ after 2 days, should a delete fail.
  const deletions = await Promise.allSettled(moves.map((move) => deleteObject(move.from)));
  const leftOver = deletions.filter((d) => d.status === 'rejected').length;
  if (leftOver > 0) logger.warn('attached uploads left in incoming/', { count: leftOver });
  logger.info('uploads attached', { kind: target.kind, targetId: target.id, count: moves.length });
  return [...done, ...toMove.map((upload, i) => attachedOf(upload, moves[i]?.s3Key ?? ''))];
}

/**
 * Takes back the copies this request made where they are certainly nobody's: the upload is gone or attached at
 * another key. A copy is kept where the upload is ATTACHED at that very key (a concurrent twin of this request
 * copied to the same key and won: the object is its) or still CONFIRMED (a twin may yet commit with that key; a
 * later attachment to the same target writes the same key again). Answers how many are attached at their key.
 */
async function takeBackCopies(moves: readonly AttachmentMove[], now: Date): Promise<number> {
  const current = await Promise.all(moves.map((move) => getUpload(move.fileId, now)));
  const attachedHere = moves.map((move, i) => current[i]?.state === 'ATTACHED' && current[i]?.s3Key === move.s3Key);
  const orphans = moves.filter((_, i) => !attachedHere[i] && current[i]?.state !== 'CONFIRMED');
  await Promise.allSettled(orphans.map((move) => deleteObject(move.s3Key)));
  return attachedHere.filter(Boolean).length;
}

function unusableError(fileIds: readonly string[]): AppError {
  return new AppError(
    UploadErrorCode.UPLOAD_NOT_USABLE,
    422,
    '有文件未上传完成、已过期或已被使用，请重新上传后再提交',
    { fields: Object.fromEntries(fileIds.map((id) => [id, '该文件不可用，请重新上传'])) },
  );
}

/** A presigned GET of a file: the caller has decided that whoever asked may read it. */
export type Download = { url: string; expiresAt: string; contentType: UploadContentType; size: number };

/** 下载地址 — a 5-minute presigned GET of a confirmed or attached upload; 404 for anything else. */
export async function presignDownload(fileId: string, now: Date = new Date()): Promise<Download> {
  const upload = isFileId(fileId) ? await getUpload(fileId, now) : undefined;
  if (!upload || upload.state === 'PENDING') throw new NotFoundError(NOT_FOUND);
  const contentType = upload.contentType ?? upload.declaredContentType;
  const command = new GetObjectCommand({
    Bucket: config().bucketName,
    Key: upload.s3Key,
    ResponseContentType: contentType,
    ResponseContentDisposition: `inline; filename="${upload.fileId}.${EXTENSION[contentType]}"`,
  });
  const url = await getSignedUrl(s3(), command, { expiresIn: DOWNLOAD_URL_TTL_SECONDS });
  const expiresAt = new Date(now.getTime() + DOWNLOAD_URL_TTL_SECONDS * 1000).toISOString();
  return { url, expiresAt, contentType, size: upload.size ?? upload.declaredSize };
}

/** An upload as its owner sees it, with a download link once the file is confirmed. */
export async function uploadOf(upload: Upload, now: Date): Promise<UploadResponse> {
  const download = upload.state === 'PENDING' ? undefined : await presignDownload(upload.fileId, now);
  return {
    fileId: upload.fileId,
    purpose: upload.purpose,
    state: upload.state,
    contentType: upload.contentType ?? upload.declaredContentType,
    size: upload.size ?? upload.declaredSize,
    createdAt: upload.createdAt,
    confirmedAt: upload.confirmedAt ?? null,
    downloadUrl: download?.url ?? null,
    downloadExpiresAt: download?.expiresAt ?? null,
  };
}
