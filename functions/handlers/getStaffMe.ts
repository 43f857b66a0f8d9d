import { httpHandler } from '../http/http';
import { authenticateStaff } from '../usecases/access/staffAuth';

/** GET /v1/staff/me — the signed-in staff member as the account says now (roles, agency). */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateStaff(event);
  return {
    body: {
      username: caller.username,
      displayName: caller.displayName,
      roles: [...caller.roles],
      agencyRegion: caller.agencyRegion,
      agencyName: caller.agencyName,
    },
  };
});
