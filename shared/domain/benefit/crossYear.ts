/**
 * 跨年度住院 — one settlement at discharge, split into calendar years by daily average cost and the days in each
 * year (`001 §3(2)1`: "以出院日期为准，按一笔费用整体结算。根据参保人住院总费用计算日均费用和跨年度前后的住院天数，
 * 将住院医疗费用自动分割到两个年度"; `003 Art. 44` likewise). Days are counted admission day in, discharge day out
 * (算入不算出), at least 1.
 *
 * The total is split first, by its daily average: with D the length of stay and c(i) the days up to the end of year i,
 * year i's total is ⌊T·c(i)/D⌋ − ⌊T·c(i−1)/D⌋ — for two years, the admission year gets ⌊T·d₁/D⌋ and the discharge
 * year the rest. Neither source says how to round to the fen; the platform rounds the earlier years down and gives the
 * remainder to the discharge year, where the settlement is made ("以出院日期为准"). Each year's total is within one fen
 * of T·d(i)/D and the totals add up to T.
 *
 * Then the four columns of the form are allocated inside those totals so that each year's columns add up to its
 * total and each column's years add up to the column (`splitColumnsByYear`): year by year, the year's share of what
 * is left of each column is rounded down and the fen still missing from the year's total go, one each, to the columns
 * with the largest remainders (ties: the form's column order). With two years every part is within one fen of its
 * exact daily-average share; a stay over n year ends (n + 1 years, which the sources do not foresee) within n fen.
 */
import { daysBetween, firstOfYear, type IsoDate, yearOf } from '../calendar/isoDate';
import type { FeeAmounts } from './amounts';

/** Days of the stay that fall in one calendar year. */
export interface YearDays {
  readonly year: number;
  readonly days: number;
}

/** 住院天数 — length of stay: discharge − admission, at least 1. */
export function stayDays(admission: IsoDate, discharge: IsoDate): number {
  return Math.max(1, daysBetween(admission, discharge));
}

/** The stay's days per calendar year, admission year first (a same-day stay counts one day). */
export function stayDaysByYear(admission: IsoDate, discharge: IsoDate): YearDays[] {
  if (daysBetween(admission, discharge) <= 0) return [{ year: yearOf(admission), days: 1 }];
  const result: YearDays[] = [];
  let start = admission;
  for (let year = yearOf(admission); year <= yearOf(discharge); year += 1) {
    const end = year === yearOf(discharge) ? discharge : firstOfYear(year + 1);
    result.push({ year, days: daysBetween(start, end) });
    start = end;
  }
  return result;
}

/** Split an amount by days per year (cumulative floor; the parts sum exactly to the amount). */
export function splitByDays(amountFen: number, days: readonly number[]): number[] {
  const total = days.reduce((a, b) => a + b, 0);
  if (total <= 0) throw new RangeError('splitByDays: the stay has no days');
  let cumulativeDays = 0;
  let given = 0;
  return days.map((d, i) => {
    cumulativeDays += d;
    const upTo = i === days.length - 1 ? amountFen : Math.floor((amountFen * cumulativeDays) / total);
    const part = upTo - given;
    given = upTo;
    return part;
  });
}

/** The form's four columns, in the form's order (the order that breaks ties between equal remainders). */
const COLUMNS = ['inScopeFen', 'classBPrepayFen', 'overLimitFen', 'selfPayFen'] as const;

/**
 * Split columns (non-negative integers) across years whose totals are already fixed, so that every row adds up to
 * its total and every column to its amount, all parts non-negative integers. `rowTotals` must be the cumulative-floor
 * split of the columns' sum by `days` (`splitByDays`); then each year's extra fen never exceed the columns that have
 * a remainder (proof: the year's total differs from its exact share of what is left by less than one fen), and no
 * column is ever asked for more than it has left.
 */
export function splitColumnsByYear(
  columns: readonly number[],
  days: readonly number[],
  rowTotals: readonly number[],
): number[][] {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  if (rowTotals.length !== days.length || sum(rowTotals) !== sum(columns)) {
    throw new RangeError('splitColumnsByYear: the year totals must split the columns’ sum over the same years');
  }
  const left = [...columns];
  let daysLeft = sum(days);
  return days.map((d, i) => {
    const target = rowTotals[i] ?? 0;
    let row: number[];
    if (i === days.length - 1) {
      row = [...left];
    } else {
      // This year's exact share of what is left of column j: left[j] × d / daysLeft = floor + remainder / daysLeft.
      const floors = left.map((x) => (daysLeft === 0 ? 0 : Math.floor((x * d) / daysLeft)));
      const remainders = left.map((x, j) => (daysLeft === 0 ? 0 : x * d - (floors[j] ?? 0) * daysLeft));
      const extra = target - sum(floors);
      const order = remainders
        .map((r, j) => ({ r, j }))
        .filter(({ r }) => r > 0)
        .sort((a, b) => b.r - a.r || a.j - b.j);
      if (extra < 0 || extra > order.length)
        throw new RangeError('splitColumnsByYear: the year totals are not a split');
      const up = new Set(order.slice(0, extra).map(({ j }) => j));
      row = floors.map((f, j) => f + (up.has(j) ? 1 : 0));
    }
    row.forEach((x, j) => {
      left[j] = (left[j] ?? 0) - x;
    });
    daysLeft -= d;
    return row;
  });
}

/**
 * Split the settlement form across years: the total by daily average (`splitByDays`), then the four columns inside
 * each year's total (`splitColumnsByYear`). Every year's total is its exact daily-average share rounded as above, and
 * the years of every column add up to the column.
 */
export function splitAmountsByYear(amounts: FeeAmounts, years: readonly YearDays[]): FeeAmounts[] {
  const days = years.map((y) => y.days);
  const totals = splitByDays(amounts.totalFen, days);
  const rows = splitColumnsByYear(
    COLUMNS.map((c) => amounts[c]),
    days,
    totals,
  );
  return years.map((_, i) => {
    const [inScopeFen = 0, classBPrepayFen = 0, overLimitFen = 0, selfPayFen = 0] = rows[i] ?? [];
    return { totalFen: totals[i] ?? 0, inScopeFen, classBPrepayFen, overLimitFen, selfPayFen };
  });
}
