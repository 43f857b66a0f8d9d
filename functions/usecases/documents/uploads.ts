// 上传文件 — the S3 side of uploads: presigned PUTs into `incoming/<userId>/<fileId>`, the check of a received file
// (real size, the whole structure of its type), the checked copy under `checked/` that is all anyone reads from then
// on, the move under the case / filing / proxy authorisation that uses it, and presigned GETs.
// The presigned PUT stays valid for 10 minutes after the check and S3 lets it overwrite `incoming/`; so the check
// reads the whole object and writes exactly the bytes it checked to `checked/<userId>/<fileId>/<copyId>`, a key no
// presigned URL can write. Attachments and downloads use only that copy.
// For the other parts: `getConfirmedUpload` (functions/data/upload.ts), `attachUploads` and `presignDownload` here.
// A function that calls them needs, on the bucket: s3:GetObject on `incoming/*` and s3:PutObject on `checked/*`
// (confirm), s3:GetObject and s3:DeleteObject on `checked/*` and s3:PutObject on the target prefix (attach),
// s3:GetObject where the file is (download); kms:Decrypt and kms:GenerateDataKey on the field key (the bucket is
// encrypted with it).
import { ErrorCode } from '@shared/api/errors';
import {
  formatBytes,
  TYPE_NAME,
  UPLOAD_PURPOSE,
  type UploadContentType,
  type UploadPurpose,
  type UploadResponse,
} from '@shared/api/uploads';
import {
  copyObject,
  deleteObject,
  isObjectMissing,
  presignGetObject,
  presignPutObject,
  putObject,
  readObject,
} from '../../adapters/s3';
import {
  type AttachmentKind,
  type AttachmentMove,
  type AttachmentTarget,
  deletePendingUpload,
  getUpload,
  markUploadConfirmed,
  markUploadsAttached,
  type Upload,
} from '../../data/upload';
import { AppError, BadRequestError, ConflictError, NotFoundError, ValidationError } from '../../support/errors';
import { ulid } from '../../support/ids';
import { logger } from '../../support/logger';
import { type FileInspection, inspectFile } from './fileType';

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

/**
 * Where the checked copy of an upload lives: outside `incoming/`, so no presigned PUT can write it; one key per
 * confirmation attempt, so two concurrent confirmations never overwrite each other's checked bytes.
 */
export function checkedKey(userId: string, fileId: string, copyId: string): string {
  return `checked/${userId}/${fileId}/${copyId}`;
}

/** Whether a confirmed upload's object is its checked copy (an upload confirmed before copies existed is not). */
function isCheckedCopy(upload: Upload): boolean {
  return upload.s3Key.startsWith(`checked/${upload.ownerUserId}/${upload.fileId}/`);
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
  const url = await presignPutObject(key, { contentType, size }, UPLOAD_URL_TTL_SECONDS);
  return { url, headers: { 'Content-Type': contentType } };
}

const RETRY = '已删除。请重新选择照片或 PDF 文件上传';

function tooLarge(upload: Upload): BadRequestError {
  const rule = UPLOAD_PURPOSE[upload.purpose];
  return new BadRequestError(
    ErrorCode.UPLOAD_TOO_LARGE,
    `文件超过 ${formatBytes(rule.maxBytes)}，已删除。请压缩或分页后重新上传`,
  );
}

/**
 * Why a received file is refused, or undefined when it is a whole, well-formed file of the declared type. `found`
 * is undefined when the file was too large to read.
 */
function refusalOf(upload: Upload, size: number, found: FileInspection | undefined): BadRequestError | undefined {
  if (size > UPLOAD_PURPOSE[upload.purpose].maxBytes || !found) return tooLarge(upload);
  const name = TYPE_NAME[upload.declaredContentType];
  if (found.type !== upload.declaredContentType) {
    return new BadRequestError(ErrorCode.UPLOAD_TYPE_MISMATCH, `文件内容不是${name}（可能只是改了文件名），${RETRY}`);
  }
  if (!found.ok && found.problem === 'ACTIVE_CONTENT') {
    return new BadRequestError(
      ErrorCode.UPLOAD_TYPE_MISMATCH,
      `文件中夹带了网页或脚本内容，不是单纯的${name}，${RETRY}`,
    );
  }
  if (!found.ok) {
    return new BadRequestError(
      ErrorCode.UPLOAD_TYPE_MISMATCH,
      `文件不完整或已损坏，不是一个完整的${name}（可能没有上传完，或文件后面附加了其他内容），${RETRY}`,
    );
  }
  return undefined;
}

/**
 * 确认上传 — reads the received object whole and checks it (real size, and the whole file is a well-formed file of
 * the declared type with no web page inside); writes exactly the checked bytes to a checked copy and marks the
 * upload CONFIRMED at that copy. A file that is not what was declared, or too large, is deleted and refused (400).
 * Owner only (others 404). Repeating a confirmation answers the upload as it is.
 */
export async function confirmUpload(fileId: string, ownerUserId: string, now: Date): Promise<Upload> {
  const upload = await getUpload(fileId, now);
  if (!upload || upload.ownerUserId !== ownerUserId) throw new NotFoundError(NOT_FOUND);
  if (upload.state !== 'PENDING') return upload;

  // One GET, so the bytes are one version of the object; over the cap (10 MB, or 1 MB for signatures) it is not read.
  const received = await readObject(upload.s3Key, UPLOAD_PURPOSE[upload.purpose].maxBytes);
  if (!received) {
    // A concurrent confirmation may have checked the file and removed it from incoming/ meanwhile.
    const current = await getUpload(fileId, now);
    if (current?.ownerUserId === ownerUserId && current.state !== 'PENDING') return current;
    throw new BadRequestError(ErrorCode.UPLOAD_NOT_RECEIVED, '还没有收到文件，请先上传文件再确认');
  }
  const { bytes } = received;
  const found = bytes ? inspectFile(bytes) : undefined;
  const refusal = refusalOf(upload, received.size, found);
  if (refusal || !bytes) {
    await deleteObject(upload.s3Key);
    await deletePendingUpload(fileId, ownerUserId);
    logger.info('upload refused', {
      fileId,
      purpose: upload.purpose,
      code: refusal?.code,
      size: received.size,
      found: found?.type,
      problem: found && !found.ok ? found.problem : undefined,
    });
    throw refusal ?? tooLarge(upload);
  }
  const contentType = upload.declaredContentType;
  const s3Key = checkedKey(ownerUserId, fileId, ulid(now.getTime()));
  await putObject(s3Key, bytes, contentType);
  const size = bytes.length;
  if (await markUploadConfirmed(fileId, ownerUserId, { contentType, size, s3Key }, now)) {
    // What is left in incoming/ is never read again; the bucket's lifecycle rule removes it should this fail.
    await deleteObject(upload.s3Key).catch(() => logger.warn('checked upload left in incoming/', { fileId }));
    return { ...upload, state: 'CONFIRMED', contentType, size, s3Key, confirmedAt: now.toISOString() };
  }
  // A concurrent confirmation of the same file won with its own copy: this one is nobody's.
  await deleteObject(s3Key).catch(() => logger.warn('unused checked copy left in checked/', { fileId }));
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
 * 附加文件 — moves the checked copies of confirmed uploads of `ownerUserId` from `checked/` under the target (S3
 * copy, then delete) and
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
    else if (usable && upload.state === 'CONFIRMED' && isCheckedCopy(upload)) toMove.push(upload);
    else unusable.push(ids[i] as string);
  });
  if (unusable.length > 0) throw unusableError(unusable);
  if (toMove.length === 0) return done;

  const moves = toMove.map((upload) => ({
    fileId: upload.fileId,
    from: upload.s3Key,
    s3Key: attachedKey(target, upload.fileId),
  }));
  const copies = await Promise.allSettled(moves.map((move) => copyObject(move.from, move.s3Key)));
  const failedCopies = copies.flatMap((copy, i) => (copy.status === 'rejected' ? [{ i, reason: copy.reason }] : []));
  if (failedCopies.length > 0) {
    const other = failedCopies.find(({ reason }) => !isObjectMissing(reason));
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
  // The bucket's lifecycle rule removes whatever is left in checked/ after 2 days, should a delete fail.
  const deletions = await Promise.allSettled(moves.map((move) => deleteObject(move.from)));
  const leftOver = deletions.filter((d) => d.status === 'rejected').length;
  if (leftOver > 0) logger.warn('attached uploads left in checked/', { count: leftOver });
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
  return new AppError(ErrorCode.UPLOAD_NOT_USABLE, '有文件未上传完成、已过期或已被使用，请重新上传后再提交', {
    fields: Object.fromEntries(fileIds.map((id) => [id, '该文件不可用，请重新上传'])),
  });
}

/** A presigned GET of a file: the caller has decided that whoever asked may read it. */
export type Download = { url: string; expiresAt: string; contentType: UploadContentType; size: number };

/** 下载地址 — a 5-minute presigned GET of a confirmed or attached upload; 404 for anything else. */
export async function presignDownload(fileId: string, now: Date = new Date()): Promise<Download> {
  const upload = isFileId(fileId) ? await getUpload(fileId, now) : undefined;
  if (!upload || upload.state === 'PENDING') throw new NotFoundError(NOT_FOUND);
  const contentType = upload.contentType ?? upload.declaredContentType;
  const url = await presignGetObject(
    upload.s3Key,
    { contentType, contentDisposition: `inline; filename="${upload.fileId}.${EXTENSION[contentType]}"` },
    DOWNLOAD_URL_TTL_SECONDS,
  );
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
