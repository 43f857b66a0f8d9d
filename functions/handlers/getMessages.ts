import { MessageListQuerySchema, type MessageListResponse } from '@shared/api/messages';
import { countUnreadMessages, isInboxCursor, listMessagesByUser } from '../data/message';
import { httpHandler } from '../http/http';
import { messageView } from '../http/presentMessage';
import { fieldMessages } from '../http/request';
import { ValidationError } from '../support/errors';
import { authenticate } from '../usecases/access/auth';

/** GET /v1/messages — the caller's inbox (消息中心), newest first, a page at a time, with the unread count. */
export const handler = httpHandler(async (event) => {
  const caller = await authenticate(event);
  const query = MessageListQuerySchema.safeParse(event.queryStringParameters ?? {});
  if (!query.success) throw new ValidationError(fieldMessages(query.error));
  const { limit, cursor } = query.data;
  if (cursor !== undefined && !isInboxCursor(caller.userId, cursor)) {
    throw new ValidationError({ cursor: '翻页参数无效，请从第一页重新查看' });
  }
  const [page, unreadCount] = await Promise.all([
    listMessagesByUser(caller.userId, { limit, cursor }),
    countUnreadMessages(caller.userId),
  ]);
  const body: MessageListResponse = {
    messages: page.messages.map(messageView),
    nextCursor: page.cursor,
    unreadCount,
  };
  return { body };
});
