/**
 * 发卡机构号段 — the issuer ranges a bank card number for a reimbursement payment may start with, and the lengths each
 * scheme issues. A card number is the issuer identification number (发卡行标识代码, BIN), the account number and a Luhn
 * check digit (ISO/IEC 7812-1). Ranges and lengths follow the scheme table of `credit-card-type` 10.3.0 (Braintree,
 * MIT, src/lib/card-types.ts), narrowed to what Chinese banks issue personal cards under:
 * - 中国银联 UnionPay: the whole `62` range (ISO/IEC 7812 gives it to UnionPay; the library's sub-ranges would refuse a
 *   new BIN of a domestic bank inside it) and `8100`–`8171`, the library's newer UnionPay ranges;
 * - co-branded international cards of domestic banks: Visa `4`, Mastercard `51`–`55` and `2221`–`2720`, JCB
 *   `3528`–`3589`.
 * Left out: American Express (15 digits; issued in China as credit cards only, not an account a benefit is paid to),
 * Diners, Discover and the other foreign schemes; and older domestic BINs outside these ranges (9558…, 95599…,
 * 601382…), which no well-kept offline table lists — such a number is refused with a message to check it.
 */

/** One card scheme: its name as shown to the applicant, the prefixes (or ranges of prefixes) and the lengths. */
export interface CardScheme {
  readonly scheme: 'UNIONPAY' | 'VISA' | 'MASTERCARD' | 'JCB';
  readonly name: string;
  /** A prefix, or an inclusive range of prefixes of the same number of digits. */
  readonly prefixes: readonly (string | readonly [string, string])[];
  readonly lengths: readonly number[];
}

export const CARD_SCHEMES: readonly CardScheme[] = [
  { scheme: 'UNIONPAY', name: '银联卡', prefixes: ['62', ['8100', '8171']], lengths: [16, 17, 18, 19] },
  { scheme: 'VISA', name: 'Visa卡', prefixes: ['4'], lengths: [16, 18, 19] },
  {
    scheme: 'MASTERCARD',
    name: '万事达卡',
    prefixes: [
      ['51', '55'],
      ['2221', '2720'],
    ],
    lengths: [16],
  },
  { scheme: 'JCB', name: 'JCB卡', prefixes: [['3528', '3589']], lengths: [16, 17, 18, 19] },
];

function startsWithin(digits: string, prefix: string | readonly [string, string]): boolean {
  if (typeof prefix === 'string') return digits.startsWith(prefix);
  const [low, high] = prefix;
  const head = digits.slice(0, low.length);
  return head.length === low.length && head >= low && head <= high;
}

/** The scheme whose issuer range a digit string starts in (whatever its length), or null. */
export function cardSchemeOf(digits: string): CardScheme | null {
  return CARD_SCHEMES.find((s) => s.prefixes.some((p) => startsWithin(digits, p))) ?? null;
}
