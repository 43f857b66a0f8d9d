// How an inbox message appears in API answers.
import type { MessageView } from '@shared/api/messages';
import { NOTICE_KIND } from '@shared/domain/notice/templates';
import type { Message } from '../data/message';

/** A stored message as the inbox shows it. */
export function messageView(message: Message): MessageView {
  return {
    messageId: message.messageId,
    kind: message.kind,
    kindName: NOTICE_KIND[message.kind],
    subject: { type: message.subjectType, id: message.subjectId },
    title: message.title,
    body: message.body,
    page: message.page ?? null,
    createdAt: message.createdAt,
    read: message.readAt !== undefined,
    readAt: message.readAt ?? null,
  };
}
