import { areaList } from '@vant/area-data';

// GB/T 2260 from @vant/area-data, read here once for every journey: the package exports one object (provinces,
// cities, counties); only the provinces, the cities (地级市) and the county-level cities governed by a province
// (省直辖县级市, the `90` rows) are read. A municipality (北京、天津、上海、重庆) has its city, itself (110100 北京市).

/** 台湾、香港、澳门 are outside the mainland's cross-region settlement. */
const OUTSIDE = ['71', '81', '82'];

export interface Division {
  code: string;
  name: string;
}

/** The provinces, in code order. */
export function provinces(): Division[] {
  return Object.entries(areaList.province_list)
    .filter(([code]) => !OUTSIDE.includes(code.slice(0, 2)))
    .map(([code, name]) => ({ code, name }));
}

/** The cities of a province: 地级市 and 省直辖县级市 (never a county or a district). */
export function citiesOf(provinceCode: string): Division[] {
  const prefix = provinceCode.slice(0, 2);
  const cities = Object.entries(areaList.city_list)
    .filter(([code]) => code.startsWith(prefix) && code.slice(2, 4) !== '90')
    .map(([code, name]) => ({ code, name }));
  const direct = Object.entries(areaList.county_list)
    .filter(([code]) => code.startsWith(`${prefix}90`))
    .map(([code, name]) => ({ code, name }));
  return [...cities, ...direct];
}

/**
 * A place's name for people: 北京市 (110000 or 110100), 海南省 (460000), 海南省三亚市 (460200); the province alone
 * when the city is not known, the code as given when the province is not.
 */
export function placeName(code: string): string {
  const province = areaList.province_list[`${code.slice(0, 2)}0000`];
  if (!province) return code;
  const city = areaList.city_list[code] ?? areaList.county_list[code];
  if (!city) return province;
  return city === province ? city : `${province}${city}`;
}
