import { areaList } from '@vant/area-data';

/** 行政区划 — GB/T 2260 division codes: province prefixes (ID numbers) and the prefecture level (filing destinations). */

/** The 31 mainland provinces, autonomous regions and municipalities. */
export const MAINLAND_PROVINCES: Readonly<Record<string, string>> = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
};

/** Prefixes of residence-permit numbers for residents of Hong Kong (81), Macao (82) and Taiwan (83). */
export const RESIDENCE_PERMIT_PREFIXES: Readonly<Record<string, string>> = {
  '81': '香港特别行政区居民',
  '82': '澳门特别行政区居民',
  '83': '台湾地区居民',
};

/** 直辖市: the municipality itself is the filing "city". */
export const MUNICIPALITIES: readonly string[] = ['11', '12', '31', '50'];

/** 海南、西藏: filings go to the province (`002 §1(3)`). */
export const PROVINCE_LEVEL_FILING: readonly string[] = ['46', '54'];

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
