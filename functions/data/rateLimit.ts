// 限流计数 — one counter per rate-limit rule, subject (a user id, an openid or an IP) and fixed window: how many hits
// the rule has counted in that window (shared/domain/security/rateLimits.ts decides what they mean). The window's
// start is part of the key, so a new window starts a new counter: nothing waits for TTL to delete an old one (TTL
// deletes late, and never in DynamoDB Local); `expiresAt` (the window's end) only lets the cloud tidy them away.
import { Entity, type EntityItem } from 'electrodb';
import { declareEntity, ENTITY_OPTIONS, isConditionFailure, SERVICE, table } from './table';

export const RateLimitEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'rateLimit', version: '1', service: SERVICE },
      attributes: {
        /** The rule (`VOUCHER_LOOKUP:USER:FAILURES`). */
        counter: { type: 'string', required: true, readOnly: true },
        /** Whose hits: a user id, a WeChat openid, or the client's IP address. */
        subject: { type: 'string', required: true, readOnly: true },
        /** The window's start, epoch seconds. */
        windowStart: { type: 'number', required: true, readOnly: true },
        hits: { type: 'number', required: true },
        expiresAt: { type: 'number', required: true },
      },
      indexes: {
        byWindow: {
          pk: {
            field: 'pk',
            composite: ['counter', 'subject'],
            template: 'RATELIMIT#${counter}#${subject}',
            casing: 'none',
          },
          sk: { field: 'sk', composite: ['windowStart'], template: 'WINDOW#${windowStart}', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** A rate-limit counter as stored. */
export type RateLimitCounter = EntityItem<typeof RateLimitEntity>;

/** Which counter: rule, subject and window. */
export type RateLimitKey = { counter: string; subject: string; windowStart: number };

/** UpdateItem `ADD hits 1` (creating the counter on the window's first hit) — returns the count with this hit. */
export async function countRateLimitHit(key: RateLimitKey, expiresAt: number): Promise<number> {
  table();
  const result = await RateLimitEntity.update(key).add({ hits: 1 }).set({ expiresAt }).go({ response: 'all_new' });
  return result.data.hits ?? 1;
}

/** UpdateItem `ADD hits -1` if the counter exists and `hits > 0` — takes back a hit that should not count. */
export async function takeBackRateLimitHit(key: RateLimitKey): Promise<void> {
  table();
  try {
    await RateLimitEntity.patch(key)
      .add({ hits: -1 })
      .where(({ hits }, { gt }) => gt(hits, 0))
      .go();
  } catch (error) {
    // Absent (never counted) or already at zero: nothing to take back.
    if (!isConditionFailure(error)) throw error;
  }
}

/** GetItem RATELIMIT#<counter>#<subject>/WINDOW#<start> (consistent) — the window's count, 0 if none yet. */
export async function getRateLimitHits(key: RateLimitKey): Promise<number> {
  table();
  const { data } = await RateLimitEntity.get(key).go({ consistent: true });
  return data?.hits ?? 0;
}
