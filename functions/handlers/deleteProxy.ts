import type { RevokeProxyResponse } from '@shared/api/proxies';
import { ROUTES } from '@shared/api/routes';
import { revokeProxyAuthorisation } from '../data/proxyAuthorisation';
import { httpHandler } from '../http/http';
import { parsePath } from '../http/request';
import { NotFoundError } from '../support/errors';
import { logger } from '../support/logger';
import { authenticateBound } from '../usecases/access/auth';

/**
 * DELETE /v1/proxies/{personId} — the caller stops acting for this person: the authorisation is revoked (kept as
 * evidence); from now on their cases and filings are closed to the caller. 404 when there is none active.
 */
export const handler = httpHandler(async (event) => {
  const { personId } = parsePath(event, ROUTES.deleteProxy);
  const caller = await authenticateBound(event);
  const now = new Date();
  if (!(await revokeProxyAuthorisation(personId, caller.userId, caller.userId, now))) {
    throw new NotFoundError('没有找到该代办关系');
  }
  logger.info('proxy authorisation revoked', { personId, proxyUserId: caller.userId });
  const body: RevokeProxyResponse = { personId, status: 'REVOKED', revokedAt: now.toISOString() };
  return { body };
});
