/**
 * 身份证号码、银行卡号、手机号码、姓名 — checks with Chinese messages. Each `xxxProblem` returns the message for a bad
 * value or null; the zod schemas in `schemas.ts` are built on them so handlers and pages show the same words.
 */
import { type IsoDate, isIsoDate } from '../calendar/isoDate';
import { MAINLAND_PROVINCES, RESIDENCE_PERMIT_PREFIXES } from '../provinces';
import { cardSchemeOf } from './cardIssuers';

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

/**
 * Whether 18 characters have the form of a 公民身份号码 or residence-permit number (GB 11643): known prefix, a real
 * birth date from 1900 on, and the right check character. No "today" is needed, so it also serves checks of other
 * numbers (a bank card that is an ID number).
 */
export function hasIdNumberForm(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const prefix = id.slice(0, 2);
  if (!MAINLAND_PROVINCES[prefix] && !RESIDENCE_PERMIT_PREFIXES[prefix]) return false;
  const birth = birthDateOf(id);
  return isIsoDate(birth) && birth >= '1900-01-01' && idCheckCharacter(id) === id[17];
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

/**
 * 银行卡号 (SPEC §3.3: the account the benefit is paid to): 16–19 digits, not one digit repeated, not an ID number nor
 * one with a digit added before or after (Luhn passes one such digit in ten, and 62… is also 甘肃's prefix), inside
 * the issuer range of a scheme Chinese banks issue personal cards under and of a length that scheme issues
 * (`cardIssuers.ts`), and a valid Luhn check digit.
 */
export function bankCardProblem(value: string): string | null {
  const digits = normaliseBankCard(value);
  if (!/^\d{16,19}$/.test(digits)) return '银行卡号应为16至19位数字';
  if (/^(\d)\1+$/.test(digits)) return '银行卡号不能全部是同一个数字，请核对后重新输入';
  if (digits.length === 18 && hasIdNumberForm(digits)) return '这是身份证号码，请填写银行卡卡号';
  if (digits.length === 19 && (hasIdNumberForm(digits.slice(0, 18)) || hasIdNumberForm(digits.slice(1)))) {
    return '这像是身份证号码多了一位数字，请填写银行卡卡号';
  }
  const scheme = cardSchemeOf(digits);
  if (!scheme) return '银行卡号的开头不对，请核对卡号（国内银行卡一般以62开头）';
  if (!scheme.lengths.includes(digits.length)) {
    return `${scheme.name}卡号应为${scheme.lengths.join('、')}位，请核对后重新输入`;
  }
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
