import { CancelFilingRequestSchema, type FilingResponse } from '@shared/api/filings';
import { ROUTES } from '@shared/api/routes';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { cancelFiling } from '@shared/domain/filing/rules';
import { policyFor } from '@shared/policy';
import { decisionRecord, type StoredFiling, toDomainFiling, updateFiling } from '../data/filing';
import { httpHandler } from '../http/http';
import { withIdempotency } from '../http/idempotency';
import { filingView } from '../http/presentFiling';
import { parseBody, parsePath } from '../http/request';
import { logger } from '../support/logger';
import { authenticateBound } from '../usecases/access/auth';
import {
  filingPerson,
  filingRefusal,
  loadVisibleFiling,
  stateAttributes,
  versionConflict,
} from '../usecases/filings/filings';
import { requireActingFor } from '../usecases/people/actingFor';

/**
 * POST /v1/filings/{id}/cancel — 取消备案 (domain `cancelFiling`: a commitment filing only after its lock period
 * where the region has one). Conditional on the version read; it stops covering new stays from today.
 */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.postFilingCancel);
  const caller = await authenticateBound(event);
  const request = parseBody(event, CancelFilingRequestSchema);
  return withIdempotency(event, caller.userId, async () => {
    const now = new Date();
    const stored = await loadVisibleFiling(caller, id);
    await requireActingFor(caller, stored.personId, '没有找到该备案');
    if (request.version !== undefined && request.version !== stored.version) throw versionConflict();
    const policy = policyFor(stored.region);
    const decided = cancelFiling(policy, toDomainFiling(stored), todayInShanghai(now));
    if (!decided.ok) throw filingRefusal(decided);

    const { set, remove } = stateAttributes(policy, stored.filingId, decided.value);
    const record = decisionRecord('CANCELLED', policy.filing.commitmentLock.source, now, { byUserId: caller.userId });
    const updatedAt = now.toISOString();
    // A cancel does not depend on the person's other filings: no register bump.
    const written = await updateFiling(
      stored,
      stored.version,
      { set: { ...set, updatedAt }, remove, decisions: [record] },
      null,
      undefined,
    );
    if (!written.ok) throw versionConflict();
    const next: StoredFiling = { ...stored, ...set, updatedAt, version: stored.version + 1 };
    for (const name of remove) delete next[name];
    next.decisions = [...stored.decisions, record];
    logger.info('filing cancelled', { filingId: stored.filingId });
    const body: FilingResponse = { filing: filingView(next, await filingPerson(stored.personId), caller.userId) };
    return { body };
  });
});
