import type { FeeAmounts } from '@shared/domain/benefit/amounts';
import { splitAmountsByYear, splitByDays, splitColumnsByYear, stayDaysByYear } from '@shared/domain/benefit/crossYear';
import { calculateSettlement } from '@shared/domain/benefit/settlement';
import { addDays, fromDayNumber, toDayNumber } from '@shared/domain/calendar/isoDate';
import { policyFor } from '@shared/policy';
import fc from 'fast-check';
import { unwrap } from '../support/builders';

const COLUMNS = ['inScopeFen', 'classBPrepayFen', 'overLimitFen', 'selfPayFen'] as const;

/**
 * The oracle, in BigInt and written from the rule, not from the code: year i's total is the exact daily-average
 * share T·c(i)/D of the cumulative days c(i) rounded down, less the same for the years before; the discharge year
 * gets what is left (`001 §3(2)1`, `003 Art. 44`).
 */
function dailyAverageTotals(total: number, days: readonly number[]): number[] {
  const d = BigInt(days.reduce((a, b) => a + b, 0));
  let cumulative = 0n;
  let given = 0n;
  return days.map((x, i) => {
    cumulative += BigInt(x);
    const upTo = i === days.length - 1 ? BigInt(total) : (BigInt(total) * cumulative) / d;
    const part = upTo - given;
    given = upTo;
    return Number(part);
  });
}

/** A property's check: plain code, so that thousands of runs stay fast; fast-check reports the failing input. */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** Column amounts: mostly awkward small ones (many remainders), some up to the form's 1 亿元 in all. */
const column = fc.oneof(
  fc.integer({ min: 0, max: 50 }),
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.integer({ min: 0, max: 2_500_000_000 }),
);
const amounts: fc.Arbitrary<FeeAmounts> = fc.tuple(column, column, column, column).map(([a, b, c, d]) => ({
  totalFen: a + b + c + d,
  inScopeFen: a,
  classBPrepayFen: b,
  overLimitFen: c,
  selfPayFen: d,
}));

/** A stay over one or two year ends (or none): admission in year Y, discharge in Y + k, any days of the year. */
const stay = fc
  .record({
    year: fc.integer({ min: 2020, max: 2030 }),
    yearEnds: fc.constantFrom(0, 1, 1, 2, 2),
    from: fc.integer({ min: 0, max: 365 }),
    to: fc.integer({ min: 0, max: 365 }),
  })
  .map(({ year, yearEnds, from, to }) => {
    const start = toDayNumber(`${year}-01-01`);
    const admission = fromDayNumber(start + Math.min(from, toDayNumber(`${year}-12-31`) - start));
    const dischargeStart = toDayNumber(`${year + yearEnds}-01-01`);
    const dischargeEnd = toDayNumber(`${year + yearEnds}-12-31`);
    const discharge = fromDayNumber(Math.max(toDayNumber(admission), Math.min(dischargeStart + to, dischargeEnd)));
    return { admission, discharge };
  });

describe('001 §3(2)1, 003 Art. 44 — the total is split by daily average first, then the columns inside it', () => {
  it('splits 2026-12-20 → 2027-01-09 (12 + 8 days) of 1,000,000 fen into 600,000 / 400,000 with four columns', () => {
    const years = stayDaysByYear('2026-12-20', '2027-01-09');
    expect(years).toEqual([
      { year: 2026, days: 12 },
      { year: 2027, days: 8 },
    ]);
    // Floored column by column, 2026 would get 150,000 × 3 + 149,998 = 599,998 (the figure).
    const whole: FeeAmounts = {
      totalFen: 1_000_000,
      inScopeFen: 250_001,
      classBPrepayFen: 250_001,
      overLimitFen: 250_001,
      selfPayFen: 249_997,
    };
    const [y2026, y2027] = splitAmountsByYear(whole, years);
    expect(y2026).toEqual({
      totalFen: 600_000,
      inScopeFen: 150_001,
      classBPrepayFen: 150_001,
      overLimitFen: 150_000,
      selfPayFen: 149_998,
    });
    expect(y2027).toEqual({
      totalFen: 400_000,
      inScopeFen: 100_000,
      classBPrepayFen: 100_000,
      overLimitFen: 100_001,
      selfPayFen: 99_999,
    });
  });

  it('settles that stay with the same split (Shanxi, the form’s years add up to the form)', () => {
    const form = unwrap(
      calculateSettlement(policyFor('SHANXI'), {
        insuranceType: 'EMPLOYEE',
        hospitalLevel: 'TERTIARY',
        treatment: 'LONG_TERM_AT_PLACE',
        designatedInstitution: true,
        expenseType: 'INPATIENT',
        lines: [{ amountFen: 1_000_000, classBPrepayFen: 250_001, overLimitFen: 250_001, selfPayFen: 249_997 }],
        admissionDate: '2026-12-20',
        dischargeDate: '2027-01-09',
        paidBeforeByYear: {},
      }),
    );
    expect(form.years.map((y) => [y.year, y.days, y.amounts.totalFen])).toEqual([
      [2026, 12, 600_000],
      [2027, 8, 400_000],
    ]);
    expect(form.years.map((y) => y.amounts.inScopeFen)).toEqual([150_001, 100_000]);
    for (const y of form.years) expect(y.amounts.totalFen).toBe(y.fundFen + y.personalCashFen);
  });

  it('gives the odd fen of the total to the discharge year, and a stay ending on 1 January nothing in that year', () => {
    const odd: FeeAmounts = { totalFen: 7, inScopeFen: 1, classBPrepayFen: 1, overLimitFen: 2, selfPayFen: 3 };
    expect(splitAmountsByYear(odd, stayDaysByYear('2026-12-27', '2027-01-06')).map((y) => y.totalFen)).toEqual([3, 4]);
    const endsOnNewYear = splitAmountsByYear(odd, stayDaysByYear('2026-12-20', '2027-01-01'));
    expect(endsOnNewYear).toEqual([
      odd,
      { totalFen: 0, inScopeFen: 0, classBPrepayFen: 0, overLimitFen: 0, selfPayFen: 0 },
    ]);
  });

  it('refuses year totals that are not a split of the columns (a programming error)', () => {
    expect(() => splitColumnsByYear([5, 5], [1, 1], [5, 4])).toThrow(RangeError);
    expect(() => splitColumnsByYear([5, 5], [1, 1], [10])).toThrow(RangeError);
    expect(() => splitColumnsByYear([5, 5], [1, 1], [0, 10])).toThrow(RangeError);
  });

  it('property: per-year totals are the daily-average split, columns add up, all parts integers ≥ 0 (stays over 0–2 year ends)', () => {
    fc.assert(
      fc.property(stay, amounts, ({ admission, discharge }, whole) => {
        const years = stayDaysByYear(admission, discharge);
        const days = years.map((y) => y.days);
        const length = days.reduce((a, b) => a + b, 0);
        const parts = splitAmountsByYear(whole, years);
        check(parts.length === years.length, 'one part per year');
        // Each year's total is the exact daily-average split of the total, rounded as the rule defines.
        const expected = dailyAverageTotals(whole.totalFen, days);
        parts.forEach((p, i) => {
          check(p.totalFen === expected[i], `year ${i} total ${p.totalFen} ≠ ${expected[i]}`);
          for (const c of COLUMNS) check(Number.isSafeInteger(p[c]) && p[c] >= 0, `year ${i} ${c} = ${p[c]}`);
          check(p.inScopeFen + p.classBPrepayFen + p.overLimitFen + p.selfPayFen === p.totalFen, `year ${i} sum`);
          // Within one fen of total × days / length: |part·D − T·d| < D.
          check(Math.abs(p.totalFen * length - whole.totalFen * (days[i] ?? 0)) < length, `year ${i} total off`);
          // Each column's part is within one fen of its share for two years, two fen for three.
          for (const c of COLUMNS) {
            const off = Math.abs(p[c] * length - whole[c] * (days[i] ?? 0));
            check(off < Math.max(1, years.length - 1) * length, `year ${i} ${c} off by ${off / length} fen`);
          }
        });
        for (const c of [...COLUMNS, 'totalFen'] as const) {
          check(parts.reduce((s, p) => s + p[c], 0) === whole[c], `${c} does not add up`);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('property: any table of columns splits with exact row and column sums (1–6 years, days may be 0)', () => {
    fc.assert(
      fc.property(
        fc.array(column, { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 6 }).filter((d) => d.some((x) => x > 0)),
        (columns, days) => {
          const total = columns.reduce((a, b) => a + b, 0);
          const rowTotals = splitByDays(total, days);
          const expected = dailyAverageTotals(total, days);
          check(
            rowTotals.every((t, i) => t === expected[i]),
            'row totals are the daily-average split',
          );
          const rows = splitColumnsByYear(columns, days, rowTotals);
          const length = days.reduce((a, b) => a + b, 0);
          check(rows.length === days.length, 'one row per year');
          rows.forEach((row, i) => {
            check(row.length === columns.length, 'one part per column');
            check(
              row.every((x) => Number.isSafeInteger(x) && x >= 0),
              `row ${i} has a negative part`,
            );
            check(row.reduce((a, b) => a + b, 0) === rowTotals[i], `row ${i} does not add up`);
            row.forEach((x, j) => {
              // Proven bound: each year is split off what is left, so the error is below (years − 1) fen.
              const off = Math.abs(x * length - (columns[j] ?? 0) * (days[i] ?? 0));
              check(off < Math.max(1, days.length - 1) * length, `cell ${i},${j} off by ${off / length} fen`);
            });
          });
          columns.forEach((c, j) => {
            check(rows.reduce((s, row) => s + (row[j] ?? 0), 0) === c, `column ${j} does not add up`);
          });
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('a stay over two year ends keeps 365 days of a whole year in the middle', () => {
    const years = stayDaysByYear('2026-12-20', addDays('2028-01-01', 9));
    expect(years.map((y) => y.days)).toEqual([12, 365, 9]);
    const parts = splitAmountsByYear(
      { totalFen: 386, inScopeFen: 100, classBPrepayFen: 100, overLimitFen: 100, selfPayFen: 86 },
      years,
    );
    expect(parts.map((p) => p.totalFen)).toEqual([12, 365, 9]);
  });
});
