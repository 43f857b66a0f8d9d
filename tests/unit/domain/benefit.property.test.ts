import type { FeeLine } from '@shared/domain/benefit/amounts';
import { splitByDays, stayDaysByYear } from '@shared/domain/benefit/crossYear';
import { calculateSettlement, type SettlementInput } from '@shared/domain/benefit/settlement';
import { addDays, fromDayNumber, toDayNumber } from '@shared/domain/calendar/isoDate';
import { EXPENSE_TYPES, HOSPITAL_LEVELS, INSURANCE_TYPES, REGIONS, TREATMENTS } from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';
import fc from 'fast-check';

const line: fc.Arbitrary<FeeLine> = fc
  .record({
    amountFen: fc.integer({ min: 0, max: 50_000_000 }),
    b: fc.nat({ max: 100 }),
    o: fc.nat({ max: 100 }),
    s: fc.nat({ max: 100 }),
  })
  .map(({ amountFen, b, o, s }) => {
    // Personal parts as shares of the line, never more than the line in total.
    const classBPrepayFen = Math.floor((amountFen * b) / 300);
    const overLimitFen = Math.floor((amountFen * o) / 300);
    const selfPayFen = Math.floor((amountFen * s) / 300);
    return { amountFen, classBPrepayFen, overLimitFen, selfPayFen };
  });

const settlementInput = fc
  .record({
    region: fc.constantFrom(...REGIONS),
    insuranceType: fc.constantFrom(...INSURANCE_TYPES),
    hospitalLevel: fc.constantFrom(...HOSPITAL_LEVELS),
    treatment: fc.constantFrom(...TREATMENTS),
    designatedInstitution: fc.boolean(),
    expenseType: fc.constantFrom(...EXPENSE_TYPES),
    lines: fc.array(line, { maxLength: 20 }),
    admission: fc.integer({ min: toDayNumber('2023-06-01'), max: toDayNumber('2026-12-31') }),
    stay: fc.integer({ min: 0, max: 800 }),
    paid: fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 6, maxLength: 6 }),
  })
  .map((r) => {
    const admissionDate = fromDayNumber(r.admission);
    const input: SettlementInput = {
      insuranceType: r.insuranceType,
      hospitalLevel: r.hospitalLevel,
      treatment: r.treatment,
      designatedInstitution: r.designatedInstitution,
      expenseType: r.expenseType,
      lines: r.lines,
      admissionDate,
      dischargeDate: addDays(admissionDate, r.stay),
      paidBeforeByYear: Object.fromEntries(r.paid.map((p, i) => [2023 + i, p])),
    };
    return { region: r.region, input };
  });

describe('001 附件4 — both settlement identities hold for any input (property)', () => {
  it('总费用 = 范围内 + 乙类先行自付 + 超限价 + 自费 = 基金支付 + 个人现金, overall and per year', () => {
    fc.assert(
      fc.property(settlementInput, ({ region, input }) => {
        const policy = policyFor(region);
        const result = calculateSettlement(policy, input);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const form = result.value;
        const a = form.amounts;
        const lineTotal = input.lines.reduce((sum, l) => sum + l.amountFen, 0);
        expect(a.totalFen).toBe(lineTotal);
        expect(a.totalFen).toBe(a.inScopeFen + a.classBPrepayFen + a.overLimitFen + a.selfPayFen);
        expect(a.totalFen).toBe(form.fundTotalFen + form.personalCashFen);
        expect(form.fundTotalFen).toBe(form.funds.reduce((sum, f) => sum + f.amountFen, 0));
        expect(form.deductibleFen).toBeLessThanOrEqual(
          policy.benefit.parameters[input.insuranceType].levels[input.hospitalLevel].deductibleFen,
        );
        for (const y of form.years) {
          const p = y.amounts;
          expect(p.totalFen).toBe(p.inScopeFen + p.classBPrepayFen + p.overLimitFen + p.selfPayFen);
          expect(p.totalFen).toBe(y.fundFen + y.personalCashFen);
          expect(
            Math.min(p.inScopeFen, p.classBPrepayFen, p.overLimitFen, p.selfPayFen, y.fundFen, y.personalCashFen),
          ).toBeGreaterThanOrEqual(0);
          expect(y.fundFen).toBeLessThanOrEqual(y.eligibleFen);
          expect(y.fundFen).toBeLessThanOrEqual(Math.max(0, y.annualCeilingFen - y.paidBeforeFen));
          expect(Number.isSafeInteger(y.fundFen)).toBe(true);
        }
        if (form.ratio.ratioPercent === 0) expect(form.fundTotalFen).toBe(0);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('001 §3(2)1, 003 Art. 44 — the cross-year split is exact (property)', () => {
  it('parts sum to the whole and each is within one fen of its daily-average share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 4 }).filter((d) => d.some((x) => x > 0)),
        (amount, days) => {
          const parts = splitByDays(amount, days);
          const total = days.reduce((a, b) => a + b, 0);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
          parts.forEach((part, i) => {
            expect(part).toBeGreaterThanOrEqual(0);
            // |part − amount·d/D| < 1, in integers: |part·D − amount·d| < D.
            expect(Math.abs(part * total - amount * (days[i] ?? 0))).toBeLessThan(total);
          });
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('a cross-year stay’s days per year add up to its length and every column splits exactly', () => {
    fc.assert(
      fc.property(settlementInput, ({ region, input }) => {
        const years = stayDaysByYear(input.admissionDate, input.dischargeDate);
        expect(years.reduce((s, y) => s + y.days, 0)).toBe(
          Math.max(1, toDayNumber(input.dischargeDate) - toDayNumber(input.admissionDate)),
        );
        const result = calculateSettlement(policyFor(region), { ...input, expenseType: 'INPATIENT' });
        if (!result.ok) throw new Error(result.code);
        const form = result.value;
        for (const column of ['totalFen', 'inScopeFen', 'classBPrepayFen', 'overLimitFen', 'selfPayFen'] as const) {
          expect(form.years.reduce((s, y) => s + y.amounts[column], 0)).toBe(form.amounts[column]);
        }
        expect(form.years.map((y) => y.year)).toEqual(years.map((y) => y.year));
        const total = form.amounts.totalFen;
        const days = years.reduce((s, y) => s + y.days, 0);
        form.years.forEach((y) => {
          // Each year's total is split first, so it is within one fen of total × days / length (not one per column).
          expect(Math.abs(y.amounts.totalFen * days - total * y.days)).toBeLessThan(days);
        });
      }),
      { numRuns: 2000 },
    );
  });
});
