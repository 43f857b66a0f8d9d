import { getUpload } from '../data/upload';
import { authenticateBound } from '../lib/auth';
import { NotFoundError } from '../lib/errors';
import { httpHandler } from '../lib/http';
import { isFileId, uploadOf } from '../lib/uploads';

/** GET /v1/uploads/{fileId} — my upload: its state, type, size and a 5-minute download link. Anyone else: 404. */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const fileId = event.pathParameters?.fileId;
  const now = new Date();
  const upload = isFileId(fileId) ? await getUpload(fileId, now) : undefined;
  if (!upload || upload.ownerUserId !== caller.userId) throw new NotFoundError('没有找到该文件');
  return { body: await uploadOf(upload, now) };
});
