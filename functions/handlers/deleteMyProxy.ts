import type { RevokeMyProxyResponse } from '@shared/api/proxies';
import { ROUTES } from '@shared/api/routes';
import { revokeProxyAuthorisation } from '../data/proxyAuthorisation';
import { httpHandler } from '../http/http';
import { parsePath } from '../http/request';
import { NotFoundError } from '../support/errors';
import { logger } from '../support/logger';
import { authenticateBound } from '../usecases/access/auth';

/**
 * DELETE /v1/me/proxies/{proxyUserId} — the insured person revokes a proxy's authorisation (kept as evidence, by
 * them); from now on the proxy can no longer see or act on their cases and filings. 404 when there is none active.
 */
export const handler = httpHandler(async (event) => {
  const { proxyUserId } = parsePath(event, ROUTES.deleteMyProxy);
  const caller = await authenticateBound(event);
  const now = new Date();
  if (!(await revokeProxyAuthorisation(caller.insuredPersonId, proxyUserId, caller.userId, now))) {
    throw new NotFoundError('没有找到该代办人');
  }
  logger.info('proxy authorisation revoked by the insured person', { personId: caller.insuredPersonId, proxyUserId });
  const body: RevokeMyProxyResponse = { proxyUserId, status: 'REVOKED', revokedAt: now.toISOString() };
  return { body };
});
