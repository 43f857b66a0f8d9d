/**
 * 订阅消息模板 — the four WeChat subscribe-message templates the app asks for (SPEC §5) and WeChat's limits on
 * keyword values (订阅消息参数值内容限制): a `thing` holds at most 20 characters, a `phrase` at most 5 Chinese
 * characters, a `character_string` at most 32 ASCII characters, a `date` is `2025-01-15` or `2025年1月15日`.
 * A value WeChat would bounce (errcode 47003) loses the notice, so every value is fitted here, once, before it is
 * written to the outbox. (The WeChat stand-in checks the same limits independently, as WeChat itself would.)
 */

/** 通知种类 — which template a notice uses; the mini-program asks the user for these at submission. */
export const NOTICE_KIND = {
  ACCEPTANCE_RESULT: '受理结果',
  SUPPLEMENT_NOTICE: '补正通知',
  HANDLING_RESULT: '办理结果',
  FILING_RESULT: '备案结果',
} as const;
export type NoticeKind = keyof typeof NOTICE_KIND;
export const NOTICE_KINDS = Object.keys(NOTICE_KIND) as [NoticeKind, ...NoticeKind[]];

/**
 * Each template's keywords (data key → what it shows). The keys are the ones the templates are registered with in
 * the WeChat admin console; the notifier (issue 5) maps a kind to its template id.
 */
export const NOTICE_TEMPLATE = {
  ACCEPTANCE_RESULT: {
    thing1: '办理事项',
    phrase2: '受理结果',
    character_string3: '办件编号',
    date4: '受理日期',
    thing5: '温馨提示',
  },
  SUPPLEMENT_NOTICE: {
    thing1: '办理事项',
    thing2: '需补正材料',
    character_string3: '办件编号',
    date4: '告知日期',
    thing5: '温馨提示',
  },
  HANDLING_RESULT: {
    thing1: '办理事项',
    phrase2: '办理结果',
    character_string3: '办件编号',
    date4: '办理日期',
    thing5: '温馨提示',
  },
  FILING_RESULT: {
    thing1: '备案类型',
    thing2: '就医地',
    phrase3: '审核结果',
    date4: '办理日期',
    thing5: '温馨提示',
  },
} as const satisfies Record<NoticeKind, Record<string, string>>;

/** The keyword values of a notice of kind K: every keyword of its template, as text. */
export type NoticeData<K extends NoticeKind> = { readonly [key in keyof (typeof NOTICE_TEMPLATE)[K]]: string };

const THING_MAX = 20;
const ELLIPSIS = '…';
const PHRASE = /^\p{Script=Han}{1,5}$/u;
const CHARACTER_STRING = /^[\x21-\x7e]{1,32}$/;
const DATE = /^(\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日)$/;
// Control characters are refused by WeChat in every keyword type; line breaks become spaces.
const CONTROL = /\p{Cc}+/gu;

/** A `thing` value cut to WeChat's 20 characters (by code point, ending in "…" when cut). */
export function fitThing(value: string): string {
  const chars = [...value.replace(CONTROL, ' ').trim()];
  if (chars.length === 0) return '—';
  return chars.length <= THING_MAX ? chars.join('') : `${chars.slice(0, THING_MAX - 1).join('')}${ELLIPSIS}`;
}

/**
 * The value of keyword `key` as WeChat accepts it: `thing` values are cut to 20 characters; values of the other
 * types are chosen by code (a phrase like 已通过, an id, an ISO date), so one that does not fit is a programming
 * error and throws.
 */
export function fitKeyword(key: string, value: string): string {
  const type = key.replace(/\d+$/, '');
  if (type === 'thing') return fitThing(value);
  const ok =
    (type === 'phrase' && PHRASE.test(value)) ||
    (type === 'character_string' && CHARACTER_STRING.test(value)) ||
    (type === 'date' && DATE.test(value));
  if (!ok) throw new RangeError(`notice keyword ${key}: value does not fit WeChat's ${type} rule`);
  return value;
}

/** Every keyword of a notice, fitted to WeChat's limits (throws when a keyword is missing or unknown). */
export function fitNoticeData<K extends NoticeKind>(kind: K, data: NoticeData<K>): Record<string, string> {
  const template: Record<string, string> = NOTICE_TEMPLATE[kind];
  const values = data as Readonly<Record<string, string>>;
  const out: Record<string, string> = {};
  for (const key of Object.keys(template)) {
    const value = values[key];
    if (value === undefined) throw new RangeError(`notice ${kind}: keyword ${key} is missing`);
    out[key] = fitKeyword(key, value);
  }
  for (const key of Object.keys(values)) {
    if (!(key in template)) throw new RangeError(`notice ${kind}: keyword ${key} is not in its template`);
  }
  return out;
}
