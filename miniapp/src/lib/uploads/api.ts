import { CreateUploadRequestSchema, CreateUploadResponseSchema, UploadResponseSchema } from '@shared/api/uploads';
import { endpoint } from '../api/endpoint';

// Uploads are shared by the journeys (filing proofs, 委托书 photos, claim material), so they live below the features.

/** `POST /v1/uploads` — announce a file (purpose, type, size); answered with the presigned PUT (10 minutes). */
export const postUploads = endpoint('postUploads', {
  method: 'POST',
  path: '/v1/uploads',
  auth: true,
  body: CreateUploadRequestSchema,
  response: CreateUploadResponseSchema,
});

/** `POST /v1/uploads/{fileId}/confirm` — the API checks the received bytes; a file that is not what it says is refused. */
export const postUploadConfirm = endpoint('postUploadConfirm', {
  method: 'POST',
  path: '/v1/uploads/{fileId}/confirm',
  auth: true,
  body: undefined,
  response: UploadResponseSchema,
});
