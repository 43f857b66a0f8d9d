import { ROUTES } from '@shared/api/routes';
import { getUpload } from '../data/upload';
import { httpHandler } from '../http/http';
import { parsePath } from '../http/request';
import { NotFoundError } from '../support/errors';
import { authenticateBound } from '../usecases/access/auth';
import { uploadOf } from '../usecases/documents/uploads';

/** GET /v1/uploads/{fileId} — my upload: its state, type, size and a 5-minute download link. Anyone else: 404. */
export const handler = httpHandler(async (event) => {
  const { fileId } = parsePath(event, ROUTES.getUpload);
  const caller = await authenticateBound(event);
  const now = new Date();
  const upload = await getUpload(fileId, now);
  if (!upload || upload.ownerUserId !== caller.userId) throw new NotFoundError('没有找到该文件');
  return { body: await uploadOf(upload, now) };
});
