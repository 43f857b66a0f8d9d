/**
 * 备案就医地 — a filing's destination is a city (地级市 / 直辖市), or the province for 海南 and 西藏; never a hospital
 * (`002 §1(3)`: 一律备案到就医市（包括地级市和直辖市），海南省和西藏自治区备案到省级，不得备案到具体定点医疗机构;
 * `003 Art. 12`; `004 §3(3)`). A code below that level (a county, a district; a city of 海南/西藏) is refused, not
 * lifted: the applicant is told which city (or province) it belongs to, and the refusal carries that code so the app
 * can offer it in one tap.
 */
import {
  DIRECT_COUNTY_LEVEL,
  MAINLAND_PROVINCES,
  MUNICIPALITIES,
  MUNICIPALITY_CITY_ROWS,
  PREFECTURES,
  PROVINCE_LEVEL_FILING,
} from '../divisions';
import { ok, type Refusal, type Result, refuse } from '../errors';
import type { Source } from '../sources';

/** Where a filing points: a 6-digit GB/T 2260 code at the level filings use. */
export interface Destination {
  readonly code: string;
  readonly level: 'CITY' | 'PROVINCE';
}

/** The `90` rows of GB/T 2260: 省（自治区）直辖县级行政区划. */
const DIRECT_GROUP = '90';

function invalid(code: string, source: Source, message?: string): Refusal {
  return refuse(
    'DESTINATION_INVALID',
    message ?? '就医地须选择到地级市（直辖市；海南、西藏选择到省），不能备案到具体医疗机构',
    source,
    { code },
  );
}

/** Refuse a code below the filing level, naming the destination it belongs to (`details.suggestedCode`). */
function belowFilingLevel(
  code: string,
  suggested: { code: string; name: string },
  message: string,
  source: Source,
): Refusal {
  return refuse('DESTINATION_TOO_NARROW', message, source, {
    code,
    suggestedCode: suggested.code,
    suggestedName: suggested.name,
  });
}

/**
 * The filing destination for the division code the applicant picked: the code itself when it is a city (地级市,
 * 直辖市 — also its 市辖区/县 row —, or a county-level city governed by the province, 省直辖县级市) or the province of
 * 海南/西藏. A county, a municipality's district, or a city or county of 海南/西藏 is refused with the destination it
 * belongs to; a whole ordinary province is too broad; anything else is not a division code.
 */
export function filingDestination(code: string, source: Source): Result<Destination> {
  const prefix = code.slice(0, 2);
  const province = MAINLAND_PROVINCES[prefix];
  if (!/^\d{6}$/.test(code) || !province) return invalid(code, source);
  const notADivision = `${code}不是有效的行政区划代码，请重新选择就医地`;
  const city = code.slice(0, 4);
  const provinceCode = `${prefix}0000`;
  const isCityRow = code.endsWith('00');

  if (PROVINCE_LEVEL_FILING.includes(prefix)) {
    if (code === provinceCode) return ok({ code, level: 'PROVINCE' });
    if (!PREFECTURES[city] && code.slice(2, 4) !== DIRECT_GROUP) return invalid(code, source, notADivision);
    return belowFilingLevel(
      code,
      { code: provinceCode, name: province },
      `${province}的备案就医地应选择到省：${code}属于${province}，请选择“${province}”`,
      source,
    );
  }

  if (MUNICIPALITIES.includes(prefix)) {
    if (code === provinceCode || (MUNICIPALITY_CITY_ROWS.includes(city) && isCityRow)) {
      return ok({ code: provinceCode, level: 'CITY' });
    }
    if (!MUNICIPALITY_CITY_ROWS.includes(city)) return invalid(code, source, notADivision);
    return belowFilingLevel(
      code,
      { code: provinceCode, name: province },
      `备案就医地应选择到市：${code}属于${province}，请选择“${province}”`,
      source,
    );
  }

  if (code === provinceCode) {
    return refuse('DESTINATION_TOO_BROAD', `请在${province}中选择具体的地级市`, source, { code });
  }
  if (code.slice(2, 4) === DIRECT_GROUP) {
    if (DIRECT_COUNTY_LEVEL[code]) return ok({ code, level: 'CITY' });
    if (isCityRow) {
      return refuse('DESTINATION_TOO_BROAD', `请在${province}中选择具体的省直辖县级市`, source, { code });
    }
    return invalid(code, source, notADivision);
  }
  const cityName = PREFECTURES[city];
  if (!cityName) return invalid(code, source, notADivision);
  if (isCityRow) return ok({ code, level: 'CITY' });
  return belowFilingLevel(
    code,
    { code: `${city}00`, name: cityName },
    `备案就医地应选择到市：${code}属于${province}${cityName}，请选择“${cityName}”`,
    source,
  );
}

/**
 * The filing destination a division code lies in, for matching a place (a visit, the insured place) against filings:
 * its city, its municipality, 海南/西藏 as a whole, or the 省直辖县级市 itself; null for a code above city level.
 */
function filingPlaceOf(code: string): string | null {
  if (!/^\d{6}$/.test(code)) return null;
  const prefix = code.slice(0, 2);
  if (PROVINCE_LEVEL_FILING.includes(prefix) || MUNICIPALITIES.includes(prefix)) return `${prefix}0000`;
  if (code.endsWith('0000')) return null;
  if (code.slice(2, 4) === DIRECT_GROUP) return code.endsWith('00') ? null : code;
  return `${code.slice(0, 4)}00`;
}

/** Whether two division codes fall in the same filing destination (same city, or same 海南/西藏/直辖市). */
export function sameFilingPlace(a: string, b: string): boolean {
  const place = filingPlaceOf(a);
  return place !== null && place === filingPlaceOf(b);
}

/**
 * 就医地 as a letter names it (`001 附件1`: 就医地): the province and the city (海南省 alone, 上海市 once, 湖北省仙桃市 for
 * a 省直辖县级市), from the reference data the destination was checked against.
 */
export function destinationName(destination: Destination): string {
  const prefix = destination.code.slice(0, 2);
  const province = MAINLAND_PROVINCES[prefix] ?? '';
  if (destination.level === 'PROVINCE' || MUNICIPALITIES.includes(prefix)) return province;
  const city = DIRECT_COUNTY_LEVEL[destination.code] ?? PREFECTURES[destination.code.slice(0, 4)] ?? '';
  return `${province}${city}`;
}
