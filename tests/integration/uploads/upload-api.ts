// Calls of the upload routes for the suites that need a confirmed file: announce, PUT to the presigned URL
// (really, against s3rver), confirm.
import { CreateUploadResponseSchema, type UploadContentType, type UploadPurpose } from '@shared/api/uploads';
import { type Answer, call } from '../../support/api';

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

/** Announces, PUTs and confirms a file; fails unless it is confirmed. */
export async function confirmedUpload(
  token: string,
  purpose: UploadPurpose,
  contentType: UploadContentType,
  bytes: Buffer,
): Promise<string> {
  const { fileId } = await announceAndPut(token, purpose, contentType, bytes);
  const answer = await confirm(token, fileId);
  if (answer.status !== 200) throw new Error(`confirm failed: ${answer.status} ${answer.text}`);
  return fileId;
}
