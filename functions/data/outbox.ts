// 待发通知 — the outbox: a notice a state change owes its people (受理结果, 补正通知, 办理结果, 备案结果), written in
// the SAME transaction as the change, so a change without its notice (or a notice without its change) cannot
// exist. The table stream carries it (`entity = outbox`) to the notifier (issue 5), which sends the WeChat
// subscribe message, puts the in-app message (message.ts) and marks the item sent — only once (status condition).
//
// How to write one in a transaction (ElectroDB, as binding.ts does):
//
//   const notice = buildOutboxItem({ kind: 'FILING_RESULT', subject: { type: 'FILING', id }, recipients, … }, now);
//   await createWriteTransaction({ filing: FilingEntity, outbox: OutboxEntity }, (e) => [
//     e.filing.patch(…).set(…).where(…).commit(),
//     e.outbox.create(notice).commit(),         // Put if absent (a fresh ULID: never collides)
//   ]).go();
import {
  fitNoticeData,
  NOTICE_KIND,
  NOTICE_KINDS,
  type NoticeData,
  type NoticeKind,
} from '@shared/domain/notice/templates';
import { CustomAttributeType, Entity, type EntityItem } from 'electrodb';
import { ulid } from '../support/ids';
import { declareEntity, ENTITY_OPTIONS, epochSeconds, isConditionFailure, SERVICE, table } from './table';

/** What a notice is about: a claim case (办件) or a filing (备案). */
export const NOTICE_SUBJECT_TYPES = ['CASE', 'FILING'] as const;
export type NoticeSubjectType = (typeof NOTICE_SUBJECT_TYPES)[number];

/** Where an outbox item stands: waiting for the notifier, or handled (sent, or given up on after WeChat refused). */
export const OUTBOX_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;

/** A sent item is kept 30 days (TTL), long enough to answer "was I notified?" and to replay a lost inbox message. */
export const OUTBOX_RETENTION_SECONDS = 30 * 24 * 60 * 60;

// The inbox shows a short title and a few sentences; longer text belongs in the case or filing page itself.
const TITLE_MAX = 40;
const BODY_MAX = 500;

export const OutboxEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'outbox', version: '1', service: SERVICE },
      attributes: {
        outboxId: { type: 'string', required: true, readOnly: true },
        kind: { type: NOTICE_KINDS, required: true, readOnly: true },
        subjectType: { type: NOTICE_SUBJECT_TYPES, required: true, readOnly: true },
        subjectId: { type: 'string', required: true, readOnly: true },
        /** User ids to notify: the insured person's bound user and the submitter (once each). */
        recipients: { type: 'list', items: { type: 'string' }, required: true, readOnly: true },
        /** The in-app message (消息中心): title and body in plain Chinese. */
        title: { type: 'string', required: true, readOnly: true },
        body: { type: 'string', required: true, readOnly: true },
        /** The mini-program page the notice opens (subscribe message `page`, inbox link). */
        page: { type: 'string', readOnly: true },
        /** The template's keyword values, already fitted to WeChat's limits (shared/domain/notice/templates.ts). */
        templateData: { type: CustomAttributeType<Record<string, string>>('any'), required: true, readOnly: true },
        status: { type: OUTBOX_STATUSES, required: true },
        createdAt: { type: 'string', required: true, readOnly: true },
        sentAt: { type: 'string' },
        /** Why the notifier gave up (FAILED): a WeChat errcode, never personal data. */
        failure: { type: 'string' },
        expiresAt: { type: 'number' },
      },
      indexes: {
        byId: {
          pk: { field: 'pk', composite: ['outboxId'], template: 'OUTBOX#${outboxId}', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'OUTBOX', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** An outbox item as stored. */
export type OutboxItem = EntityItem<typeof OutboxEntity>;

/** A notice to queue: its template kind and values, what it is about, whom it is for, and its inbox text. */
export type Notice<K extends NoticeKind = NoticeKind> = {
  kind: K;
  subject: { type: NoticeSubjectType; id: string };
  /** User ids; duplicates and missing ones (a person not bound to any user) are dropped. */
  recipients: readonly (string | undefined)[];
  title: string;
  body: string;
  page?: string;
  data: NoticeData<K>;
};

/** The recipients of a notice about an insured person's case or filing: their bound user and the submitter. */
export function noticeRecipients(...userIds: readonly (string | undefined)[]): string[] {
  return [...new Set(userIds.filter((id): id is string => typeof id === 'string' && id !== ''))];
}

function cut(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * A PENDING outbox item for `notice`, ready for `e.outbox.create(item).commit()` in the change's transaction.
 * Keyword values are fitted to WeChat's limits here; throws (a programming error) when the template's keywords do
 * not fit or there is nobody to notify.
 */
export function buildOutboxItem<K extends NoticeKind>(notice: Notice<K>, now: Date): OutboxItem {
  const recipients = noticeRecipients(...notice.recipients);
  if (recipients.length === 0) throw new RangeError(`notice ${notice.kind}: no recipient`);
  return {
    outboxId: ulid(now.getTime()),
    kind: notice.kind,
    subjectType: notice.subject.type,
    subjectId: notice.subject.id,
    recipients,
    title: cut(notice.title, TITLE_MAX) || NOTICE_KIND[notice.kind],
    body: cut(notice.body, BODY_MAX),
    ...(notice.page ? { page: notice.page } : {}),
    templateData: fitNoticeData(notice.kind, notice.data),
    status: 'PENDING',
    createdAt: now.toISOString(),
  };
}

const OUTBOX_PK = /^OUTBOX#([0-9A-HJKMNP-TV-Z]{26})$/;

/**
 * The outbox id in a raw item's keys (a stream record's image), or why they are not an outbox item's: not an
 * `OUTBOX#<ulid>` partition at all, or that partition's other items (its deliveries) — the id is given then too.
 */
export function outboxIdOfKeys(
  keys: Record<string, unknown>,
): { id: string } | { poison: 'NOT_AN_OUTBOX_KEY' | 'NOT_AN_OUTBOX_ITEM'; id?: string } {
  const match = typeof keys.pk === 'string' ? OUTBOX_PK.exec(keys.pk) : null;
  if (!match?.[1]) return { poison: 'NOT_AN_OUTBOX_KEY' };
  if (keys.sk !== 'OUTBOX') return { poison: 'NOT_AN_OUTBOX_ITEM', id: match[1] };
  return { id: match[1] };
}

/** GetItem OUTBOX#<outboxId>/OUTBOX — the item, or undefined. */
export async function getOutboxItem(outboxId: string): Promise<OutboxItem | undefined> {
  table();
  const { data } = await OutboxEntity.get({ outboxId }).go({ consistent: true });
  return data ?? undefined;
}

/**
 * UpdateItem — marks a notice sent, only if it is still PENDING: a redelivered stream record or a retry finds it
 * sent and must not send again (false). Sets the TTL: kept 30 days after sending. For the notifier (issue 5).
 */
export async function markOutboxSent(outboxId: string, now: Date): Promise<boolean> {
  table();
  try {
    await OutboxEntity.patch({ outboxId })
      .set({ status: 'SENT', sentAt: now.toISOString(), expiresAt: epochSeconds(now) + OUTBOX_RETENTION_SECONDS })
      .where(({ status }, { eq }) => eq(status, 'PENDING'))
      .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** UpdateItem — the notifier gave up on a PENDING notice (WeChat refused for good); `failure` is an errcode only. */
export async function markOutboxFailed(outboxId: string, failure: string, now: Date): Promise<boolean> {
  table();
  try {
    await OutboxEntity.patch({ outboxId })
      .set({ status: 'FAILED', failure, expiresAt: epochSeconds(now) + OUTBOX_RETENTION_SECONDS })
      .where(({ status }, { eq }) => eq(status, 'PENDING'))
      .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
