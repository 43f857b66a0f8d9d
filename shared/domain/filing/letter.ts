/** 承诺书填写 — filling the blanks of a commitment letter (`001 附件1–2`) for the signing screen and the PDF. */
import type { LetterTemplate } from '../../policy/schema';
import { ok, type Result, refuse } from '../errors';
import { MAINLAND_PROVINCES, MUNICIPALITIES } from '../provinces';
import { FILING_TYPE, type FilingType } from '../vocabulary';

/** The person-category line of `001 附件1`, with the applicant's category ticked (☑) and the others open (□). */
export function renderPersonCategories(type: FilingType): string {
  const box = (t: FilingType) => `${t === type ? '☑' : '□'}${FILING_TYPE[t]}`;
  const longTerm = (['RETIREE_RESETTLED', 'LONG_TERM_RESIDENT', 'STATIONED_WORKER'] as const).map(box).join(' ');
  const temporary = `${box('REFERRAL').replace('异地转诊人员', '异地转诊就医人员')} ${box('TEMPORARY_OTHER').replace('其他临时外出就医人员', '其他异地临时外出就医人员')}`;
  return `异地长期居住人员：${longTerm}；异地临时外出就医人员：${temporary}`;
}

/** The letter's text with every blank filled; refused if a blank is missing or empty. */
export function fillLetter(template: LetterTemplate, values: Readonly<Record<string, string>>): Result<string> {
  const missing = template.fields.filter((f) => (values[f.key] ?? '').trim() === '');
  if (missing.length > 0) {
    return refuse('LETTER_FIELD_MISSING', `请填写：${missing.map((f) => f.label).join('、')}`, template.source, {
      fields: missing.map((f) => f.key),
    });
  }
  return ok(template.body.replace(/\{\{(\w+)\}\}/g, (_, key: string) => (values[key] ?? '').trim()));
}

/** How an empty blank shows in a preview (the paper form's line). */
export const EMPTY_BLANK = '＿＿＿＿';

/**
 * The letter as it will read, for showing before signing: every blank filled from `values`, an empty one shown as
 * `EMPTY_BLANK`, and the keys of the empty ones (`fillLetter` would refuse them when signing).
 */
export function previewLetter(
  template: LetterTemplate,
  values: Readonly<Record<string, string>>,
): { text: string; missing: string[] } {
  const missing = template.fields.filter((f) => (values[f.key] ?? '').trim() === '').map((f) => f.key);
  const text = template.body.replace(/\{\{(\w+)\}\}/g, (_, key: string) => (values[key] ?? '').trim() || EMPTY_BLANK);
  return { text, missing };
}

/** 性别 as the letter's blank has it (`001 附件1`: 性别), from the registry's code. */
export const SEX_NAME: Readonly<Record<'F' | 'M', string>> = { F: '女', M: '男' };

/**
 * 参保地 as the letter's blank has it: the province and the city (山西省太原市); a municipality (上海市) once.
 * `cityName` is the registry's name of the insured city.
 */
export function insuredPlaceName(cityCode: string, cityName: string): string {
  const province = MAINLAND_PROVINCES[cityCode.slice(0, 2)] ?? '';
  if (MUNICIPALITIES.includes(cityCode.slice(0, 2)) || cityName === province || cityName.startsWith(province)) {
    return cityName || province;
  }
  return `${province}${cityName}`;
}
