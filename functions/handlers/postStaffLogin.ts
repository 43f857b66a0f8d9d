import { ErrorCode } from '@shared/api/errors';
import { StaffLoginRequestSchema } from '@shared/api/staff';
import { recordAudit } from '../data/audit';
import { getStaff, isLocked, LOCKOUT_MS, recordFailedLogin, recordStaffLogin } from '../data/staff';
import { httpHandler } from '../http/http';
import { parseBody } from '../http/request';
import { AppError, UnauthenticatedError } from '../support/errors';
import { hashPassword, verifyPassword } from '../support/password';
import { issueStaffToken, STAFF_TOKEN_TTL_SECONDS, staffRolesOf } from '../usecases/access/staffAuth';

// Compared against for unknown usernames, so the answer takes as long as for a wrong password.
const dummyHash = hashPassword('not-a-password');

/** 423 — the account is locked after repeated failures; the message says when to try again. */
class AccountLockedError extends AppError {
  constructor() {
    super(ErrorCode.STAFF_ACCOUNT_LOCKED, `密码错误次数过多，账号已锁定，请${LOCKOUT_MS / 60000}分钟后再试`);
  }
}

const LOGIN_FAILED = '用户名或密码错误';

/**
 * POST /v1/staff/auth/login — 经办人员登录: username + password (scrypt). Five wrong passwords lock the account for
 * 15 minutes (counted atomically on the account); unknown user and wrong password get the same answer.
 */
export const handler = httpHandler(async (event) => {
  const now = new Date();
  const { username, password } = parseBody(event, StaffLoginRequestSchema);
  const staff = await getStaff(username);
  if (!staff) {
    await verifyPassword(password, await dummyHash);
    throw new UnauthenticatedError(LOGIN_FAILED, ErrorCode.STAFF_LOGIN_FAILED);
  }
  if (isLocked(staff, now)) throw new AccountLockedError();
  if (staff.disabledAt !== undefined)
    throw new UnauthenticatedError('账号已停用，请联系管理员', ErrorCode.STAFF_LOGIN_FAILED);
  if (!(await verifyPassword(password, staff.passwordHash))) {
    const counted = await recordFailedLogin(username, now);
    await recordAudit(
      { subjectType: 'STAFF', subjectId: username, kind: 'LOGIN_FAILED', actor: username, what: 'password' },
      now,
    );
    if (isLocked(counted, now)) throw new AccountLockedError();
    throw new UnauthenticatedError(LOGIN_FAILED, ErrorCode.STAFF_LOGIN_FAILED);
  }
  // A lockout set by concurrent failures meanwhile wins over this success.
  if (!(await recordStaffLogin(username, now))) throw new AccountLockedError();
  await recordAudit(
    { subjectType: 'STAFF', subjectId: username, kind: 'LOGIN', actor: username, what: 'password' },
    now,
  );
  return {
    body: {
      token: await issueStaffToken(username, now),
      expiresAt: new Date(now.getTime() + STAFF_TOKEN_TTL_SECONDS * 1000).toISOString(),
      staff: {
        username: staff.username,
        displayName: staff.displayName,
        roles: staffRolesOf(staff),
        agencyRegion: staff.agencyRegion,
        agencyName: staff.agencyName,
      },
    },
  };
});
