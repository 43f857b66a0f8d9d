import { CreateUploadRequestSchema, type CreateUploadResponse, UPLOAD_PURPOSE } from '@shared/api/uploads';
import { epochSeconds } from '../data/table';
import { createUpload } from '../data/upload';
import { httpHandler } from '../http/http';
import { idempotencyKeyOf } from '../http/idempotency';
import { parseBody } from '../http/request';
import { ulid } from '../support/ids';
import { authenticateBound } from '../usecases/access/auth';
import {
  incomingKey,
  presignUpload,
  UNATTACHED_TTL_SECONDS,
  UPLOAD_URL_TTL_SECONDS,
} from '../usecases/documents/uploads';

/**
 * POST /v1/uploads — announce a file (purpose, type, size): answered with a presigned PUT, valid 10 minutes, into
 * the caller's own `incoming/` folder. The file counts only once confirmed (`POST /v1/uploads/{fileId}/confirm`).
 * An Idempotency-Key is checked for form only: the answer carries a presigned URL (a credential, never stored), and
 * a repeated announcement costs nothing — an upload never confirmed expires with its folder.
 */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const request = parseBody(event, CreateUploadRequestSchema);
  idempotencyKeyOf(event);
  const now = new Date();
  const fileId = ulid(now.getTime());
  const s3Key = incomingKey(caller.userId, fileId);
  await createUpload({
    fileId,
    ownerUserId: caller.userId,
    purpose: request.purpose,
    declaredContentType: request.contentType,
    declaredSize: request.size,
    state: 'PENDING',
    s3Key,
    createdAt: now.toISOString(),
    expiresAt: epochSeconds(now) + UNATTACHED_TTL_SECONDS,
  });
  const { url, headers } = await presignUpload(s3Key, request.contentType, request.size);
  const body: CreateUploadResponse = {
    fileId,
    uploadUrl: url,
    method: 'PUT',
    headers,
    expiresAt: new Date(now.getTime() + UPLOAD_URL_TTL_SECONDS * 1000).toISOString(),
    maxBytes: UPLOAD_PURPOSE[request.purpose].maxBytes,
  };
  return { status: 201, body };
});
