/**
 * 费用分类 — itemised amounts summed into the four columns of the settlement form (`001 附件4`):
 * 总费用 = 统筹基金支付范围内费用 + 乙类先行自付 + 超限价自付 + 自费, which holds by construction because the
 * in-scope amount of each line is what is left after its three personal parts.
 */
import { ok, type Result, refuse } from '../errors';
import { cite } from '../sources';

/** Largest amount of one line or one claim, in fen (1 亿元): keeps every product below 2^53. */
export const MAX_AMOUNT_FEN = 10_000_000_000;

/** One line of the itemised list; the three personal parts default to 0. */
export interface FeeLine {
  readonly name?: string;
  /** The line's amount, integer fen. */
  readonly amountFen: number;
  /** 乙类先行自付. */
  readonly classBPrepayFen?: number;
  /** 超限价自付. */
  readonly overLimitFen?: number;
  /** 自费 (outside the catalogue). */
  readonly selfPayFen?: number;
}

/** The four columns and their total, integer fen. */
export interface FeeAmounts {
  /** 总费用. */
  readonly totalFen: number;
  /** 统筹基金支付范围内费用. */
  readonly inScopeFen: number;
  readonly classBPrepayFen: number;
  readonly overLimitFen: number;
  readonly selfPayFen: number;
}

const FORM = cite('001', '附件4');

/** Whether a value is an integer number of fen within bounds. */
export function isFen(value: number, max = MAX_AMOUNT_FEN): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= max;
}

/** Sum itemised lines into the settlement form's columns, or refuse a malformed line. */
export function itemiseFees(lines: readonly FeeLine[]): Result<FeeAmounts> {
  let totalFen = 0;
  let classBPrepayFen = 0;
  let overLimitFen = 0;
  let selfPayFen = 0;
  for (const [index, line] of lines.entries()) {
    const b = line.classBPrepayFen ?? 0;
    const o = line.overLimitFen ?? 0;
    const s = line.selfPayFen ?? 0;
    if (![line.amountFen, b, o, s].every((v) => isFen(v))) {
      return refuse('AMOUNT_INVALID', `第${index + 1}项金额须为不超过1亿元的非负金额（以分为单位的整数）`, FORM, {
        index,
      });
    }
    if (b + o + s > line.amountFen) {
      return refuse('AMOUNT_INVALID', `第${index + 1}项的自付、自费金额之和超过该项金额`, FORM, { index });
    }
    totalFen += line.amountFen;
    classBPrepayFen += b;
    overLimitFen += o;
    selfPayFen += s;
  }
  if (totalFen > MAX_AMOUNT_FEN) return refuse('AMOUNT_INVALID', '费用总额超过1亿元，请核对', FORM);
  return ok({
    totalFen,
    inScopeFen: totalFen - classBPrepayFen - overLimitFen - selfPayFen,
    classBPrepayFen,
    overLimitFen,
    selfPayFen,
  });
}

/** Add column-wise. */
export function addAmounts(a: FeeAmounts, b: FeeAmounts): FeeAmounts {
  return {
    totalFen: a.totalFen + b.totalFen,
    inScopeFen: a.inScopeFen + b.inScopeFen,
    classBPrepayFen: a.classBPrepayFen + b.classBPrepayFen,
    overLimitFen: a.overLimitFen + b.overLimitFen,
    selfPayFen: a.selfPayFen + b.selfPayFen,
  };
}

/** Zero in every column. */
export const NO_AMOUNTS: FeeAmounts = {
  totalFen: 0,
  inScopeFen: 0,
  classBPrepayFen: 0,
  overLimitFen: 0,
  selfPayFen: 0,
};
