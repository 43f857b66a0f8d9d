/** 脱敏 — masking for every API response and screen that does not need the whole value (SPEC.md §6). */
import { normaliseBankCard, normalisePhone } from './identity';

/** `110101199003071234` → `110***********1234` (first 3, last 4). */
export function maskIdNumber(id: string): string {
  const v = id.trim();
  if (v.length <= 7) return '*'.repeat(v.length);
  return `${v.slice(0, 3)}${'*'.repeat(v.length - 7)}${v.slice(-4)}`;
}

/** `6222021234567890123` → `6222 **** **** *** 0123`; a 16-digit card → `6222 **** **** 1234`. */
export function maskBankCard(card: string): string {
  const v = normaliseBankCard(card);
  if (v.length <= 8) return '*'.repeat(v.length);
  const stars = '*'.repeat(v.length - 8).replace(/(.{4})(?=.)/g, '$1 ');
  return `${v.slice(0, 4)} ${stars} ${v.slice(-4)}`;
}

/** `13812345678` → `138****5678`. */
export function maskPhone(phone: string): string {
  const v = normalisePhone(phone);
  if (v.length <= 7) return '*'.repeat(v.length);
  return `${v.slice(0, 3)}${'*'.repeat(v.length - 7)}${v.slice(-4)}`;
}

/** 姓名脱敏 — `王秀兰` → `王*兰`, `李伟` → `李*`, `阿依古丽·买买提` → `阿******提`. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
