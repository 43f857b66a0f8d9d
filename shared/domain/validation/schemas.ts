/**
 * zod schemas with Chinese messages for the fields every form shares. Schemas that compare with "today" are built
 * from an explicit date (`todayInShanghai(now)`), never from the machine clock.
 */
import { z } from 'zod';
import { MAX_AMOUNT_FEN } from '../benefit/amounts';
import { type IsoDate, isIsoDate } from '../calendar/isoDate';
import {
  bankCardProblem,
  chineseNameProblem,
  idNumberProblem,
  mobilePhoneProblem,
  normaliseBankCard,
  normaliseIdNumber,
  normaliseName,
  normalisePhone,
} from './identity';
import { formatYuan, yuanToFen } from './money';

/** A check that returns a Chinese message or null, as a zod refinement. */
function checked(problem: (value: string) => string | null) {
  return (value: string, ctx: z.RefinementCtx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  };
}

const text = (label: string) => z.string({ error: `请填写${label}` });

/** 身份证号码, normalised (upper-case X). */
export function idNumberSchema(today: IsoDate) {
  return text('身份证号码')
    .transform(normaliseIdNumber)
    .superRefine(checked((v) => idNumberProblem(v, today)));
}

/** 银行卡号, normalised to digits. */
export const BankCardSchema = text('银行卡号').transform(normaliseBankCard).superRefine(checked(bankCardProblem));

/** 手机号码, normalised to 11 digits. */
export const MobilePhoneSchema = text('手机号码').transform(normalisePhone).superRefine(checked(mobilePhoneProblem));

/** 姓名, normalised middle dot. */
export const ChineseNameSchema = text('姓名').transform(normaliseName).superRefine(checked(chineseNameProblem));

/** A calendar date `YYYY-MM-DD`. */
export const IsoDateSchema = text('日期').refine(isIsoDate, { error: '日期格式应为“年-月-日”，如2025-03-08' });

/** A date that cannot be after today (visit, admission, discharge, signature). */
export function pastDateSchema(today: IsoDate, label = '日期') {
  return IsoDateSchema.refine((d) => d <= today, { error: `${label}不能晚于今天` });
}

/** Admission and discharge of a stay: both not after today, discharge not before admission. */
export function stayDatesSchema(today: IsoDate) {
  return z
    .object({ admissionDate: pastDateSchema(today, '入院日期'), dischargeDate: pastDateSchema(today, '出院日期') })
    .refine((s) => s.dischargeDate >= s.admissionDate, { error: '出院日期不能早于入院日期', path: ['dischargeDate'] });
}

/** Money as integer fen: non-negative, at most `maxFen` (default 1 亿元). */
export function fenSchema(maxFen = MAX_AMOUNT_FEN) {
  return z
    .number({ error: '请填写金额' })
    .int({ error: '金额须以分为单位的整数' })
    .nonnegative({ error: '金额不能为负数' })
    .max(maxFen, { error: `金额不能超过${formatYuan(maxFen)}元` });
}

/** Money typed in yuan ("1234.5") turned into integer fen without floating point. */
export function yuanInputSchema(maxFen = MAX_AMOUNT_FEN) {
  return text('金额').transform((value, ctx) => {
    const fen = yuanToFen(value);
    if (fen === null) {
      ctx.addIssue({ code: 'custom', message: '金额格式不正确，最多保留两位小数' });
      return z.NEVER;
    }
    if (fen > maxFen) {
      ctx.addIssue({ code: 'custom', message: `金额不能超过${formatYuan(maxFen)}元` });
      return z.NEVER;
    }
    return fen;
  });
}
