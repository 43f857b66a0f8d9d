/**
 * 法定节假日 — the statutory public holidays of 《全国年节及纪念日放假办法》 as revised by the State Council on
 * 2024-11-10 (国务院令第795号, in force since 2025-01-01), Art. 2, for a year the State Council has not yet published
 * an arrangement for:
 *   元旦 1 day (1月1日); 春节 4 days (农历除夕、正月初一至初三); 清明节 1 day (清明当日); 劳动节 2 days (5月1日、2日);
 *   端午节 1 day (农历端午当日); 中秋节 1 day (农历中秋当日); 国庆节 3 days (10月1日至3日).
 * Only these days. 调休 (make-up working weekends) and the working day given in lieu of a holiday on a weekend (补假)
 * are fixed by each year's State Council notice and cannot be known before it, so they are not guessed.
 *
 * Lunar dates come from chinese-days' `getLunarDate` (solar → lunar, table 1900–2099), which works on fixed UTC
 * instants and gives the same answer in every time zone. Its lunar → solar and solar-term functions format in the
 * process's local time zone (2028 春节 comes out as 01-27 under TZ=America/Los_Angeles), so they are not used: 清明
 * is computed here with the same formula and constants chinese-days uses (寿星通用公式, see `qingmingDay`).
 */
import { getLunarDate } from 'chinese-days';
import { addDays, fromDayNumber, type IsoDate, toDayNumber } from './isoDate';

/** The law the provisional calendar follows, as named to users. */
export const HOLIDAY_LAW = '《全国年节及纪念日放假办法》';

/** The statutory holidays in the law's order, with how many days each gets (the "元旦1天、春节4天…" of the text). */
export const STATUTORY_HOLIDAY_DAYS = [
  { name: '元旦', days: 1 },
  { name: '春节', days: 4 },
  { name: '清明', days: 1 },
  { name: '劳动节', days: 2 },
  { name: '端午', days: 1 },
  { name: '中秋', days: 1 },
  { name: '国庆节', days: 3 },
] as const;

/** Years chinese-days' lunar table covers (lunar year 1900 starts 1900-01-31; the table ends with lunar 2099). */
export const LUNAR_YEARS = { first: 1901, last: 2099 } as const;

/** One statutory holiday of a year: its name and its dates, in order. */
export interface StatutoryHoliday {
  readonly name: (typeof STATUTORY_HOLIDAY_DAYS)[number]['name'];
  readonly dates: readonly IsoDate[];
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether the lunar and solar-term holidays of a year can be computed (the year is in the lunar table). */
export function hasLunarData(year: number): boolean {
  return Number.isInteger(year) && year >= LUNAR_YEARS.first && year <= LUNAR_YEARS.last;
}

/**
 * The day in April of 清明 (the solar term 清明, sun at 15°): ⌊Y·D + C⌋ − ⌊Y/4⌋ with Y the year's last two digits,
 * D = 0.2422, C = 4.81 in 2001–2100 and 5.59 in 1901–2000 (寿星通用公式; the constants and floating-point steps are
 * chinese-days 1.5.7's `src/solar_terms`, whose correction table has no entry for 清明). 2027 → 5, 2028 → 4.
 */
export function qingmingDay(year: number): number {
  const y = year % 100;
  const c = year >= 2000 ? 4.81 : 5.59;
  return Math.floor(y * 0.2422 + c) - Math.floor(y / 4);
}

/** The Gregorian date in `year` of each wanted lunar `month-day` (ordinary months only, never a leap month). */
function lunarDatesIn(year: number, wanted: readonly string[]): Map<string, IsoDate> {
  const found = new Map<string, IsoDate>();
  const last = toDayNumber(iso(year, 12, 31));
  for (let day = toDayNumber(iso(year, 1, 1)); day <= last; day += 1) {
    const date = fromDayNumber(day);
    const lunar = getLunarDate(date);
    const key = `${lunar.lunarMon}-${lunar.lunarDay}`;
    if (!lunar.isLeap && wanted.includes(key)) found.set(key, date);
  }
  return found;
}

/**
 * The statutory holidays of a year (Art. 2 of the law), in the law's order. Outside the lunar table's years only the
 * fixed-date ones (元旦, 劳动节, 国庆) are given. A date can belong to two holidays (2028-10-03: 中秋 and 国庆).
 */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  const fixed = {
    newYear: { name: '元旦', dates: [iso(year, 1, 1)] },
    labour: { name: '劳动节', dates: [iso(year, 5, 1), iso(year, 5, 2)] },
    national: { name: '国庆节', dates: [iso(year, 10, 1), iso(year, 10, 2), iso(year, 10, 3)] },
  } as const;
  if (!hasLunarData(year)) return [fixed.newYear, fixed.labour, fixed.national];
  // 正月初一, 五月初五 and 八月十五 each fall exactly once in a Gregorian year of the table.
  const lunar = lunarDatesIn(year, ['1-1', '5-5', '8-15']);
  const springDay = lunar.get('1-1') as IsoDate;
  return [
    fixed.newYear,
    // 除夕 is the last day of the twelfth month (腊月廿九 or 三十): the day before 正月初一, whatever its number.
    { name: '春节', dates: [addDays(springDay, -1), springDay, addDays(springDay, 1), addDays(springDay, 2)] },
    { name: '清明', dates: [iso(year, 4, qingmingDay(year))] },
    fixed.labour,
    { name: '端午', dates: [lunar.get('5-5') as IsoDate] },
    { name: '中秋', dates: [lunar.get('8-15') as IsoDate] },
    fixed.national,
  ];
}

/** Date → holiday name (two names joined with 、 where holidays coincide) for one year. */
export function statutoryHolidayDates(year: number): ReadonlyMap<IsoDate, string> {
  const byDate = new Map<IsoDate, string>();
  for (const holiday of statutoryHolidays(year)) {
    for (const date of holiday.dates) {
      const other = byDate.get(date);
      byDate.set(date, other ? `${other}、${holiday.name}` : holiday.name);
    }
  }
  return byDate;
}

function monthDay(date: IsoDate): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** Consecutive dates as Chinese text: `4月4日`, `5月1日至2日`, `1月31日至2月3日`. */
function dateSpan(dates: readonly IsoDate[]): string {
  const first = dates[0] as IsoDate;
  const last = dates[dates.length - 1] as IsoDate;
  if (first === last) return monthDay(first);
  const end = first.slice(5, 7) === last.slice(5, 7) ? `${Number(last.slice(8, 10))}日` : monthDay(last);
  return `${monthDay(first)}至${end}`;
}

/** The dates a provisional year assumes off, for the user: `元旦1月1日，春节1月25日至28日，…`. */
export function statutoryHolidayText(year: number): string {
  return statutoryHolidays(year)
    .map((h) => `${h.name}${dateSpan(h.dates)}`)
    .join('，');
}
