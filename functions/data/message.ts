// 消息中心 — a user's in-app inbox. Every notice lands here whether or not a WeChat subscribe message could be sent
// (no quota left, user refused: SPEC §5). Written by the notifier (issue 5) from an outbox item, once per recipient:
// the message id is the outbox id + the recipient, and the put is conditional, so a redelivered stream record
// never makes a second message. Ids start with the outbox ULID, so the sort key orders the inbox by time.

import { NOTICE_KINDS } from '@shared/domain/notice/templates';
import { Entity, type EntityItem } from 'electrodb';
import { NOTICE_SUBJECT_TYPES, type OutboxItem } from './outbox';
import { declareEntity, ENTITY_OPTIONS, isConditionFailure, SERVICE, table } from './table';

export const MessageEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'message', version: '1', service: SERVICE },
      attributes: {
        userId: { type: 'string', required: true, readOnly: true },
        messageId: { type: 'string', required: true, readOnly: true },
        outboxId: { type: 'string', required: true, readOnly: true },
        kind: { type: NOTICE_KINDS, required: true, readOnly: true },
        subjectType: { type: NOTICE_SUBJECT_TYPES, required: true, readOnly: true },
        subjectId: { type: 'string', required: true, readOnly: true },
        title: { type: 'string', required: true, readOnly: true },
        body: { type: 'string', required: true, readOnly: true },
        page: { type: 'string', readOnly: true },
        createdAt: { type: 'string', required: true, readOnly: true },
        readAt: { type: 'string' },
      },
      indexes: {
        byUser: {
          pk: { field: 'pk', composite: ['userId'], template: 'USER#${userId}', casing: 'none' },
          sk: { field: 'sk', composite: ['messageId'], template: 'MSG#${messageId}', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** A message as stored. */
export type Message = EntityItem<typeof MessageEntity>;

/** The id of the message an outbox item makes for one recipient. */
export function messageIdOf(outboxId: string, userId: string): string {
  return `${outboxId}-${userId}`;
}

/** The message an outbox item makes for one of its recipients (unread). */
export function messageFromOutbox(item: OutboxItem, userId: string, now: Date): Message {
  return {
    userId,
    messageId: messageIdOf(item.outboxId, userId),
    outboxId: item.outboxId,
    kind: item.kind,
    subjectType: item.subjectType,
    subjectId: item.subjectId,
    title: item.title,
    body: item.body,
    ...(item.page ? { page: item.page } : {}),
    createdAt: now.toISOString(),
  };
}

/** PutItem USER#<userId>/MSG#<messageId> if absent — true when written, false when it was already there. */
export async function putMessage(message: Message): Promise<boolean> {
  table();
  try {
    await MessageEntity.create(message).go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** One page of a user's inbox and where the next page starts (null at the end). */
export type MessagePage = { messages: Message[]; cursor: string | null };

/**
 * Whether an inbox cursor (ElectroDB's: base64url JSON of the last key) points into this user's inbox: a cursor
 * made up or taken from another user is refused before it reaches DynamoDB.
 */
export function isInboxCursor(userId: string, cursor: string): boolean {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof key !== 'object' || key === null) return false;
    const { pk, sk } = key as Record<string, unknown>;
    return pk === `USER#${userId}` && typeof sk === 'string' && sk.startsWith('MSG#');
  } catch {
    return false;
  }
}

/** Query USER#<userId> begins_with MSG#, newest first, `limit` at a time from `cursor` (ElectroDB's opaque cursor). */
export async function listMessagesByUser(
  userId: string,
  page: { limit: number; cursor?: string | null },
): Promise<MessagePage> {
  table();
  const { data, cursor } = await MessageEntity.query
    .byUser({ userId })
    .go({ order: 'desc', limit: page.limit, cursor: page.cursor ?? null });
  return { messages: data, cursor: cursor ?? null };
}

/**
 * Query USER#<userId> begins_with MSG# filtered on `readAt` absent, projecting the key only — the unread count.
 * Reads the whole inbox partition (a few dozen items a year per person); a counter item is the upgrade path.
 */
export async function countUnreadMessages(userId: string): Promise<number> {
  table();
  const { data } = await MessageEntity.query
    .byUser({ userId })
    .where(({ readAt }, { notExists }) => notExists(readAt))
    .go({ pages: 'all', attributes: ['messageId'] });
  return data.length;
}

/**
 * UpdateItem — marks a message read (the first time only: `readAt` stays the first reading). The updated or
 * already-read message, or undefined when the user has no such message.
 */
export async function markMessageRead(userId: string, messageId: string, now: Date): Promise<Message | undefined> {
  table();
  try {
    const { data } = await MessageEntity.patch({ userId, messageId })
      .set({ readAt: now.toISOString() })
      .where(({ readAt }, { notExists }) => notExists(readAt))
      .go({ response: 'all_new' });
    return data;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  // Either it is already read (answer it as it is) or it does not exist (patch requires the item).
  const { data } = await MessageEntity.get({ userId, messageId }).go({ consistent: true });
  return data ?? undefined;
}
