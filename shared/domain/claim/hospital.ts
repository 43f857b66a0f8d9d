/**
 * 医疗机构 — how the claim wizard names an institution's place and level: the city (地级市, 直辖市, 省直辖县级市) of a
 * GB/T 2260 code from the division reference data (divisions.ts), and the level in words (vocabulary.ts).
 */
import { DIRECT_COUNTY_LEVEL, MAINLAND_PROVINCES, MUNICIPALITIES, PREFECTURES } from '../divisions';
import { HOSPITAL_LEVEL, type HospitalLevel } from '../vocabulary';

/** The city's name of a 6-digit division code (上海市, 三亚市, 仙桃市); '' for a code that names no city. */
export function cityNameOf(code: string): string {
  if (!/^\d{6}$/.test(code)) return '';
  const province = code.slice(0, 2);
  if (MUNICIPALITIES.includes(province)) return MAINLAND_PROVINCES[province] ?? '';
  return DIRECT_COUNTY_LEVEL[code] ?? PREFECTURES[code.slice(0, 4)] ?? '';
}

/** The level in words (三级, 二级, 一级及以下); 等级未知 when the directory gives none. */
export function hospitalLevelName(level: HospitalLevel | null): string {
  return level ? HOSPITAL_LEVEL[level] : '等级未知';
}
