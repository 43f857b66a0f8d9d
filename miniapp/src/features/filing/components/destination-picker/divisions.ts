import { areaList } from '@vant/area-data';

// GB/T 2260 from @vant/area-data: the package exports one object (provinces, cities, counties); only the provinces,
// the cities and the county-level cities governed by a province (省直辖县级市, the `90` rows) are read here.

/** 台湾、香港、澳门 are not filing destinations of the mainland's cross-region settlement. */
const OUTSIDE = ['71', '81', '82'];
/** 北京、天津、上海、重庆: the city is the municipality itself. */
const MUNICIPALITIES = ['11', '12', '31', '50'];
/** 海南、西藏: filed at province level (`002 §1(3)`). */
const PROVINCE_LEVEL = ['46', '54'];

export interface Division {
  code: string;
  name: string;
}

/** The provinces, in code order; a province of 海南/西藏 or a municipality is itself a destination. */
export function provinces(): (Division & { final: boolean })[] {
  return Object.entries(areaList.province_list)
    .filter(([code]) => !OUTSIDE.includes(code.slice(0, 2)))
    .map(([code, name]) => {
      const prefix = code.slice(0, 2);
      return { code, name, final: MUNICIPALITIES.includes(prefix) || PROVINCE_LEVEL.includes(prefix) };
    });
}

/** The cities of a province that a filing may name: 地级市 and 省直辖县级市 (never a county or a district). */
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

/** A destination's name for people: 上海市, 海南省, 江苏省苏州市 (the code as given when it is not known). */
export function destinationName(code: string): string {
  const province = areaList.province_list[`${code.slice(0, 2)}0000`];
  if (!province) return code;
  if (code.endsWith('0000')) return province;
  const city = areaList.city_list[code] ?? areaList.county_list[code];
  return city ? `${province}${city}` : province;
}
