// 经办人员 — a staff account of an insuring agency (经办机构). Login counts failures on the item itself with
// conditional updates, so concurrent wrong guesses cannot race past the lockout (no read-then-write).
import { Entity, type EntityItem } from 'electrodb';
import { declareEntity, ENTITY_OPTIONS, isConditionFailure, SERVICE, table } from './table';

/** Failed attempts after which an account is locked. */
export const MAX_FAILED_LOGINS = 5;
/** How long a lockout lasts: 15 minutes. */
export const LOCKOUT_MS = 15 * 60 * 1000;

export const StaffEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'staff', version: '1', service: SERVICE },
      attributes: {
        username: { type: 'string', required: true, readOnly: true },
        displayName: { type: 'string', required: true },
        roles: { type: 'set', items: 'string', required: true },
        agencyRegion: { type: 'string', required: true },
        agencyName: { type: 'string', required: true },
        passwordHash: { type: 'string', required: true },
        failedLogins: { type: 'number', required: true, default: 0 },
        lockedUntil: { type: 'string' },
        lastLoginAt: { type: 'string' },
        /** Set when an admin disables the account: no login, and every token stops working at once. */
        disabledAt: { type: 'string' },
        /** Tokens issued before this instant no longer count (sign-out, password change). */
        tokensValidAfter: { type: 'string' },
        createdAt: { type: 'string', required: true, readOnly: true },
      },
      indexes: {
        byUsername: {
          pk: { field: 'pk', composite: ['username'], template: 'STAFF#${username}', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'PROFILE', casing: 'none' },
        },
        byAgency: {
          index: 'gsi1',
          pk: { field: 'gsi1pk', composite: ['agencyRegion'], template: 'AGENCY#${agencyRegion}', casing: 'none' },
          sk: { field: 'gsi1sk', composite: ['username'], template: 'STAFF#${username}', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** A staff account as stored. */
export type Staff = EntityItem<typeof StaffEntity>;
/** A new staff account, before it is stored. */
export type NewStaff = Omit<Staff, 'failedLogins' | 'lockedUntil' | 'lastLoginAt' | 'disabledAt' | 'tokensValidAfter'>;

/** GetItem STAFF#<username>/PROFILE (consistent) — the account, or undefined. */
export async function getStaff(username: string): Promise<Staff | undefined> {
  table();
  const { data } = await StaffEntity.get({ username }).go({ consistent: true });
  return data ?? undefined;
}

/** Put if absent STAFF#<username>/PROFILE — true when written, false when the account already existed. */
export async function putStaffIfAbsent(staff: NewStaff): Promise<boolean> {
  table();
  try {
    await StaffEntity.create({ ...staff, failedLogins: 0 }).go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Query gsi1 AGENCY#<region> — every staff account of an agency, by username. */
export async function listStaffByAgency(agencyRegion: string): Promise<Staff[]> {
  table();
  const { data } = await StaffEntity.query.byAgency({ agencyRegion }).go({ pages: 'all' });
  return data;
}

/**
 * Update STAFF#<username> — counts one failed login (atomic ADD). The one failure whose count reaches a multiple of
 * the limit then sets `lockedUntil` (conditional on the count), so concurrent failures lock exactly once.
 */
export async function recordFailedLogin(username: string, now: Date): Promise<Staff> {
  table();
  const { data } = await StaffEntity.update({ username })
    .add({ failedLogins: 1 })
    .where((a, op) => op.exists(a.username))
    .go({ response: 'all_new' });
  const counted = data as Staff;
  if (counted.failedLogins === 0 || counted.failedLogins % MAX_FAILED_LOGINS !== 0) return counted;
  const lockedUntil = new Date(now.getTime() + LOCKOUT_MS).toISOString();
  try {
    const { data: locked } = await StaffEntity.update({ username })
      .set({ lockedUntil })
      .where((a, op) => op.gte(a.failedLogins, counted.failedLogins))
      .go({ response: 'all_new' });
    return locked as Staff;
  } catch (error) {
    // A successful login reset the counter in between: nothing left to lock.
    if (isConditionFailure(error)) return counted;
    throw error;
  }
}

/**
 * Update STAFF#<username> — a successful login: resets the counter, lifts an expired lockout and records the time.
 * Conditional on the account not being locked at `now`, so a lockout set meanwhile is not undone.
 */
export async function recordStaffLogin(username: string, now: Date): Promise<boolean> {
  table();
  const at = now.toISOString();
  try {
    await StaffEntity.update({ username })
      .set({ failedLogins: 0, lastLoginAt: at })
      .remove(['lockedUntil'])
      .where((a, op) => `${op.exists(a.username)} AND (${op.notExists(a.lockedUntil)} OR ${op.lt(a.lockedUntil, at)})`)
      .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** True while the account is locked at `now`. */
export function isLocked(staff: Pick<Staff, 'lockedUntil'>, now: Date): boolean {
  return staff.lockedUntil !== undefined && staff.lockedUntil > now.toISOString();
}

/** Update STAFF#<username> — 退出登录: every token issued before `now` stops counting (`authenticateStaff`). */
export async function endStaffSessions(username: string, now: Date): Promise<void> {
  table();
  await StaffEntity.update({ username })
    .set({ tokensValidAfter: now.toISOString() })
    .where((a, op) => op.exists(a.username))
    .go();
}
