// 幂等记录 — one per (caller, Idempotency-Key): the first request claims it (conditional put), runs, and stores its
// answer; a retry with the same key and the same request gets that answer again instead of acting twice. Records
// expire after a day (TTL `expiresAt`; expired ones are treated as absent, since TTL deletes late and never locally).
// Routes that create things (a claim submission) can write the completed record in their own business transaction.
import { Entity, type EntityItem } from 'electrodb';
import { declareEntity, ENTITY_OPTIONS, isConditionFailure, SERVICE, table } from './table';

export const IdempotencyEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'idempotency', version: '1', service: SERVICE },
      attributes: {
        /** Whose key it is (a user id, or `staff:<username>`): keys of different callers never collide. */
        scope: { type: 'string', required: true, readOnly: true },
        idempotencyKey: { type: 'string', required: true, readOnly: true },
        /** The route (`POST /v1/me/binding`). */
        operation: { type: 'string', required: true },
        /** SHA-256 of route and body: the same key with another request is refused. */
        requestHash: { type: 'string', required: true },
        status: { type: ['IN_PROGRESS', 'COMPLETED'] as const, required: true },
        /** Epoch ms until which an IN_PROGRESS claim holds; after that a retry may take it over. */
        lockedUntil: { type: 'number', required: true },
        responseStatus: { type: 'number' },
        /** The stored answer (JSON). Only answers without clear sensitive data are ever stored. */
        responseBody: { type: 'string' },
        createdAt: { type: 'string', required: true },
        expiresAt: { type: 'number', required: true },
      },
      indexes: {
        byKey: {
          pk: {
            field: 'pk',
            composite: ['scope', 'idempotencyKey'],
            template: 'IDEMPOTENCY#${scope}#${idempotencyKey}',
            casing: 'none',
          },
          sk: { field: 'sk', composite: [], template: 'IDEMPOTENCY', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** An idempotency record as stored. */
export type IdempotencyRecord = EntityItem<typeof IdempotencyEntity>;

type RecordKey = { scope: string; idempotencyKey: string };

/** PutItem IDEMPOTENCY#<scope>#<key>/IDEMPOTENCY if absent or expired — claims the key; false when it is taken. */
export async function claimIdempotencyKey(record: IdempotencyRecord, nowEpoch: number): Promise<boolean> {
  table();
  try {
    await IdempotencyEntity.put(record)
      .where(
        ({ requestHash, expiresAt }, { notExists, lt }) => `${notExists(requestHash)} OR ${lt(expiresAt, nowEpoch)}`,
      )
      .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** GetItem IDEMPOTENCY#<scope>#<key>/IDEMPOTENCY — the record, or undefined (also when expired). */
export async function getIdempotencyRecord(key: RecordKey, nowEpoch: number): Promise<IdempotencyRecord | undefined> {
  table();
  const { data } = await IdempotencyEntity.get(key).go({ consistent: true });
  return data && data.expiresAt > nowEpoch ? data : undefined;
}

/** UpdateItem — takes over an IN_PROGRESS claim whose holder gave up (lock expired); false if someone else did. */
export async function takeOverIdempotencyKey(key: RecordKey, lockedUntil: number, nowMs: number): Promise<boolean> {
  table();
  try {
    await IdempotencyEntity.patch(key)
      .set({ lockedUntil })
      .where(({ status, lockedUntil: held }, { eq, lt }) => `${eq(status, 'IN_PROGRESS')} AND ${lt(held, nowMs)}`)
      .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** UpdateItem — stores the answer of the request that holds the claim (same request hash). */
export async function completeIdempotencyKey(
  key: RecordKey,
  requestHash: string,
  response: { status: number; body: string },
): Promise<void> {
  table();
  await IdempotencyEntity.patch(key)
    .set({ status: 'COMPLETED', responseStatus: response.status, responseBody: response.body })
    .where(({ requestHash: held }, { eq }) => eq(held, requestHash))
    .go();
}

/** DeleteItem — gives the key back after a failed request, so a corrected retry with the same key can run. */
export async function releaseIdempotencyKey(key: RecordKey, requestHash: string): Promise<void> {
  table();
  try {
    await IdempotencyEntity.delete(key)
      .where(({ requestHash: held, status }, { eq }) => `${eq(held, requestHash)} AND ${eq(status, 'IN_PROGRESS')}`)
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
