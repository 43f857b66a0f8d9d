import { endStaffSessions } from '../data/staff';
import { httpHandler } from '../http/http';
import { authenticateStaff } from '../usecases/access/staffAuth';

/**
 * POST /v1/staff/auth/logout — 退出登录: ends every token of the account issued until now (a shared workstation's
 * forgotten sessions included), since staff tokens are not stored one by one.
 */
export const handler = httpHandler(async (event) => {
  const now = new Date();
  const caller = await authenticateStaff(event);
  await endStaffSessions(caller.username, now);
  return { body: { signedOutAt: now.toISOString() } };
});
