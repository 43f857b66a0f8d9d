import { SubmitClaimRequestSchema } from '@shared/api/claims';
import { ROUTES } from '@shared/api/routes';
import { checkSubmission } from '@shared/domain/claim/submission';
import type { Refusal } from '@shared/domain/errors';
import type { StoredCase } from '../data/case';
import { claimActionHandler } from '../http/claimTransition';
import { RefusalError } from '../support/errors';
import {
  caseRecordOf,
  checklistOf,
  claimantOf,
  domainFilingsOf,
  eligibilityRefusal,
  isMaterialItem,
  treatmentOf,
  versionConflict,
} from '../usecases/claims/claims';
import { actedForClaimNotice } from '../usecases/notices/actedFor';

/** A submission's refusal as the answer: each missing material as a field, named as the checklist screen names it. */
function submissionRefusal(stored: StoredCase, refusal: Refusal): RefusalError {
  const items = refusal.details?.items;
  if (refusal.code !== 'MATERIALS_INCOMPLETE' || !Array.isArray(items)) return eligibilityRefusal(refusal);
  const missing = new Set(items.filter(isMaterialItem));
  const named = checklistOf(stored).filter((entry) => missing.has(entry.item));
  return new RefusalError(
    refusal,
    Object.fromEntries(named.map((entry) => [`materials.${entry.item}`, `请上传${entry.name}`])),
  );
}

/**
 * POST /v1/claims/{id}/submit — submits the draft (`000` 流程一). The case, the person and their filings are
 * gathered, then the domain decides once (`checkSubmission`: state, checklist — its refusal lists every missing
 * item —, bank account, amount, eligibility with the filings as they stand now); one transaction then moves the
 * case to `submitted` (if its version is unchanged), appends the event, takes the voucher's lock (one open claim
 * per voucher; a reimbursed one never) and puts the case in the agency's acceptance queue by its deadline; when a
 * proxy submits, the insured person's own user is told in the same transaction.
 */
export const handler = claimActionHandler({
  route: ROUTES.postClaimSubmit,
  schema: SubmitClaimRequestSchema,
  precheck: ({ stored, body }) => {
    if (body.version !== undefined && body.version !== stored.version) throw versionConflict();
  },
  command: () => ({ action: 'SUBMIT' }),
  decide:
    ({ stored, actor, now }) =>
    async ({ policy, person }) =>
      checkSubmission(policy, {
        record: caseRecordOf(stored),
        actor,
        hasBankAccount: Boolean(stored.bankAccount),
        claimant: claimantOf(person),
        filings: await domainFilingsOf(person.personId),
        treatment: treatmentOf(stored),
        now,
      }),
  refusal:
    ({ stored }) =>
    (refusal) =>
      submissionRefusal(stored, refusal),
  extra: ({ now }) => ({ submittedAt: now.toISOString() }),
  // Submitted by a proxy: the insured person is told who submitted what (a guard against claims never asked for).
  owes:
    ({ caller, now }) =>
    async ({ stored }) => {
      const outbox = await actedForClaimNotice(caller, stored, now);
      return outbox ? { outbox } : {};
    },
  done: 'claim submitted',
});
