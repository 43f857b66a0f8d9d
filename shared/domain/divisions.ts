import { areaList } from '@vant/area-data';
import { MAINLAND_PROVINCES, MUNICIPALITIES, PROVINCE_LEVEL_FILING } from './provinces';

/** 行政区划 — GB/T 2260 division codes: province prefixes (ID numbers) and the prefecture level (filing destinations). */

export { MAINLAND_PROVINCES, MUNICIPALITIES, PROVINCE_LEVEL_FILING, RESIDENCE_PERMIT_PREFIXES } from './provinces';

/**
 * 地级行政区 — the prefecture-level divisions (地级市、地区、自治州、盟) of the mainland provinces and autonomous regions,
 * by 4-digit prefix (`4403` → 深圳市). Reference data from `@vant/area-data` (GB/T 2260 codes, kept current by its
 * maintainers), not a hand-typed list. Left out, because they are not cities: the municipalities' 市辖区/县 rows (the
 * municipality is the city) and the `90` rows 省（自治区）直辖县级行政区划, whose cities are in `DIRECT_COUNTY_LEVEL`.
 */
export const PREFECTURES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(areaList.city_list)
    .filter(([code]) => MAINLAND_PROVINCES[code.slice(0, 2)] && !MUNICIPALITIES.includes(code.slice(0, 2)))
    .filter(([code]) => code.slice(2, 4) !== '90' && code.endsWith('00'))
    .map(([code, name]) => [code.slice(0, 4), name]),
);

/**
 * 省（自治区）直辖县级行政区划 outside 海南 — county-level cities governed by the province itself, each its own place
 * (same reference data as `PREFECTURES`; 海南's files to the province, `002 §1(3)`).
 */
export const DIRECT_COUNTY_LEVEL: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(areaList.county_list).filter(
    ([code]) =>
      MAINLAND_PROVINCES[code.slice(0, 2)] &&
      code.slice(2, 4) === '90' &&
      !PROVINCE_LEVEL_FILING.includes(code.slice(0, 2)),
  ),
);

/** The city-level rows of a municipality in GB/T 2260 (市辖区 `xx01`; 重庆 also 县 `5002`): the municipality itself. */
export const MUNICIPALITY_CITY_ROWS: readonly string[] = ['1101', '1201', '3101', '5001', '5002'];
