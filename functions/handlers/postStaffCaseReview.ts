import { StaffReviewRequestSchema } from '@shared/api/staffActions';
import { checkVoucherHeld } from '@shared/domain/claim/voucherLock';
import { getVoucherLock } from '../data/voucherLock';
import { staffActionHandler } from '../http/staffTransition';
import { RefusalError } from '../support/errors';
import { calculateCaseSettlement } from '../usecases/claims/settlementInput';

/**
 * POST /v1/staff/cases/{id}/review — 审核通过 (reviewer, `000` 流程三): the voucher must still be this case's open
 * claim (never reimbursed, never held by another case), then the domain's benefit calculation with the reviewer's
 * adjustments (each with its reason) is recorded on the case with the approval.
 */
export const handler = staffActionHandler({
  action: 'APPROVE_REVIEW',
  schema: StaffReviewRequestSchema,
  command: () => ({ action: 'APPROVE_REVIEW' }),
  prepare: async ({ stored, body, caller, now }) => {
    if (stored.voucher) {
      const held = checkVoucherHeld(await getVoucherLock(stored.voucher), stored.caseId);
      if (!held.ok) throw new RefusalError(held);
    }
    const { input, settlement } = await calculateCaseSettlement(stored, body.adjustments, body.paidBeforeByYear);
    return {
      review: {
        input,
        adjustments: body.adjustments,
        settlement,
        by: caller.username,
        at: now.toISOString(),
      },
    };
  },
  outcome: () => null,
});
