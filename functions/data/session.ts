// 登录会话 — one login of a user on one device: holds the hash of the current refresh token (never the token), is
// rotated on every refresh, and expires by TTL (`expiresAt`, epoch seconds). The hash of the token it replaced is
// kept so that a replayed old token is recognised and ends the session (refresh-token reuse detection).
import { Entity, type EntityItem } from 'electrodb';
import { declareEntity, ENTITY_OPTIONS, isConditionFailure, SERVICE, table } from './table';

export const SessionEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'session', version: '1', service: SERVICE },
      attributes: {
        sessionId: { type: 'string', required: true, readOnly: true },
        userId: { type: 'string', required: true, readOnly: true },
        /** Which login made it: the mini-program or the H5 page in the official account. */
        client: { type: ['mp', 'h5'] as const, required: true, readOnly: true },
        tokenHash: { type: 'string', required: true },
        previousTokenHash: { type: 'string' },
        generation: { type: 'number', required: true },
        createdAt: { type: 'string', required: true, readOnly: true },
        rotatedAt: { type: 'string' },
        revokedAt: { type: 'string' },
        expiresAt: { type: 'number', required: true },
      },
      indexes: {
        byId: {
          pk: { field: 'pk', composite: ['sessionId'], template: 'SESSION#${sessionId}', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'SESSION', casing: 'none' },
        },
        byUser: {
          index: 'gsi2',
          pk: { field: 'gsi2pk', composite: ['userId'], template: 'USER#${userId}', casing: 'none' },
          sk: { field: 'gsi2sk', composite: ['createdAt'], template: 'SESSION#${createdAt}', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** A session as stored. */
export type Session = EntityItem<typeof SessionEntity>;

/** PutItem SESSION#<sessionId>/SESSION if absent — a new login. */
export async function createSession(session: Session): Promise<void> {
  table();
  await SessionEntity.create(session).go();
}

/** GetItem SESSION#<sessionId>/SESSION — the session, or undefined. */
export async function getSession(sessionId: string): Promise<Session | undefined> {
  table();
  const { data } = await SessionEntity.get({ sessionId }).go();
  return data ?? undefined;
}

/**
 * UpdateItem SESSION#<sessionId>/SESSION — replaces the refresh token only if `presentedHash` is the current one,
 * the session has not expired (TTL deletes late, and never locally) and was not revoked. Undefined when refused.
 */
export async function rotateRefreshToken(
  sessionId: string,
  presentedHash: string,
  next: { tokenHash: string; expiresAt: number },
  now: Date,
  nowEpoch: number,
): Promise<Session | undefined> {
  table();
  try {
    const { data } = await SessionEntity.patch({ sessionId })
      .set({
        tokenHash: next.tokenHash,
        previousTokenHash: presentedHash,
        expiresAt: next.expiresAt,
        rotatedAt: now.toISOString(),
      })
      .add({ generation: 1 })
      // The one condition that makes a refresh token single-use, even under concurrent refreshes.
      .where(
        ({ tokenHash, expiresAt, revokedAt }, { eq, gt, notExists }) =>
          `${eq(tokenHash, presentedHash)} AND ${gt(expiresAt, nowEpoch)} AND ${notExists(revokedAt)}`,
      )
      .go({ response: 'all_new' });
    return data;
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

/** UpdateItem SESSION#<sessionId>/SESSION — ends the session: its refresh token no longer works. */
export async function revokeSession(sessionId: string, now: Date): Promise<void> {
  table();
  try {
    await SessionEntity.patch({ sessionId }).set({ revokedAt: now.toISOString() }).go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** Query gsi2 USER#<userId> begins_with SESSION# — a user's logins, newest first (for "sign out everywhere"). */
export async function listSessionsByUser(userId: string): Promise<Session[]> {
  table();
  const { data } = await SessionEntity.query.byUser({ userId }).go({ order: 'desc', pages: 'all' });
  return data;
}
