import { WithdrawClaimRequestSchema } from '@shared/api/claims';
import { ROUTES } from '@shared/api/routes';
import { applyTransition } from '@shared/domain/case/stateMachine';
import { transitionCase } from '../data/caseTransition';
import { getInsuredPerson } from '../data/insuredPerson';
import { authenticateBound } from '../lib/auth';
import {
  actorNameMasked,
  caseRecordOf,
  loadCaseFor,
  policyOf,
  queueOf,
  storedEventOf,
  versionConflict,
} from '../lib/claims';
import { NotFoundError, RefusalError } from '../lib/errors';
import { httpHandler } from '../lib/http';
import { withIdempotency } from '../lib/idempotency';
import { logger } from '../lib/logger';
import { loadCaseDetail } from '../lib/presentClaim';
import { parseBody, parsePath } from '../lib/request';

/**
 * POST /v1/claims/{id}/withdraw — the applicant withdraws the claim before review (the domain decides when). A
 * submitted claim gives its voucher back in the same transaction, so a corrected claim can use it.
 */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.postClaimWithdraw);
  const caller = await authenticateBound(event);
  // Scoped to the case as well: the route key is the same for every case, and a key must never replay another's.
  return withIdempotency(event, `${caller.userId}:${id}`, async () => {
    const now = new Date();
    const { stored, actor } = await loadCaseFor(id, caller);
    const { reason } = parseBody(event, WithdrawClaimRequestSchema);
    const policy = policyOf(stored);
    const result = applyTransition(policy, caseRecordOf(stored), { action: 'WITHDRAW', reason }, actor, now);
    if (!result.ok) throw new RefusalError(result);
    const person = await getInsuredPerson(stored.personId);
    if (!person) throw new NotFoundError('没有找到该办件的参保人');
    const { record: next, event: domainEvent } = result.value;
    // Only a case that was submitted holds its voucher's lock (a draft never took it).
    const holdsLock = stored.voucher !== undefined && stored.state !== 'draft';
    const outcome = await transitionCase({
      before: stored,
      next,
      queue: queueOf(policy, next, now),
      event: storedEventOf(domainEvent, caller.userId, await actorNameMasked(caller, person)),
      ...(holdsLock && stored.voucher
        ? {
            voucher: {
              op: 'RELEASE' as const,
              key: { invoiceCode: stored.voucher.invoiceCode, invoiceNumber: stored.voucher.invoiceNumber },
            },
          }
        : {}),
      now,
    });
    if (!outcome.ok) throw versionConflict();
    logger.info('claim withdrawn', { caseId: stored.caseId, from: stored.state });
    return { body: await loadCaseDetail(stored.caseId, actor) };
  });
});
