import type { MessageResponse } from '@shared/api/messages';
import { ROUTES } from '@shared/api/routes';
import { markMessageRead } from '../data/message';
import { httpHandler } from '../http/http';
import { messageView } from '../http/presentMessage';
import { parsePath } from '../http/request';
import { NotFoundError } from '../support/errors';
import { authenticate } from '../usecases/access/auth';

const NOT_FOUND = '没有找到该消息';

/** POST /v1/messages/{messageId}/read — marks one of the caller's messages read (again: answers it as it is). */
export const handler = httpHandler(async (event) => {
  const { messageId } = parsePath(event, ROUTES.postMessageRead);
  const caller = await authenticate(event);
  // Only the caller's own partition is ever addressed: another user's message id simply is not there.
  const message = await markMessageRead(caller.userId, messageId, new Date());
  if (!message) throw new NotFoundError(NOT_FOUND);
  const body: MessageResponse = { message: messageView(message) };
  return { body };
});
