import { ResubmitClaimRequestSchema } from '@shared/api/claims';
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
 * POST /v1/claims/{id}/resubmit — after the one-time deficiency notice (一次性告知), the applicant has attached the
 * listed items and resubmits: the domain checks every listed item was supplied, and the acceptance clock restarts
 * (`000` 流程二); the case goes back to the acceptance queue with its new deadline.
 */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.postClaimResubmit);
  const caller = await authenticateBound(event);
  // Scoped to the case as well: the route key is the same for every case, and a key must never replay another's.
  return withIdempotency(event, `${caller.userId}:${id}`, async () => {
    const now = new Date();
    const { stored, actor } = await loadCaseFor(id, caller);
    const { listItemMailed } = parseBody(event, ResubmitClaimRequestSchema);
    const policy = policyOf(stored);
    const command = { action: 'RESUBMIT' as const, suppliedItems: stored.supplied, listItemMailed };
    const result = applyTransition(policy, caseRecordOf(stored), command, actor, now);
    if (!result.ok) throw new RefusalError(result);
    const person = await getInsuredPerson(stored.personId);
    if (!person) throw new NotFoundError('没有找到该办件的参保人');
    const { record: next, event: domainEvent } = result.value;
    const outcome = await transitionCase({
      before: stored,
      next,
      queue: queueOf(policy, next, now),
      event: storedEventOf(domainEvent, caller.userId, await actorNameMasked(caller, person)),
      // What this round supplied is answered; a later notice starts a new round.
      extra: { supplied: [] },
      now,
    });
    if (!outcome.ok) throw versionConflict();
    logger.info('claim resubmitted', { caseId: stored.caseId, version: next.version });
    return { body: await loadCaseDetail(stored.caseId, actor) };
  });
});
