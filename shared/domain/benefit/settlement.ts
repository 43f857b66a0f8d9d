/**
 * 待遇计算 — the settlement form (`001 附件4`) from itemised amounts: payment = (in-scope − deductible) × ratio,
 * capped by what is left of the annual ceiling; split across calendar years where the policy says so
 * (`001 §3(2)1`, `003 Art. 44`); flagged for cross-check at ≥ 30,000 yuan (`003 Art. 56`). All integer fen.
 * 总费用 = 基金支付合计 + 个人现金支付 holds by construction (personal cash is the total less the fund).
 */
import type { RegionPolicy } from '../../policy/schema';
import { type IsoDate, isIsoDate, yearOf } from '../calendar/isoDate';
import { ok, type Result, refuse } from '../errors';
import { cite, type Source } from '../sources';
import type { ExpenseType, HospitalLevel, InsuranceType, Treatment } from '../vocabulary';
import { STAY_EXPENSE_TYPES } from '../vocabulary';
import { addAmounts, type FeeAmounts, type FeeLine, isFen, itemiseFees, NO_AMOUNTS } from './amounts';
import { type CrossCheckFlag, feeCrossCheck } from './crossCheck';
import { splitAmountsByYear, stayDays, stayDaysByYear } from './crossYear';
import { benefitRatio, type RatioDecision } from './ratio';

/** What the reviewer enters or the e-voucher provides. */
export interface SettlementInput {
  readonly insuranceType: InsuranceType;
  readonly hospitalLevel: HospitalLevel;
  /** From `treatmentFor`. */
  readonly treatment: Treatment;
  readonly designatedInstitution: boolean;
  readonly expenseType: ExpenseType;
  readonly lines: readonly FeeLine[];
  readonly admissionDate: IsoDate;
  /** The discharge date (the visit date for outpatient and emergency). */
  readonly dischargeDate: IsoDate;
  /** Pooling-fund payments already made to this person in each calendar year, before this claim. */
  readonly paidBeforeByYear: Readonly<Record<number, number>>;
}

/** One calendar year's part of the settlement. */
export interface YearSettlement {
  readonly year: number;
  readonly days: number;
  readonly amounts: FeeAmounts;
  /** 起付标准 charged in this year. */
  readonly deductibleFen: number;
  /** In-scope amount above the deductible. */
  readonly eligibleFen: number;
  /** eligible × ratio, rounded half up to the fen, before the ceiling. */
  readonly computedFen: number;
  readonly fundFen: number;
  readonly personalCashFen: number;
  readonly annualCeilingFen: number;
  readonly paidBeforeFen: number;
  /** True when the annual ceiling cut the payment. */
  readonly capped: boolean;
}

/** A fund line of the form. */
export interface FundLine {
  readonly code: 'EMPLOYEE_POOLING' | 'RESIDENT_POOLING';
  readonly name: string;
  readonly amountFen: number;
}

/** The settlement form and how it was reached. */
export interface SettlementForm {
  readonly amounts: FeeAmounts;
  /** 基金支付合计. */
  readonly fundTotalFen: number;
  /** 个人现金支付. */
  readonly personalCashFen: number;
  /** 本次起付标准. */
  readonly deductibleFen: number;
  readonly ratio: RatioDecision;
  readonly funds: readonly FundLine[];
  readonly years: readonly YearSettlement[];
  readonly splitAcrossYears: boolean;
  /** 住院天数. */
  readonly stayDays: number;
  readonly crossCheck: CrossCheckFlag;
  readonly sources: readonly Source[];
}

const FUND_NAME: Record<InsuranceType, FundLine> = {
  EMPLOYEE: { code: 'EMPLOYEE_POOLING', name: '城镇职工基本医疗保险统筹基金', amountFen: 0 },
  RESIDENT: { code: 'RESIDENT_POOLING', name: '城镇居民基本医疗保险统筹基金', amountFen: 0 },
};

/** x × percent / 100 rounded half up, in integers. */
export function percentOf(amountFen: number, percent: number): number {
  return Math.floor((amountFen * percent + 50) / 100);
}

/** Compute the settlement form, or refuse malformed amounts or dates. */
export function calculateSettlement(policy: RegionPolicy, input: SettlementInput): Result<SettlementForm> {
  const form = cite('001', '附件4');
  if (!isIsoDate(input.admissionDate) || !isIsoDate(input.dischargeDate) || input.dischargeDate < input.admissionDate) {
    return refuse('STAY_DATES_INVALID', '出院（就诊结束）日期不能早于入院日期', form);
  }
  const paidBefore = Object.values(input.paidBeforeByYear);
  if (!paidBefore.every((v) => isFen(v, Number.MAX_SAFE_INTEGER))) {
    return refuse('AMOUNT_INVALID', '本年度已支付金额须为非负整数（分）', form);
  }
  const itemised = itemiseFees(input.lines);
  if (!itemised.ok) return itemised;
  const amounts = itemised.value;

  const parameters = policy.benefit.parameters[input.insuranceType];
  const ratio = benefitRatio(
    policy,
    input.insuranceType,
    input.hospitalLevel,
    input.treatment,
    input.designatedInstitution,
  );
  const split =
    policy.benefit.crossYear.mode === 'SPLIT_BY_DAILY_AVERAGE' && STAY_EXPENSE_TYPES.includes(input.expenseType);
  const days = split
    ? stayDaysByYear(input.admissionDate, input.dischargeDate)
    : [{ year: yearOf(input.dischargeDate), days: stayDays(input.admissionDate, input.dischargeDate) }];
  const parts = days.length > 1 ? splitAmountsByYear(amounts, days) : [amounts];

  // The stay's deductible is charged once, against the earliest year's in-scope amount first.
  let deductibleLeft = ratio.ratioPercent === 0 ? 0 : parameters.levels[input.hospitalLevel].deductibleFen;
  const years: YearSettlement[] = days.map(({ year, days: d }, i) => {
    const part = parts[i] ?? NO_AMOUNTS;
    const deductibleFen = Math.min(deductibleLeft, part.inScopeFen);
    deductibleLeft -= deductibleFen;
    const eligibleFen = part.inScopeFen - deductibleFen;
    const computedFen = percentOf(eligibleFen, ratio.ratioPercent);
    const paidBeforeFen = input.paidBeforeByYear[year] ?? 0;
    const room = Math.max(0, parameters.annualCeilingFen - paidBeforeFen);
    const fundFen = Math.min(computedFen, room);
    return {
      year,
      days: d,
      amounts: part,
      deductibleFen,
      eligibleFen,
      computedFen,
      fundFen,
      personalCashFen: part.totalFen - fundFen,
      annualCeilingFen: parameters.annualCeilingFen,
      paidBeforeFen,
      capped: fundFen < computedFen,
    };
  });

  const fundTotalFen = years.reduce((sum, y) => sum + y.fundFen, 0);
  const total = years.reduce((sum, y) => addAmounts(sum, y.amounts), NO_AMOUNTS);
  const crossYearSource = policy.benefit.crossYear.source;
  return ok({
    amounts: total,
    fundTotalFen,
    personalCashFen: total.totalFen - fundTotalFen,
    deductibleFen: years.reduce((sum, y) => sum + y.deductibleFen, 0),
    ratio,
    funds: [{ ...FUND_NAME[input.insuranceType], amountFen: fundTotalFen }],
    years,
    splitAcrossYears: years.length > 1,
    stayDays: stayDays(input.admissionDate, input.dischargeDate),
    crossCheck: feeCrossCheck(policy, input.expenseType, total.totalFen),
    sources: [
      form,
      ratio.baseSource,
      ...ratio.adjustments.map((a) => a.source),
      ...(years.length > 1 ? [crossYearSource] : []),
    ],
  });
}
