/**
 * 身份证号码、银行卡号、手机号码、姓名 — checks with Chinese messages. Each `xxxProblem` returns the message for a bad
 * value or null; the zod schemas in `schemas.ts` are built on them so handlers and pages show the same words.
 */
import { type IsoDate, isIsoDate } from '../calendar/isoDate';
import { MAINLAND_PROVINCES, RESIDENCE_PERMIT_PREFIXES } from '../divisions';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The GB 11643 check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] ?? '';
}

/** Upper-case the check character and drop surrounding spaces. */
export function normaliseIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

/** The birth date in an 18-digit ID number. */
export function birthDateOf(idNumber: string): IsoDate {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

/** 公民身份号码 (GB 11643): 18 characters, known province prefix, real birth date not after today, check character. */
export function idNumberProblem(value: string, today: IsoDate): string | null {
  const id = normaliseIdNumber(value);
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号码应为18位，最后一位可以是数字或X';
  const prefix = id.slice(0, 2);
  if (!MAINLAND_PROVINCES[prefix] && !RESIDENCE_PERMIT_PREFIXES[prefix])
    return '身份证号码前两位不是有效的省级行政区划代码';
  const birth = birthDateOf(id);
  if (!isIsoDate(birth) || birth < '1900-01-01') return '身份证号码中的出生日期无效';
  if (birth > today) return '身份证号码中的出生日期晚于今天';
  if (idCheckCharacter(id) !== id[17]) return '身份证号码校验位不正确，请核对后重新输入';
  return null;
}

/** Digits only: spaces and hyphens removed. */
export function normaliseBankCard(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** Luhn (mod 10) check of a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** 银行卡号: 12–19 digits and a valid Luhn check digit. */
export function bankCardProblem(value: string): string | null {
  const digits = normaliseBankCard(value);
  if (!/^\d{12,19}$/.test(digits)) return '银行卡号应为12至19位数字';
  if (!luhnValid(digits)) return '银行卡号校验不通过，请核对后重新输入';
  return null;
}

/** Mobile number without spaces, hyphens or the +86 prefix. */
export function normalisePhone(value: string): string {
  return value.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
}

/** 手机号码: 11 digits starting 13–19. */
export function mobilePhoneProblem(value: string): string | null {
  return /^1[3-9]\d{9}$/.test(normalisePhone(value)) ? null : '请输入11位手机号码';
}

/** Middle-dot look-alikes (•・．‧) replaced by the standard 间隔号 U+00B7, spaces removed. */
export function normaliseName(value: string): string {
  return value.replace(/\s/g, '').replace(/[•・．‧∙⋅]/g, '·');
}

/** 姓名: Chinese characters, 2–30 of them, a middle dot allowed between parts (阿依古丽·买买提). */
export function chineseNameProblem(value: string): string | null {
  const name = normaliseName(value);
  if (name === '') return '请输入姓名';
  if (!/^\p{Script=Han}+(·\p{Script=Han}+)*$/u.test(name)) {
    return '姓名只能包含汉字，少数民族姓名可用间隔号“·”分隔';
  }
  const length = [...name.replace(/·/g, '')].length;
  if (length < 2 || length > 30) return '姓名应为2至30个汉字';
  return null;
}
