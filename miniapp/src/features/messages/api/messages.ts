import { MessageListResponseSchema, MessageResponseSchema } from '@shared/api/messages';
import { endpoint } from '../../../lib/api/endpoint';

/** `GET /v1/messages?limit=&cursor=` — one page of the inbox, newest first, with the unread count. */
export const getMessages = endpoint('getMessages', {
  method: 'GET',
  path: '/v1/messages',
  auth: true,
  body: undefined,
  response: MessageListResponseSchema,
});

/** `POST /v1/messages/{messageId}/read` — marks one message read. */
export const postMessageRead = endpoint('postMessageRead', {
  method: 'POST',
  path: '/v1/messages/{messageId}/read',
  auth: true,
  body: undefined,
  response: MessageResponseSchema,
});

/**
 * react-query keys of the inbox. Everything under `['messages', userId]` is the inbox's server state — home's
 * unread count sits under the same prefix, so marking a message read refreshes it too.
 */
export const messageKeys = {
  all: (userId: string) => ['messages', userId] as const,
  inbox: (userId: string) => ['messages', userId, 'inbox'] as const,
};
