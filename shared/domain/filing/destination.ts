/**
 * 备案就医地 — a filing's destination is a city (地级市 / 直辖市), or the province for 海南 and 西藏; never a hospital
 * (`002 §1(3)`, `003 Art. 12`, `004 §3(3)`).
 */
import { MAINLAND_PROVINCES, MUNICIPALITIES, PROVINCE_LEVEL_FILING } from '../divisions';
import { ok, type Result, refuse } from '../errors';
import type { Source } from '../sources';

/** Where a filing points: a 6-digit GB/T 2260 code at the level filings use. */
export interface Destination {
  readonly code: string;
  readonly level: 'CITY' | 'PROVINCE';
}

/**
 * The filing destination for a division code the applicant picked: a county is lifted to its city, any code in
 * 海南/西藏 to the province, a municipality's district to the municipality. A hospital or a whole province is refused.
 */
export function filingDestination(code: string, source: Source): Result<Destination> {
  if (!/^\d{6}$/.test(code) || !MAINLAND_PROVINCES[code.slice(0, 2)]) {
    return refuse(
      'DESTINATION_INVALID',
      '就医地须选择到地级市（直辖市；海南、西藏选择到省），不能备案到具体医疗机构',
      source,
      { code },
    );
  }
  const prefix = code.slice(0, 2);
  if (PROVINCE_LEVEL_FILING.includes(prefix)) return ok({ code: `${prefix}0000`, level: 'PROVINCE' });
  if (MUNICIPALITIES.includes(prefix)) return ok({ code: `${prefix}0000`, level: 'CITY' });
  if (code.endsWith('0000')) {
    return refuse('DESTINATION_TOO_BROAD', `请在${MAINLAND_PROVINCES[prefix]}中选择具体的地级市`, source, { code });
  }
  return ok({ code: `${code.slice(0, 4)}00`, level: 'CITY' });
}

/** Whether two division codes fall in the same filing destination (same city, or same 海南/西藏/直辖市). */
export function sameFilingPlace(a: string, b: string): boolean {
  const prefix = a.slice(0, 2);
  if (prefix !== b.slice(0, 2)) return false;
  if (PROVINCE_LEVEL_FILING.includes(prefix) || MUNICIPALITIES.includes(prefix)) return true;
  return a.slice(0, 4) === b.slice(0, 4) && !a.endsWith('0000') && !b.endsWith('0000');
}
