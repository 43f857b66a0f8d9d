/**
 * 省级行政区 — the GB/T 2260 province prefixes, with no reference package behind them: ID-number checks (which the
 * phone runs in its main package) need only these, so they stay free of `@vant/area-data` (divisions.ts).
 */

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
