import { itemiseFees } from '@shared/domain/benefit/amounts';
import { feeCrossCheck } from '@shared/domain/benefit/crossCheck';
import { splitByDays, stayDays, stayDaysByYear } from '@shared/domain/benefit/crossYear';
import { benefitRatio } from '@shared/domain/benefit/ratio';
import { calculateSettlement, percentOf, type SettlementInput } from '@shared/domain/benefit/settlement';
import { cite } from '@shared/domain/sources';
import { policyFor } from '@shared/policy';
import { unwrap } from '../support/builders';

const jiangsu = policyFor('JIANGSU');
const shanxi = policyFor('SHANXI');

/** 10,000 yuan of which 500 乙类先行自付, 100 超限价, 400 自费 — Jiangsu employee, tertiary hospital. */
function input(overrides: Partial<SettlementInput> = {}): SettlementInput {
  return {
    insuranceType: 'EMPLOYEE',
    hospitalLevel: 'TERTIARY',
    treatment: 'LONG_TERM_AT_PLACE',
    designatedInstitution: true,
    expenseType: 'INPATIENT',
    lines: [
      { name: '床位费', amountFen: 300_000 },
      { name: '药品', amountFen: 500_000, classBPrepayFen: 50_000, selfPayFen: 40_000 },
      { name: '材料', amountFen: 200_000, overLimitFen: 10_000 },
    ],
    admissionDate: '2026-03-02',
    dischargeDate: '2026-03-12',
    paidBeforeByYear: {},
    ...overrides,
  };
}

describe('001 附件4 — the settlement form and its two identities', () => {
  it('computes (in-scope − deductible) × ratio with both identities holding', () => {
    const form = unwrap(calculateSettlement(jiangsu, input()));
    expect(form.amounts).toEqual({
      totalFen: 1_000_000,
      inScopeFen: 900_000,
      classBPrepayFen: 50_000,
      overLimitFen: 10_000,
      selfPayFen: 40_000,
    });
    expect(form).toMatchObject({
      deductibleFen: 90_000,
      fundTotalFen: 688_500,
      personalCashFen: 311_500,
      stayDays: 10,
    });
    expect(form.ratio.ratioPercent).toBe(85);
    expect(form.funds).toEqual([
      { code: 'EMPLOYEE_POOLING', name: '城镇职工基本医疗保险统筹基金', amountFen: 688_500 },
    ]);
    const a = form.amounts;
    expect(a.totalFen).toBe(a.inScopeFen + a.classBPrepayFen + a.overLimitFen + a.selfPayFen);
    expect(a.totalFen).toBe(form.fundTotalFen + form.personalCashFen);
    expect(form.sources).toContainEqual(cite('001', '附件4'));
  });

  it('pays nothing when the in-scope amount is below the deductible', () => {
    const form = unwrap(calculateSettlement(jiangsu, input({ lines: [{ amountFen: 50_000 }] })));
    expect(form).toMatchObject({ deductibleFen: 50_000, fundTotalFen: 0, personalCashFen: 50_000 });
  });

  it('rounds the fund half up to the fen', () => {
    expect(percentOf(1, 50)).toBe(1);
    expect(percentOf(1, 49)).toBe(0);
    expect(percentOf(333, 85)).toBe(283);
  });

  it('uses the resident fund name for residents', () => {
    const form = unwrap(calculateSettlement(jiangsu, input({ insuranceType: 'RESIDENT' })));
    expect(form.funds[0]?.name).toBe('城镇居民基本医疗保险统筹基金');
    expect(form.ratio.ratioPercent).toBe(60);
  });

  it('refuses malformed amounts and dates', () => {
    expect(calculateSettlement(jiangsu, input({ lines: [{ amountFen: -1 }] }))).toMatchObject({
      ok: false,
      code: 'AMOUNT_INVALID',
    });
    expect(calculateSettlement(jiangsu, input({ lines: [{ amountFen: 10.5 }] }))).toMatchObject({
      code: 'AMOUNT_INVALID',
    });
    expect(
      calculateSettlement(jiangsu, input({ lines: [{ amountFen: 100, selfPayFen: 60, classBPrepayFen: 50 }] })),
    ).toMatchObject({
      code: 'AMOUNT_INVALID',
    });
    expect(
      calculateSettlement(jiangsu, input({ lines: [{ amountFen: 9_000_000_000 }, { amountFen: 9_000_000_000 }] })),
    ).toMatchObject({ code: 'AMOUNT_INVALID' });
    expect(calculateSettlement(jiangsu, input({ dischargeDate: '2026-03-01' }))).toMatchObject({
      code: 'STAY_DATES_INVALID',
    });
    expect(calculateSettlement(jiangsu, input({ admissionDate: '2026-02-30' }))).toMatchObject({
      code: 'STAY_DATES_INVALID',
    });
    expect(calculateSettlement(jiangsu, input({ paidBeforeByYear: { 2026: -5 } }))).toMatchObject({
      code: 'AMOUNT_INVALID',
    });
    expect(itemiseFees([])).toEqual({
      ok: true,
      value: { totalFen: 0, inScopeFen: 0, classBPrepayFen: 0, overLimitFen: 0, selfPayFen: 0 },
    });
  });
});

describe('003 Art. 17–19 — payment ratio adjustments', () => {
  it('003 Art. 17: long-term filers at the filed place pay the home ratio', () => {
    const ratio = benefitRatio(jiangsu, 'EMPLOYEE', 'TERTIARY', 'LONG_TERM_AT_PLACE', true);
    expect(ratio).toMatchObject({ basePercent: 85, ratioPercent: 85 });
    expect(ratio.adjustments[0]).toMatchObject({ points: 0, source: cite('003', 'Art. 17') });
  });

  it('003 Art. 18: referral outside the city at most 5 points lower', () => {
    const ratio = benefitRatio(jiangsu, 'EMPLOYEE', 'TERTIARY', 'REFERRAL', true);
    expect(ratio.ratioPercent).toBe(80);
    expect(ratio.adjustments[0]?.reason).toContain('降低5个百分点');
  });

  it('003 Art. 18: no filing at most 20 points lower', () => {
    expect(benefitRatio(jiangsu, 'EMPLOYEE', 'TERTIARY', 'UNFILED', true).ratioPercent).toBe(65);
    expect(benefitRatio(jiangsu, 'EMPLOYEE', 'TERTIARY', 'TEMPORARY_FILED', true).ratioPercent).toBe(75);
  });

  it('003 Art. 19: emergency treatment is not reduced, even at a non-designated institution', () => {
    expect(benefitRatio(jiangsu, 'EMPLOYEE', 'TERTIARY', 'EMERGENCY', true).ratioPercent).toBe(85);
    expect(benefitRatio(jiangsu, 'EMPLOYEE', 'TERTIARY', 'EMERGENCY', false).ratioPercent).toBe(85);
  });

  it('003 Art. 19: a non-designated institution pays nothing except for emergencies', () => {
    const ratio = benefitRatio(jiangsu, 'EMPLOYEE', 'TERTIARY', 'UNFILED', false);
    expect(ratio.ratioPercent).toBe(0);
    const form = unwrap(calculateSettlement(jiangsu, input({ designatedInstitution: false })));
    expect(form).toMatchObject({ fundTotalFen: 0, personalCashFen: 1_000_000, deductibleFen: 0 });
  });

  it('001 §1(2)2: Shanxi pays an unfiled, non-emergency stay at the temporary rate', () => {
    const unfiled = benefitRatio(shanxi, 'EMPLOYEE', 'SECONDARY', 'UNFILED', true);
    expect(unfiled).toMatchObject({ basePercent: 85, ratioPercent: 75 });
    expect(unfiled.adjustments[0]?.source).toEqual(cite('001', '§1(2)2'));
  });
});

describe('Annual ceiling — what was already paid this year counts', () => {
  it('caps the fund at what is left of the ceiling', () => {
    const form = unwrap(calculateSettlement(jiangsu, input({ paidBeforeByYear: { 2026: 39_900_000 } })));
    expect(form.fundTotalFen).toBe(100_000);
    expect(form.years[0]).toMatchObject({
      computedFen: 688_500,
      fundFen: 100_000,
      capped: true,
      paidBeforeFen: 39_900_000,
    });
    expect(form.personalCashFen).toBe(900_000);
  });

  it('pays nothing once the ceiling is reached, and ignores other years', () => {
    const form = unwrap(calculateSettlement(jiangsu, input({ paidBeforeByYear: { 2026: 45_000_000, 2025: 1 } })));
    expect(form.fundTotalFen).toBe(0);
  });
});

describe('001 §3(2)1, 003 Art. 44 — a stay across the year end is split by daily average and days per year', () => {
  it('counts days admission in, discharge out, at least one', () => {
    expect(stayDays('2026-03-02', '2026-03-02')).toBe(1);
    expect(stayDaysByYear('2025-12-22', '2026-01-11')).toEqual([
      { year: 2025, days: 10 },
      { year: 2026, days: 10 },
    ]);
    expect(stayDaysByYear('2026-03-02', '2026-03-02')).toEqual([{ year: 2026, days: 1 }]);
    expect(stayDaysByYear('2024-12-31', '2026-01-01')).toEqual([
      { year: 2024, days: 1 },
      { year: 2025, days: 365 },
      { year: 2026, days: 0 },
    ]);
  });

  it('gives the last fen to the discharge year', () => {
    expect(splitByDays(1_000_001, [10, 10])).toEqual([500_000, 500_001]);
    expect(splitByDays(100, [1, 1, 1])).toEqual([33, 33, 34]);
    expect(() => splitByDays(100, [0, 0])).toThrow(RangeError);
  });

  it('splits each column, charges the deductible once, and applies each year’s ceiling', () => {
    const form = unwrap(
      calculateSettlement(
        jiangsu,
        input({ admissionDate: '2025-12-22', dischargeDate: '2026-01-11', paidBeforeByYear: { 2025: 39_950_000 } }),
      ),
    );
    expect(form.splitAcrossYears).toBe(true);
    const [y2025, y2026] = form.years;
    expect(y2025).toMatchObject({ year: 2025, days: 10, deductibleFen: 90_000, capped: true, fundFen: 50_000 });
    expect(y2025?.amounts).toEqual({
      totalFen: 500_000,
      inScopeFen: 450_000,
      classBPrepayFen: 25_000,
      overLimitFen: 5_000,
      selfPayFen: 20_000,
    });
    expect(y2026).toMatchObject({ year: 2026, days: 10, deductibleFen: 0, fundFen: 382_500, capped: false });
    expect(form.fundTotalFen).toBe(432_500);
    expect(form.amounts.totalFen).toBe(1_000_000);
    expect(form.sources).toContainEqual(cite('003', 'Art. 44'));
  });

  it('settles outpatient visits and the WHOLE_AT_DISCHARGE mode in one year', () => {
    const visit = unwrap(
      calculateSettlement(
        jiangsu,
        input({ expenseType: 'OUTPATIENT', admissionDate: '2025-12-31', dischargeDate: '2026-01-02' }),
      ),
    );
    expect(visit.years.map((y) => y.year)).toEqual([2026]);
    const whole = {
      ...jiangsu,
      benefit: { ...jiangsu.benefit, crossYear: { ...jiangsu.benefit.crossYear, mode: 'WHOLE_AT_DISCHARGE' as const } },
    };
    const form = unwrap(
      calculateSettlement(whole, input({ admissionDate: '2025-12-22', dischargeDate: '2026-01-11' })),
    );
    expect(form).toMatchObject({ splitAcrossYears: false, fundTotalFen: 688_500 });
  });
});

describe('003 Art. 56 — fee cross-check at ≥ 30,000 yuan for a single stay', () => {
  it('flags 30,000.00 yuan and above, not 29,999.99', () => {
    expect(feeCrossCheck(jiangsu, 'INPATIENT', 3_000_000)).toMatchObject({
      flagged: true,
      thresholdFen: 3_000_000,
      source: cite('003', 'Art. 56'),
    });
    expect(feeCrossCheck(jiangsu, 'INPATIENT', 3_000_000).message).toContain('30000元');
    expect(feeCrossCheck(jiangsu, 'INPATIENT', 2_999_999)).toMatchObject({ flagged: false, message: null });
  });

  it('flags hospital stays only (childbirth included), not outpatient visits', () => {
    expect(feeCrossCheck(jiangsu, 'MATERNITY', 3_500_000).flagged).toBe(true);
    expect(feeCrossCheck(jiangsu, 'OUTPATIENT', 9_000_000).flagged).toBe(false);
    const form = unwrap(calculateSettlement(jiangsu, input({ lines: [{ amountFen: 3_000_000 }] })));
    expect(form.crossCheck.flagged).toBe(true);
  });
});
