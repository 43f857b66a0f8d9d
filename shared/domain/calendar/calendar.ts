/**
 * 工作日历 — the working-day calendar: public holidays off, adjusted working weekends (调休) on.
 * Built from data, one schedule per year: by default chinese-days' official data; a newer year (holiday-cn format,
 * see `holidayCn.ts`) can be added at run time with `withSchedule`. A date in a year without data is computed
 * **provisionally** — weekends and the statutory holidays of 《全国年节及纪念日放假办法》 (`statutoryHolidays.ts`),
 * without 调休 or 补假 — and every result says so.
 */
import chineseDaysData from 'chinese-days/dist/chinese-days.json';
import { addDays, dayOfWeek, type IsoDate, toDayNumber, yearOf } from './isoDate';
import {
  HOLIDAY_LAW,
  hasLunarData,
  STATUTORY_HOLIDAY_DAYS,
  statutoryHolidayDates,
  statutoryHolidayText,
} from './statutoryHolidays';

/** One listed day of an official schedule: off (holiday) or on (adjusted working day). */
export interface DayEntry {
  readonly off: boolean;
  readonly name: string;
}

/** A year's official schedule: only the days that differ from "Mon–Fri on, Sat–Sun off". */
export interface YearSchedule {
  readonly year: number;
  /** Where the data came from (e.g. `chinese-days 1.5.7`, `holiday-cn 2027.json`). */
  readonly origin: string;
  readonly days: ReadonlyMap<IsoDate, DayEntry>;
}

/** A working-day calendar: the years it has official data for. */
export interface WorkingCalendar {
  readonly years: ReadonlyMap<number, YearSchedule>;
}

/** What the calendar says about one date. */
export interface DayInfo {
  readonly date: IsoDate;
  readonly working: boolean;
  /** Holiday or adjusted-working-day name, `周末`, or `工作日`. */
  readonly name: string;
  /** True when the year has no official data and the answer is an estimate. */
  readonly provisional: boolean;
}

/** A computed date with its reliability. */
export interface WorkingDayResult {
  readonly date: IsoDate;
  readonly provisional: boolean;
  /** Years without official data that the computation went through. */
  readonly provisionalYears: readonly number[];
  /** Chinese explanation to show next to a provisional date; null when the date is official. */
  readonly explanation: string | null;
}

const provisionalCache = new Map<number, ReadonlyMap<IsoDate, string>>();

/** The statutory holidays assumed off in a year without official data, date → name (computed once per year). */
export function provisionalHolidays(year: number): ReadonlyMap<IsoDate, string> {
  let days = provisionalCache.get(year);
  if (!days) {
    days = statutoryHolidayDates(year);
    provisionalCache.set(year, days);
  }
  return days;
}

/**
 * Why a date is provisional, shown to users and staff: the law's holidays and, per year, the dates assumed off —
 * e.g. `2028年国务院放假安排尚未公布（或尚未载入本平台），本期限为暂定：按《全国年节及纪念日放假办法》的法定假日
 * （元旦1天、春节4天、清明1天、劳动节2天、端午1天、中秋1天、国庆节3天）及周末估算（2028年：元旦1月1日，
 * 春节1月25日至28日，…），未计调休和节日逢周末的补假；以国务院办公厅公布的安排为准，届时期限可能变化。`
 */
export function provisionalExplanation(years: readonly number[]): string {
  const rule = STATUTORY_HOLIDAY_DAYS.map((h) => `${h.name}${h.days}天`).join('、');
  const perYear = years.map((y) => `${y}年：${statutoryHolidayText(y)}`).join('；');
  const noLunar = years.filter((y) => !hasLunarData(y));
  return (
    `${years.join('、')}年国务院放假安排尚未公布（或尚未载入本平台），本期限为暂定：按${HOLIDAY_LAW}的法定假日` +
    `（${rule}）及周末估算（${perYear}），未计调休和节日逢周末的补假` +
    (noLunar.length > 0 ? `；${noLunar.join('、')}年超出农历数据范围，春节、清明、端午、中秋未能计入` : '') +
    '；以国务院办公厅公布的安排为准，届时期限可能变化。'
  );
}

/** Build a calendar from year schedules (a later schedule for the same year replaces an earlier one). */
export function calendarFrom(schedules: readonly YearSchedule[]): WorkingCalendar {
  return { years: new Map(schedules.map((s) => [s.year, s])) };
}

/** A new calendar with one year's schedule added or replaced — how a newer official year is loaded at run time. */
export function withSchedule(calendar: WorkingCalendar, schedule: YearSchedule): WorkingCalendar {
  return calendarFrom([...calendar.years.values(), schedule]);
}

/** The years chinese-days carries official data for, one schedule each. */
export function chineseDaysSchedules(): YearSchedule[] {
  const byYear = new Map<number, Map<IsoDate, DayEntry>>();
  const put = (date: string, label: string, off: boolean) => {
    const year = yearOf(date);
    const days = byYear.get(year) ?? new Map<IsoDate, DayEntry>();
    days.set(date, { off, name: label.split(',')[1] ?? label });
    byYear.set(year, days);
  };
  for (const [date, label] of Object.entries(chineseDaysData.holidays)) put(date, label, true);
  for (const [date, label] of Object.entries(chineseDaysData.workdays)) put(date, label, false);
  return [...byYear.entries()].map(([year, days]) => ({ year, origin: 'chinese-days 1.5.7', days }));
}

let defaultCalendarCache: WorkingCalendar | undefined;

/** The default calendar: chinese-days' official data (through 2026 in version 1.5.7). */
export function defaultCalendar(): WorkingCalendar {
  defaultCalendarCache ??= calendarFrom(chineseDaysSchedules());
  return defaultCalendarCache;
}

/** Whether the calendar has official data for a year. */
export function hasOfficialYear(calendar: WorkingCalendar, year: number): boolean {
  return calendar.years.has(year);
}

/** Working or not, and why, for one date. */
export function dayInfo(calendar: WorkingCalendar, date: IsoDate): DayInfo {
  const schedule = calendar.years.get(yearOf(date));
  const weekday = dayOfWeek(date);
  const weekend = weekday === 0 || weekday === 6;
  if (schedule) {
    const listed = schedule.days.get(date);
    if (listed) return { date, working: !listed.off, name: listed.name, provisional: false };
    return { date, working: !weekend, name: weekend ? '周末' : '工作日', provisional: false };
  }
  const holiday = provisionalHolidays(yearOf(date)).get(date);
  if (holiday) return { date, working: false, name: holiday, provisional: true };
  return { date, working: !weekend, name: weekend ? '周末' : '工作日', provisional: true };
}

/** Whether a date is a working day (check `dayInfo(...).provisional` where reliability matters). */
export function isWorkingDay(calendar: WorkingCalendar, date: IsoDate): boolean {
  return dayInfo(calendar, date).working;
}

function resultOf(date: IsoDate, unknownYears: Set<number>): WorkingDayResult {
  const years = [...unknownYears].sort((a, b) => a - b);
  return {
    date,
    provisional: years.length > 0,
    provisionalYears: years,
    explanation: years.length > 0 ? provisionalExplanation(years) : null,
  };
}

/**
 * The date `n` working days after `from`, the start day not counted (a case submitted on Monday with 2 working
 * days is due on Wednesday). `n = 0` gives `from` itself.
 */
export function addWorkingDays(calendar: WorkingCalendar, from: IsoDate, n: number): WorkingDayResult {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a non-negative integer, got ${n}`);
  const unknownYears = new Set<number>();
  let date = from;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    const info = dayInfo(calendar, date);
    if (info.provisional) unknownYears.add(yearOf(date));
    if (info.working) left -= 1;
  }
  return resultOf(date, unknownYears);
}

/** Working days after `from` up to and including `to` (0 if `to` is not after `from`); inverse of addWorkingDays. */
export function countWorkingDays(
  calendar: WorkingCalendar,
  from: IsoDate,
  to: IsoDate,
): { readonly count: number; readonly provisional: boolean; readonly explanation: string | null } {
  const unknownYears = new Set<number>();
  let count = 0;
  const last = toDayNumber(to);
  for (let date = addDays(from, 1); toDayNumber(date) <= last; date = addDays(date, 1)) {
    const info = dayInfo(calendar, date);
    if (info.provisional) unknownYears.add(yearOf(date));
    if (info.working) count += 1;
  }
  const r = resultOf(to, unknownYears);
  return { count, provisional: r.provisional, explanation: r.explanation };
}
