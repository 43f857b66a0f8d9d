// 订阅额度 — how many WeChat subscribe messages a user still allows per template. WeChat grants one send per accept
// (wx.requestSubscribeMessage, 一次性订阅), so the mini-program reports each accept and the notifier spends one per
// send; a send without quota would bounce (43101), so the notice then goes to the inbox only (SPEC §5).
// Both counts are single atomic updates: grants never lose an accept, spends never go below zero.

import { Entity, type EntityItem } from 'electrodb';
import { declareEntity, ENTITY_OPTIONS, isConditionFailure, SERVICE, table } from './table';

export const SubscriptionQuotaEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'subscriptionQuota', version: '1', service: SERVICE },
      attributes: {
        userId: { type: 'string', required: true, readOnly: true },
        templateId: { type: 'string', required: true, readOnly: true },
        remaining: { type: 'number', required: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byUser: {
          pk: { field: 'pk', composite: ['userId'], template: 'USER#${userId}', casing: 'none' },
          sk: { field: 'sk', composite: ['templateId'], template: 'QUOTA#${templateId}', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** A user's remaining sends for one template, as stored. */
export type SubscriptionQuota = EntityItem<typeof SubscriptionQuotaEntity>;

/** Update `ADD remaining :n` — grants n sends of a template (creating the row on the first accept); returns the new count. */
export async function grantSubscriptionQuota(
  userId: string,
  templateId: string,
  n: number,
  now: Date,
): Promise<number> {
  table();
  const result = await SubscriptionQuotaEntity.update({ userId, templateId })
    .add({ remaining: n })
    .set({ updatedAt: now.toISOString() })
    .go({ response: 'all_new' });
  return result.data.remaining ?? n;
}

/** Update `ADD remaining -1` if `remaining > 0` — true when a send was spent, false when none was left. */
export async function spendSubscriptionQuota(userId: string, templateId: string, now: Date): Promise<boolean> {
  table();
  try {
    await SubscriptionQuotaEntity.patch({ userId, templateId })
      .add({ remaining: -1 })
      .set({ updatedAt: now.toISOString() })
      .where(({ remaining }, { gt }) => gt(remaining, 0))
      .go();
    return true;
  } catch (error) {
    // Absent row (patch's own condition) or nothing left: both mean no quota.
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Query pk, `begins_with(sk, 'QUOTA#')` — the user's remaining sends per template. */
export async function listSubscriptionQuotas(userId: string): Promise<SubscriptionQuota[]> {
  table();
  const result = await SubscriptionQuotaEntity.query.byUser({ userId }).go({ pages: 'all' });
  return result.data;
}
