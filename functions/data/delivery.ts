// 通知投递 — one recipient's delivery of one outbox item (OUTBOX#<outboxId>/DELIVERY#<userId>). Claimed by a
// conditional create before anything is sent, so a redelivered stream batch or a concurrent invocation never sends
// twice; the quota is spent at most once per delivery (`quotaSpent`); a transient WeChat error leaves it RETRY for
// the next delivery of the record, counting attempts, until it is parked.
import { Entity, type EntityItem } from 'electrodb';
import { OUTBOX_RETENTION_SECONDS } from './outbox';
import { declareEntity, ENTITY_OPTIONS, epochSeconds, isConditionFailure, SERVICE, table } from './table';

/** Where a delivery stands: being sent, sent, inbox only (no openid, no quota, user refused), retry, given up. */
export const DELIVERY_STATUSES = ['CLAIMED', 'SENT', 'INBOX_ONLY', 'RETRY', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const DeliveryEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'delivery', version: '1', service: SERVICE },
      attributes: {
        outboxId: { type: 'string', required: true, readOnly: true },
        userId: { type: 'string', required: true, readOnly: true },
        status: { type: DELIVERY_STATUSES, required: true },
        attempts: { type: 'number', required: true },
        quotaSpent: { type: 'boolean', required: true },
        /** WeChat's errcode of the last try (never personal data). */
        errcode: { type: 'number' },
        msgid: { type: 'string' },
        updatedAt: { type: 'string', required: true },
        expiresAt: { type: 'number' },
      },
      indexes: {
        byOutbox: {
          pk: { field: 'pk', composite: ['outboxId'], template: 'OUTBOX#${outboxId}', casing: 'none' },
          sk: { field: 'sk', composite: ['userId'], template: 'DELIVERY#${userId}', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

export type Delivery = EntityItem<typeof DeliveryEntity>;

/**
 * Claims the delivery for this invocation: created if absent, or taken over from RETRY (attempts + 1). Undefined
 * when it is done or another invocation holds it — then nothing is sent.
 */
export async function claimDelivery(outboxId: string, userId: string, now: Date): Promise<Delivery | undefined> {
  table();
  const fresh: Delivery = {
    outboxId,
    userId,
    status: 'CLAIMED',
    attempts: 1,
    quotaSpent: false,
    updatedAt: now.toISOString(),
    expiresAt: epochSeconds(now) + OUTBOX_RETENTION_SECONDS,
  };
  try {
    await DeliveryEntity.create(fresh).go();
    return fresh;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  try {
    const { data } = await DeliveryEntity.patch({ outboxId, userId })
      .set({ status: 'CLAIMED', updatedAt: now.toISOString() })
      .add({ attempts: 1 })
      .where(({ status }, { eq }) => eq(status, 'RETRY'))
      .go({ response: 'all_new' });
    return data as Delivery;
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

/** Records that this delivery's quota was spent (so a retry does not spend another). */
export async function markQuotaSpent(outboxId: string, userId: string, now: Date): Promise<void> {
  table();
  await DeliveryEntity.patch({ outboxId, userId }).set({ quotaSpent: true, updatedAt: now.toISOString() }).go();
}

/** Ends (or parks for retry) a claimed delivery. */
export async function finishDelivery(
  outboxId: string,
  userId: string,
  outcome: { status: Exclude<DeliveryStatus, 'CLAIMED'>; errcode?: number; msgid?: string },
  now: Date,
): Promise<void> {
  table();
  await DeliveryEntity.patch({ outboxId, userId })
    .set({
      status: outcome.status,
      updatedAt: now.toISOString(),
      ...(outcome.errcode !== undefined ? { errcode: outcome.errcode } : {}),
      ...(outcome.msgid ? { msgid: outcome.msgid } : {}),
    })
    .where(({ status }, { eq }) => eq(status, 'CLAIMED'))
    .go();
}
