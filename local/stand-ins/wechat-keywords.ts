// WeChat's rules for subscribe-message keyword values (订阅消息参数值内容限制), as published with
// subscribeMessage.send: a keyword's type is its name without the trailing number (`thing1` → thing), and each type
// limits what its value may hold. Real WeChat answers 47003 when a value breaks its rule; so does the stand-in, so a
// notice that passes locally will not be bounced in production for length or format.

const han = /\p{Script=Han}/u;
const control = /\p{Cc}/u;

// Dates: y年m月d日, y年m月, m月d日, or joined by - / . (2018-01-01, 2018/01/01, 2018.01.01, 2018-01, 01-01).
const ymd = String.raw`(\d{4}年\d{1,2}月(\d{1,2}日)?|\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2})`;
// Times: 24-hour HH:MM or HH:MM:SS.
const hm = String.raw`([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?`;
const datePoint = `${ymd}( ${hm})?`;
const timePoint = `(${ymd} )?${hm}`;
// Either may be a range: two points joined by "~".
const datePattern = new RegExp(`^${datePoint}( ?~ ?${datePoint})?$`);
const timePattern = new RegExp(`^${timePoint}( ?~ ?${timePoint})?$`);

const length = (value: string) => [...value].length;

/** Each keyword type's rule; true when the value is acceptable. */
const rules: Readonly<Record<string, (value: string) => boolean>> = {
  // 20 characters at most: Chinese, digits, letters or symbols.
  thing: (v) => length(v) <= 20,
  // 32 digits at most, a decimal point allowed.
  number: (v) => v.length <= 32 && /^\d+(\.\d+)?$/.test(v),
  letter: (v) => /^[A-Za-z]{1,32}$/.test(v),
  // 5 symbols at most: no Chinese, letters or digits.
  symbol: (v) => length(v) <= 5 && /^[^\p{L}\p{N}\s]+$/u.test(v),
  // 32 digits, letters or symbols at most — no Chinese.
  character_string: (v) => /^[\x21-\x7e]{1,32}$/.test(v),
  time: (v) => timePattern.test(v),
  date: (v) => datePattern.test(v),
  // One currency sign, up to 10 digits, decimals allowed, may end in 元.
  amount: (v) => /^[¥￥$€£]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  // 17 characters at most: digits and symbols (+86-0766-66888866).
  phone_number: (v) => /^[\d+\-() ]{1,17}$/.test(v),
  // 8 at most; first and last may be Chinese, the rest letters or digits (粤A8Z888挂).
  car_number: (v) => length(v) <= 8 && /^[\p{Script=Han}A-Z0-9][A-Z0-9]*[\p{Script=Han}A-Z0-9]?$/u.test(v),
  // 10 Chinese characters, or 20 letters/symbols; a mix counts as Chinese.
  name: (v) => (han.test(v) ? length(v) <= 10 && !/\d/.test(v) : /^[A-Za-z\p{P}\p{S} ]{1,20}$/u.test(v)),
  // 5 Chinese characters at most, nothing else (配送中).
  phrase: (v) => /^\p{Script=Han}{1,5}$/u.test(v),
};

/** The keyword type of a data key (`character_string2` → `character_string`), or undefined if WeChat has none. */
export function keywordType(key: string): string | undefined {
  const type = key.replace(/\d+$/, '');
  return type in rules ? type : undefined;
}

/**
 * Why WeChat would refuse this keyword value (the text after `argument invalid!` in its 47003 errmsg), or undefined
 * when the value is acceptable.
 */
export function keywordProblem(key: string, entry: unknown): string | undefined {
  const type = keywordType(key);
  if (!type) return `data.${key} is not a valid keyword`;
  const raw = typeof entry === 'object' && entry !== null && 'value' in entry ? entry.value : undefined;
  if (raw === undefined || raw === null || raw === '') return `data.${key}.value is empty`;
  if (typeof raw !== 'string' && typeof raw !== 'number') return `data.${key}.value invalid`;
  const value = String(raw);
  if (control.test(value)) return `data.${key}.value invalid`;
  const rule = rules[type];
  return rule?.(value) ? undefined : `data.${key}.value invalid`;
}
