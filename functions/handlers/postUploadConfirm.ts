import { httpHandler } from '../http/http';
import { NotFoundError } from '../support/errors';
import { authenticateBound } from '../usecases/access/auth';
import { confirmUpload, isFileId, uploadOf } from '../usecases/documents/uploads';

/**
 * POST /v1/uploads/{fileId}/confirm — after the PUT: the whole file is read and checked against its purpose and
 * declared type (real size, magic bytes, the structure to its end, no web page inside); exactly the checked bytes
 * are kept as the copy that is attached and served. A file that is not what it claims, or too large, is deleted and
 * refused (400). Owner only (anyone else: 404).
 */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const fileId = event.pathParameters?.fileId;
  if (!isFileId(fileId)) throw new NotFoundError('没有找到该文件');
  const now = new Date();
  const upload = await confirmUpload(fileId, caller.userId, now);
  return { body: await uploadOf(upload, now) };
});
