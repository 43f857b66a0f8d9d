import { ClaimErrorCode, SubmitClaimRequestSchema } from '@shared/api/claims';
import { ROUTES } from '@shared/api/routes';
import { applyTransition } from '@shared/domain/case/stateMachine';
import { transitionCase } from '../data/caseTransition';
import { getInsuredPerson } from '../data/insuredPerson';
import { getVoucherLock } from '../data/voucherLock';
import { authenticateBound } from '../lib/auth';
import {
  actorNameMasked,
  caseRecordOf,
  checkEligibility,
  checklistOf,
  isMaterialItem,
  loadCaseFor,
  policyOf,
  queueOf,
  storedEventOf,
  versionConflict,
} from '../lib/claims';
import { ConflictError, NotFoundError, RefusalError, UnprocessableError } from '../lib/errors';
import { httpHandler } from '../lib/http';
import { withIdempotency } from '../lib/idempotency';
import { logger } from '../lib/logger';
import { loadCaseDetail } from '../lib/presentClaim';
import { parseBody, parsePath } from '../lib/request';

/**
 * POST /v1/claims/{id}/submit — submits the draft (`000` 流程一). The domain checks completeness (its refusal lists
 * every missing item); one transaction then moves the case to `submitted` (if its version is unchanged), appends
 * the event, takes the voucher's lock (one open claim per voucher; a reimbursed one never) and puts the case in the
 * agency's acceptance queue by its deadline. Idempotency-Key: a double tap or a retry makes one submission.
 */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.postClaimSubmit);
  const caller = await authenticateBound(event);
  // Scoped to the case as well: the route key is the same for every case, and a key must never replay another's.
  return withIdempotency(event, `${caller.userId}:${id}`, async () => {
    const now = new Date();
    const { stored, actor } = await loadCaseFor(id, caller);
    const request = parseBody(event, SubmitClaimRequestSchema);
    if (request.version !== undefined && request.version !== stored.version) throw versionConflict();
    const policy = policyOf(stored);
    const result = applyTransition(policy, caseRecordOf(stored), { action: 'SUBMIT' }, actor, now);
    if (!result.ok) {
      const items = result.details?.items;
      const missing = new Set(Array.isArray(items) ? items.filter(isMaterialItem) : []);
      // Each field names the item as the region's checklist does, as the checklist screen showed it.
      const named = checklistOf(stored).filter((entry) => missing.has(entry.item));
      throw new RefusalError(
        result,
        Object.fromEntries(named.map((entry) => [`materials.${entry.item}`, `请上传${entry.name}`])),
      );
    }
    if (!stored.bankAccount) {
      throw new UnprocessableError(ClaimErrorCode.BANK_ACCOUNT_REQUIRED, '请先填写收款银行账户（参保人本人的银行卡）');
    }
    if (stored.claimedTotalFen <= 0) {
      throw new UnprocessableError(ClaimErrorCode.AMOUNT_REQUIRED, '请先获取电子票据，或填写申报金额');
    }
    const person = await getInsuredPerson(stored.personId);
    if (!person) throw new NotFoundError('没有找到该办件的参保人');
    // Decided again at submission: a filing may have been cancelled since the draft was made.
    await checkEligibility(person, stored);

    const { record: next, event: domainEvent } = result.value;
    const voucher = stored.voucher;
    const outcome = await transitionCase({
      before: stored,
      next,
      queue: queueOf(policy, next, now),
      event: storedEventOf(domainEvent, caller.userId, await actorNameMasked(caller, person)),
      ...(voucher
        ? {
            voucher: {
              op: 'LOCK' as const,
              key: { invoiceCode: voucher.invoiceCode, invoiceNumber: voucher.invoiceNumber },
            },
          }
        : {}),
      extra: { submittedAt: now.toISOString() },
      now,
    });
    if (!outcome.ok) {
      if (outcome.reason === 'VOUCHER_TAKEN' && voucher) {
        const lock = await getVoucherLock(voucher);
        if (lock?.state === 'REIMBURSED') {
          throw new ConflictError(
            '该电子票据已报销过，同一张票据不能重复报销',
            ClaimErrorCode.VOUCHER_ALREADY_REIMBURSED,
          );
        }
        throw new ConflictError(
          '该电子票据已用于另一笔正在办理的报销申请，同一张票据只能申请一次',
          ClaimErrorCode.VOUCHER_ALREADY_CLAIMED,
        );
      }
      throw versionConflict();
    }
    logger.info('claim submitted', { caseId: stored.caseId, region: stored.agencyRegion, version: next.version });
    return { body: await loadCaseDetail(stored.caseId, actor) };
  });
});
