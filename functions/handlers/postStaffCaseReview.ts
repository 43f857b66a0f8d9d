import { ClaimErrorCode } from '@shared/api/claims';
import { StaffReviewRequestSchema } from '@shared/api/staffActions';
import { getVoucherLock } from '../data/voucherLock';
import { ConflictError } from '../lib/errors';
import { calculateCaseSettlement } from '../lib/settlementInput';
import { staffActionHandler } from '../lib/staffTransition';

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
      const lock = await getVoucherLock(stored.voucher);
      if (lock?.state === 'REIMBURSED') {
        throw new ConflictError('该电子票据已报销，不能再次报销', ClaimErrorCode.VOUCHER_ALREADY_REIMBURSED);
      }
      if (lock?.state !== 'OPEN' || lock.caseId !== stored.caseId) {
        throw new ConflictError(
          '该电子票据未由本办件锁定（可能已用于其他申请），请核实',
          ClaimErrorCode.VOUCHER_ALREADY_CLAIMED,
        );
      }
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
