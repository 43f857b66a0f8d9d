import { createClaimRequestSchema } from '@shared/api/claims';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { maskName } from '@shared/domain/validation/mask';
import { createCase, type StoredCase } from '../data/case';
import { getInsuredPerson } from '../data/insuredPerson';
import { httpHandler } from '../http/http';
import { withIdempotency } from '../http/idempotency';
import { claimViewOf } from '../http/presentClaim';
import { parseBody } from '../http/request';
import { NotFoundError } from '../support/errors';
import { ulid } from '../support/ids';
import { logger } from '../support/logger';
import { authenticateBound } from '../usecases/access/auth';
import { checkEligibility, checklistOf } from '../usecases/claims/claims';
import { requireActingFor } from '../usecases/people/actingFor';

/**
 * POST /v1/claims — a new claim draft for the caller or a person who authorised them (代办): the domain decides
 * whether the declared case may be claimed online (`003 Art. 26`) and checks the facts agree. Idempotency-Key: a
 * retried request makes one draft.
 */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  return withIdempotency(event, caller.userId, async () => {
    const now = new Date();
    const request = parseBody(event, createClaimRequestSchema(todayInShanghai(now)));
    const relation = await requireActingFor(caller, request.insuredPersonId);
    const [person, self] = await Promise.all([
      getInsuredPerson(request.insuredPersonId),
      relation === 'proxy' ? getInsuredPerson(caller.insuredPersonId) : undefined,
    ]);
    if (!person) throw new NotFoundError('没有找到该参保人');
    const eligibility = await checkEligibility(person, request);
    const caseId = ulid(now.getTime());
    const draft: StoredCase = {
      caseId,
      personId: person.personId,
      submitterUserId: caller.userId,
      filedByProxy: relation === 'proxy',
      submitterNameMasked: maskName((self ?? person).name),
      agencyRegion: person.insuredRegion,
      state: 'draft',
      version: 1,
      eligibilityCase: request.eligibilityCase,
      expenseType: request.expenseType,
      facts: request.facts,
      visit: {
        ...request.visit,
        hospitalCode: null,
        hospitalName: null,
        hospitalLevel: null,
        designated: null,
      },
      eligibility: { description: eligibility.description, source: eligibility.source },
      claimedTotalFen: 0,
      attached: [],
      supplied: [],
      notices: [],
      queueStage: 'NONE',
      queueDue: '',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    // Contradictory facts (outside services on an outpatient claim) are refused before anything is stored.
    checklistOf(draft);
    await createCase(draft);
    logger.info('claim draft created', { caseId, region: draft.agencyRegion, byProxy: draft.filedByProxy });
    return { status: 201, body: claimViewOf(draft, person, []) };
  });
});
