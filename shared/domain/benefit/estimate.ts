/**
 * 预估报销金额 — the settlement form (`001 附件4`) as the applicant's summary shows it before submitting: each figure
 * with a plain line and its 依据, what remains the applicant's broken down, and the form's identities checked. It only
 * reads a `SettlementForm` that `calculateSettlement` made: the rule is there, once, for the reviewer's preview and
 * the applicant's estimate alike.
 */
import { cite, type Source } from '../sources';
import type { SettlementForm } from './settlement';

/** The figures of the estimate, in the order of the settlement form. */
export const ESTIMATE_FIGURES = [
  'TOTAL',
  'IN_SCOPE',
  'CLASS_B_PREPAY',
  'OVER_LIMIT',
  'SELF_PAY',
  'DEDUCTIBLE',
  'ELIGIBLE',
  'FUND',
  'PERSONAL_CASH',
] as const;
export type EstimateFigureCode = (typeof ESTIMATE_FIGURES)[number];

/** One figure: what it is called on the form, the amount (integer fen), a plain line, and its 依据. */
export interface EstimateFigure {
  readonly code: EstimateFigureCode;
  readonly name: string;
  readonly amountFen: number;
  readonly explanation: string;
  readonly source: Source;
}

/** The parts of 个人现金支付 (what remains the applicant's), which add up to it. */
export const PERSONAL_PARTS = [
  'CLASS_B_PREPAY',
  'OVER_LIMIT',
  'SELF_PAY',
  'DEDUCTIBLE',
  'CO_PAYMENT',
  'ABOVE_CEILING',
] as const;
export type PersonalPartCode = (typeof PERSONAL_PARTS)[number];

/** One part of what remains the applicant's. */
export interface PersonalPart {
  readonly code: PersonalPartCode;
  readonly name: string;
  readonly amountFen: number;
}

/** One identity of the settlement form, with whether the figures satisfy it. */
export interface FormIdentity {
  readonly formula: string;
  readonly holds: boolean;
}

/** The estimate as the summary shows it. */
export interface SettlementEstimate {
  readonly figures: readonly EstimateFigure[];
  /** 基金支付合计 — the expected reimbursement. */
  readonly fundPaymentFen: number;
  /** 个人现金支付 — what remains the applicant's. */
  readonly personalCashFen: number;
  readonly personalParts: readonly PersonalPart[];
  readonly identities: readonly FormIdentity[];
}

const FORM = cite('001', '附件4');

/** x yuan with two decimals, for the plain lines (amounts themselves stay in fen). */
function yuan(fen: number): string {
  return `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}元`;
}

/** The estimate of a calculated settlement form: figures with their 依据, the applicant's parts, the identities. */
export function settlementEstimate(form: SettlementForm): SettlementEstimate {
  const { amounts, ratio } = form;
  const eligibleFen = form.years.reduce((sum, y) => sum + y.eligibleFen, 0);
  const computedFen = form.years.reduce((sum, y) => sum + y.computedFen, 0);
  const ceiling = form.years.find((y) => y.capped);
  const parameters = ratio.baseSource;
  const ratioLine =
    ratio.ratioPercent === ratio.basePercent
      ? `支付比例${ratio.ratioPercent}%`
      : `支付比例${ratio.basePercent}%调整为${ratio.ratioPercent}%`;
  const figures: EstimateFigure[] = [
    {
      code: 'TOTAL',
      name: '总费用',
      amountFen: amounts.totalFen,
      explanation: '电子票据上的医疗费用总额',
      source: FORM,
    },
    {
      code: 'IN_SCOPE',
      name: '统筹基金支付范围内费用',
      amountFen: amounts.inScopeFen,
      explanation: '医保目录内、可由统筹基金按比例支付的费用',
      source: FORM,
    },
    {
      code: 'CLASS_B_PREPAY',
      name: '乙类先行自付',
      amountFen: amounts.classBPrepayFen,
      explanation: '乙类药品、项目中须个人先行负担的部分',
      source: FORM,
    },
    {
      code: 'OVER_LIMIT',
      name: '超限价自付',
      amountFen: amounts.overLimitFen,
      explanation: '超出医保支付限价、须个人负担的部分',
      source: FORM,
    },
    {
      code: 'SELF_PAY',
      name: '自费',
      amountFen: amounts.selfPayFen,
      explanation: '医保目录外的费用，由个人负担',
      source: FORM,
    },
    {
      code: 'DEDUCTIBLE',
      name: '起付标准',
      amountFen: form.deductibleFen,
      explanation:
        ratio.ratioPercent === 0
          ? '统筹基金不予支付，不计起付标准'
          : '统筹基金支付范围内费用中，起付标准以下的部分由个人负担',
      source: parameters,
    },
    {
      code: 'ELIGIBLE',
      name: '起付标准以上的统筹基金支付范围内费用',
      amountFen: eligibleFen,
      explanation: '统筹基金支付范围内费用减去起付标准',
      source: FORM,
    },
    {
      code: 'FUND',
      name: '基金支付合计',
      amountFen: form.fundTotalFen,
      explanation: ceiling
        ? `起付标准以上的费用按${ratioLine}计算，超过年度最高支付限额${yuan(ceiling.annualCeilingFen)}的部分不予支付`
        : `起付标准以上的费用按${ratioLine}计算`,
      source: FORM,
    },
    {
      code: 'PERSONAL_CASH',
      name: '个人现金支付',
      amountFen: form.personalCashFen,
      explanation: '总费用中统筹基金不支付、由个人负担的部分',
      source: FORM,
    },
  ];
  const personalParts: PersonalPart[] = [
    { code: 'CLASS_B_PREPAY', name: '乙类先行自付', amountFen: amounts.classBPrepayFen },
    { code: 'OVER_LIMIT', name: '超限价自付', amountFen: amounts.overLimitFen },
    { code: 'SELF_PAY', name: '自费', amountFen: amounts.selfPayFen },
    { code: 'DEDUCTIBLE', name: '起付标准以下', amountFen: form.deductibleFen },
    { code: 'CO_PAYMENT', name: '统筹基金支付比例以外的部分', amountFen: eligibleFen - computedFen },
    { code: 'ABOVE_CEILING', name: '超过年度最高支付限额的部分', amountFen: computedFen - form.fundTotalFen },
  ];
  const partsFen = personalParts.reduce((sum, p) => sum + p.amountFen, 0);
  const columnsFen = amounts.inScopeFen + amounts.classBPrepayFen + amounts.overLimitFen + amounts.selfPayFen;
  const identities: FormIdentity[] = [
    {
      formula: '总费用 = 统筹基金支付范围内费用 + 乙类先行自付 + 超限价自付 + 自费',
      holds: amounts.totalFen === columnsFen,
    },
    {
      formula: '总费用 = 基金支付合计 + 个人现金支付',
      holds: amounts.totalFen === form.fundTotalFen + form.personalCashFen,
    },
    {
      formula: '个人现金支付 = 乙类先行自付 + 超限价自付 + 自费 + 起付标准以下 + 支付比例以外 + 超过年度限额',
      holds: form.personalCashFen === partsFen,
    },
  ];
  return {
    figures,
    fundPaymentFen: form.fundTotalFen,
    personalCashFen: form.personalCashFen,
    personalParts,
    identities,
  };
}
