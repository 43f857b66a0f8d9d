// Sessions against DynamoDB Local, in this process with the functions' own environment: what HTTP cannot reach
// quickly (an expired session, the per-user list on gsi2).
import { randomBytes } from 'node:crypto';
import { createSession, listSessionsByUser, rotateRefreshToken, type Session } from '../../../functions/data/session';
import { testStack } from '../../support/stack';

const saved = { ...process.env };
beforeAll(() => Object.assign(process.env, testStack().functionEnv));
afterAll(() => {
  process.env = saved;
});

const id = (prefix: string) => `${prefix}-${randomBytes(6).toString('hex')}`;
const epoch = (date: Date) => Math.floor(date.getTime() / 1000);

function session(userId: string, createdAt: Date, expiresAt: number): Session {
  return {
    sessionId: id('S'),
    userId,
    client: 'mp',
    tokenHash: 'hash-1',
    generation: 1,
    createdAt: createdAt.toISOString(),
    expiresAt,
  };
}

describe('sessions — refresh tokens expire by time, whatever TTL has done', () => {
  it('refuses to rotate an expired session although the item is still there (TTL never deletes locally)', async () => {
    const now = new Date();
    const expired = session(id('U'), new Date(now.getTime() - 86_400_000), epoch(now) - 1);
    await createSession(expired);

    const rotated = await rotateRefreshToken(
      expired.sessionId,
      'hash-1',
      { tokenHash: 'h2', expiresAt: 0 },
      now,
      epoch(now),
    );

    expect(rotated).toBeUndefined();
  });

  it('rotates a live session once: the same token a second time is refused', async () => {
    const now = new Date();
    const live = session(id('U'), now, epoch(now) + 3600);
    await createSession(live);
    const next = { tokenHash: 'hash-2', expiresAt: epoch(now) + 7200 };

    const first = await rotateRefreshToken(live.sessionId, 'hash-1', next, now, epoch(now));
    const again = await rotateRefreshToken(live.sessionId, 'hash-1', next, now, epoch(now));

    expect(first).toMatchObject({ tokenHash: 'hash-2', previousTokenHash: 'hash-1', generation: 2 });
    expect(again).toBeUndefined();
  });

  it('lists a user’s sessions, newest first (gsi2), for "sign out everywhere"', async () => {
    const userId = id('U');
    const older = session(userId, new Date('2026-01-01T00:00:00Z'), epoch(new Date()) + 3600);
    const newer = session(userId, new Date('2026-02-01T00:00:00Z'), epoch(new Date()) + 3600);
    await createSession(older);
    await createSession(newer);
    await createSession(session(id('U'), new Date(), epoch(new Date()) + 3600));

    const listed = await listSessionsByUser(userId);

    expect(listed.map((s) => s.sessionId)).toEqual([newer.sessionId, older.sessionId]);
  });
});
