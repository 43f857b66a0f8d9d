import { ROUTES } from '@shared/api/routes';
import { getUpload } from '../data/upload';
import { authenticateBound } from '../lib/auth';
import { NotFoundError } from '../lib/errors';
import { httpHandler } from '../lib/http';
import { parsePath } from '../lib/request';
import { uploadOf } from '../lib/uploads';

/** GET /v1/uploads/{fileId} — my upload: its state, type, size and a 5-minute download link. Anyone else: 404. */
export const handler = httpHandler(async (event) => {
  const { fileId } = parsePath(event, ROUTES.getUpload);
  const caller = await authenticateBound(event);
  const now = new Date();
  const upload = await getUpload(fileId, now);
  if (!upload || upload.ownerUserId !== caller.userId) throw new NotFoundError('没有找到该文件');
  return { body: await uploadOf(upload, now) };
});
