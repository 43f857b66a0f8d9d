/**
 * 跨年度住院 — one settlement at discharge, split into calendar years by daily average cost and the days in each
 * year (`001 §3(2)1`, `003 Art. 44`). Days are counted admission day in, discharge day out (算入不算出), at least 1.
 *
 * Rounding, so the parts sum exactly to the whole: each column X is split by cumulative floor — with c(i) the days
 * up to the end of year i and D the length of stay, year i gets ⌊X·c(i)/D⌋ − ⌊X·c(i−1)/D⌋. Every part differs
 * from its exact daily-average share X·d(i)/D by less than one fen, and the parts add up to X. With two years the
 * admission year gets ⌊X·d₁/D⌋ and the discharge year the rest: the last fen goes to the discharge year, where the
 * settlement is made. A year's total is the sum of its four columns, so both identities hold per year and overall.
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

/** Split every column of the settlement form by days per year; each year's total is the sum of its columns. */
export function splitAmountsByYear(amounts: FeeAmounts, years: readonly YearDays[]): FeeAmounts[] {
  const days = years.map((y) => y.days);
  const inScope = splitByDays(amounts.inScopeFen, days);
  const classB = splitByDays(amounts.classBPrepayFen, days);
  const overLimit = splitByDays(amounts.overLimitFen, days);
  const selfPay = splitByDays(amounts.selfPayFen, days);
  return years.map((_, i) => {
    const part = {
      inScopeFen: inScope[i] ?? 0,
      classBPrepayFen: classB[i] ?? 0,
      overLimitFen: overLimit[i] ?? 0,
      selfPayFen: selfPay[i] ?? 0,
    };
    return { totalFen: part.inScopeFen + part.classBPrepayFen + part.overLimitFen + part.selfPayFen, ...part };
  });
}
