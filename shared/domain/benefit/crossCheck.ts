/** 费用协查 — a single stay of ≥ 30,000 yuan (含3万元) may be sent for fee cross-check (`003 Art. 56`). */
import type { RegionPolicy } from '../../policy/schema';
import type { Source } from '../sources';
import { type ExpenseType, STAY_EXPENSE_TYPES } from '../vocabulary';

/** Whether the staff console should suggest a cross-check request for this claim. */
export interface CrossCheckFlag {
  readonly flagged: boolean;
  readonly thresholdFen: number;
  readonly message: string | null;
  readonly source: Source;
}

/** The claims `feeCrossCheck` flags, as a selection (the staff queue's cross-check filter): same rule, same 依据. */
export interface CrossCheckCriteria {
  readonly expenseTypes: readonly ExpenseType[];
  readonly minTotalFen: number;
  readonly source: Source;
}

/** The cross-check rule as a selection over claims: a hospital stay whose total is at least the threshold. */
export function crossCheckCriteria(policy: RegionPolicy): CrossCheckCriteria {
  const { thresholdFen, source } = policy.benefit.crossCheck;
  return { expenseTypes: STAY_EXPENSE_TYPES, minTotalFen: thresholdFen, source };
}

/** Flag a hospital stay whose total is at or above the region's threshold (a suggestion to staff, not a block). */
export function feeCrossCheck(policy: RegionPolicy, expenseType: ExpenseType, totalFen: number): CrossCheckFlag {
  const { expenseTypes, minTotalFen: thresholdFen, source } = crossCheckCriteria(policy);
  const flagged = expenseTypes.includes(expenseType) && totalFen >= thresholdFen;
  return {
    flagged,
    thresholdFen,
    message: flagged
      ? `一次性异地住院医疗总费用达到${thresholdFen / 100}元，如有疑似违规可通过国家异地就医系统申请费用协查`
      : null,
    source,
  };
}
