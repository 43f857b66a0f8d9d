// The staff account data layer (functions/data/staff.ts) against DynamoDB Local, in this process: uniqueness by
// condition, lockout after five failures by conditional updates, and the agency index.
import { randomBytes } from 'node:crypto';
import {
  getStaff,
  isLocked,
  LOCKOUT_MS,
  listStaffByAgency,
  putStaffIfAbsent,
  recordFailedLogin,
  recordStaffLogin,
} from '../../../functions/data/staff';
import { hashPassword, verifyPassword } from '../../../functions/support/password';
import { testStack } from '../../support/stack';

const saved = { ...process.env };
beforeAll(() => Object.assign(process.env, testStack().functionEnv));
afterAll(() => {
  process.env = saved;
});

async function newStaff(region = 'SHANXI') {
  const username = `t-${randomBytes(5).toString('hex')}`;
  const written = await putStaffIfAbsent({
    username,
    displayName: '测试员',
    roles: ['intake'],
    agencyRegion: region,
    agencyName: '测试经办机构',
    passwordHash: await hashPassword(`Demo@${username}`),
    createdAt: new Date().toISOString(),
  });
  return { username, written };
}

describe('staff accounts (经办人员账号)', () => {
  it('stores an account once: a second put of the same username leaves the first untouched', async () => {
    const { username, written } = await newStaff();
    expect(written).toBe(true);
    const again = await putStaffIfAbsent({
      username,
      displayName: '冒名者',
      roles: ['admin'],
      agencyRegion: 'JIANGSU',
      agencyName: 'x',
      passwordHash: 'scrypt$1$1$1$x$y',
      createdAt: new Date().toISOString(),
    });
    expect(again).toBe(false);
    const stored = await getStaff(username);
    expect(stored?.displayName).toBe('测试员');
    expect(await verifyPassword(`Demo@${username}`, stored?.passwordHash ?? '')).toBe(true);
  });

  it('locks the account for 15 minutes at the fifth failure, even when the failures arrive at once', async () => {
    const { username } = await newStaff();
    const now = new Date();
    await Promise.all(Array.from({ length: 5 }, () => recordFailedLogin(username, now)));
    const stored = await getStaff(username);
    expect(stored?.failedLogins).toBe(5);
    expect(stored?.lockedUntil).toBe(new Date(now.getTime() + LOCKOUT_MS).toISOString());
    expect(isLocked(stored ?? {}, now)).toBe(true);
    expect(await recordStaffLogin(username, now)).toBe(false);
  });

  it('a login after the lockout has passed resets the counter and records the time', async () => {
    const { username } = await newStaff();
    const now = new Date();
    for (let i = 0; i < 5; i++) await recordFailedLogin(username, now);
    const later = new Date(now.getTime() + LOCKOUT_MS + 1000);
    expect(await recordStaffLogin(username, later)).toBe(true);
    const stored = await getStaff(username);
    expect(stored?.failedLogins).toBe(0);
    expect(stored?.lockedUntil).toBeUndefined();
    expect(stored?.lastLoginAt).toBe(later.toISOString());
  });

  it('lists an agency’s staff by the agency index only', async () => {
    const region = `TEST${randomBytes(3).toString('hex')}`;
    const { username } = await newStaff(region);
    const other = await newStaff();
    const listed = (await listStaffByAgency(region)).map((s) => s.username);
    expect(listed).toEqual([username]);
    expect(listed).not.toContain(other.username);
  });
});
