/**
 * 审核调整与拨付核对 — the reviewer's adjustments to the voucher's classification (each moves part of the in-scope
 * amount into 乙类先行自付, 超限价自付 or 自费, with a reason, `000` 流程三 "费用合理性审核"), and finance's check
 * that the amount paid is the reviewed fund payment (`000` 流程四).
 */
import { ok, type Result, refuse } from '../errors';
import { cite } from '../sources';
import type { FeeLine } from './amounts';

/** One adjustment: how much of the in-scope amount moves, to which column, and why. */
export interface FeeAdjustment {
  readonly lineName: string;
  readonly amountFen: number;
  readonly to: 'CLASS_B_PREPAY' | 'OVER_LIMIT' | 'SELF_PAY';
  readonly reason: string;
}

const REVIEW = cite('000', '流程三');
const FIELD: Record<FeeAdjustment['to'], keyof Pick<FeeLine, 'classBPrepayFen' | 'overLimitFen' | 'selfPayFen'>> = {
  CLASS_B_PREPAY: 'classBPrepayFen',
  OVER_LIMIT: 'overLimitFen',
  SELF_PAY: 'selfPayFen',
};

/**
 * The voucher's fee line with the reviewer's adjustments applied: each adjustment needs a reason and a positive
 * amount, and together they cannot move more than the line's in-scope amount.
 */
export function adjustFeeLine(line: FeeLine, adjustments: readonly FeeAdjustment[]): Result<FeeLine> {
  const unexplained = adjustments.findIndex((a) => a.reason.trim() === '');
  if (unexplained >= 0) {
    return refuse('REASON_REQUIRED', '每一项审核调整都须写明原因', REVIEW, { index: unexplained });
  }
  const invalid = adjustments.findIndex((a) => !Number.isSafeInteger(a.amountFen) || a.amountFen <= 0);
  if (invalid >= 0) return refuse('AMOUNT_INVALID', '调整金额须为大于0的整数（分）', REVIEW, { index: invalid });
  const inScope = line.amountFen - (line.classBPrepayFen ?? 0) - (line.overLimitFen ?? 0) - (line.selfPayFen ?? 0);
  const moved = adjustments.reduce((sum, a) => sum + a.amountFen, 0);
  if (moved > inScope) {
    return refuse('ADJUSTMENT_TOO_LARGE', '调整金额合计超过统筹基金支付范围内费用', REVIEW, { inScopeFen: inScope });
  }
  const adjusted: { -readonly [K in keyof FeeLine]: FeeLine[K] } = { ...line };
  for (const a of adjustments) adjusted[FIELD[a.to]] = (adjusted[FIELD[a.to]] ?? 0) + a.amountFen;
  return ok(adjusted);
}

/** Finance pays exactly the reviewed fund payment (基金支付合计); anything else goes back to review. */
export function checkPaymentAmount(amountFen: number, reviewedFundFen: number): Result<null> {
  if (amountFen !== reviewedFundFen) {
    return refuse('PAYMENT_AMOUNT_MISMATCH', '拨付金额与审核核定的基金支付金额不一致，请核对', cite('000', '流程四'), {
      reviewedFundFen,
    });
  }
  return ok(null);
}
