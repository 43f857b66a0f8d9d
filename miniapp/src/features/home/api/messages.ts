import { MessageListResponseSchema } from '@shared/api/messages';
import { endpoint } from '../../../lib/api/endpoint';

/** `GET /v1/messages` — home reads only the inbox's unread count (a page of one message). */
export const getMessagesEndpoint = endpoint('getMessages', {
  method: 'GET',
  path: '/v1/messages',
  auth: true,
  body: undefined,
  response: MessageListResponseSchema,
});

/** Under the inbox's own prefix (`['messages', userId]`), so marking a message read makes this stale too. */
export const unreadKey = (userId: string) => ['messages', userId, 'unread'] as const;
