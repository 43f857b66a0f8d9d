import { settlementEstimate } from '@shared/domain/benefit/estimate';
import { calculateSettlement, type SettlementInput } from '@shared/domain/benefit/settlement';
import { cityNameOf, hospitalLevelName } from '@shared/domain/claim/hospital';
import { cite } from '@shared/domain/sources';
import { EXPENSE_TYPES, HOSPITAL_LEVELS, INSURANCE_TYPES, REGIONS, TREATMENTS } from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';
import fc from 'fast-check';
import { unwrap } from '../support/builders';

const jiangsu = policyFor('JIANGSU');

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

const amountOf = (estimate: ReturnType<typeof settlementEstimate>, code: string) =>
  estimate.figures.find((f) => f.code === code)?.amountFen;

describe('预估 — the settlement form as the applicant sees it (001 附件4)', () => {
  it('shows the calculated form figure by figure, each with its 依据', () => {
    const form = unwrap(calculateSettlement(jiangsu, input()));
    const estimate = settlementEstimate(form);

    expect(estimate.figures.map((f) => [f.code, f.amountFen])).toEqual([
      ['TOTAL', 1_000_000],
      ['IN_SCOPE', 900_000],
      ['CLASS_B_PREPAY', 50_000],
      ['OVER_LIMIT', 10_000],
      ['SELF_PAY', 40_000],
      ['DEDUCTIBLE', 90_000],
      ['ELIGIBLE', 810_000],
      ['FUND', 688_500],
      ['PERSONAL_CASH', 311_500],
    ]);
    expect(estimate.fundPaymentFen).toBe(form.fundTotalFen);
    expect(estimate.personalCashFen).toBe(form.personalCashFen);
    for (const figure of estimate.figures) {
      expect(figure.source.label).toMatch(/^依据：/);
      expect(figure.explanation).toMatch(/\p{Script=Han}/u);
    }
    expect(estimate.figures.find((f) => f.code === 'DEDUCTIBLE')?.source).toEqual(jiangsu.benefit.parametersSource);
    expect(estimate.figures.find((f) => f.code === 'TOTAL')?.source).toEqual(cite('001', '附件4'));
    expect(estimate.figures.find((f) => f.code === 'FUND')?.explanation).toContain('支付比例85%');
  });

  it('breaks down what remains the applicant’s, the parts adding up to 个人现金支付', () => {
    const estimate = settlementEstimate(unwrap(calculateSettlement(jiangsu, input())));

    expect(estimate.personalParts.map((p) => [p.code, p.amountFen])).toEqual([
      ['CLASS_B_PREPAY', 50_000],
      ['OVER_LIMIT', 10_000],
      ['SELF_PAY', 40_000],
      ['DEDUCTIBLE', 90_000],
      ['CO_PAYMENT', 810_000 - 688_500],
      ['ABOVE_CEILING', 0],
    ]);
    expect(estimate.identities).toHaveLength(3);
    expect(estimate.identities.every((i) => i.holds)).toBe(true);
  });

  it('names the annual ceiling when it cut the payment, and counts the cut as the applicant’s', () => {
    const ceiling = jiangsu.benefit.parameters.EMPLOYEE.annualCeilingFen;
    const form = unwrap(calculateSettlement(jiangsu, input({ paidBeforeByYear: { 2026: ceiling - 100_000 } })));
    const estimate = settlementEstimate(form);

    expect(amountOf(estimate, 'FUND')).toBe(100_000);
    expect(estimate.personalParts.find((p) => p.code === 'ABOVE_CEILING')?.amountFen).toBe(688_500 - 100_000);
    expect(estimate.figures.find((f) => f.code === 'FUND')?.explanation).toContain('年度最高支付限额');
    expect(estimate.identities.every((i) => i.holds)).toBe(true);
  });

  it('says the ratio changed, and charges no deductible at a non-designated institution', () => {
    const unfiled = settlementEstimate(unwrap(calculateSettlement(jiangsu, input({ treatment: 'UNFILED' }))));
    const nonDesignated = settlementEstimate(
      unwrap(calculateSettlement(jiangsu, input({ designatedInstitution: false }))),
    );

    expect(unfiled.figures.find((f) => f.code === 'FUND')?.explanation).toMatch(/支付比例\d+%调整为\d+%/);
    expect(amountOf(nonDesignated, 'FUND')).toBe(0);
    expect(amountOf(nonDesignated, 'DEDUCTIBLE')).toBe(0);
    expect(nonDesignated.figures.find((f) => f.code === 'DEDUCTIBLE')?.explanation).toContain('不予支付');
    expect(nonDesignated.personalCashFen).toBe(1_000_000);
  });

  it('keeps every identity for any calculated form (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          region: fc.constantFrom(...REGIONS),
          insuranceType: fc.constantFrom(...INSURANCE_TYPES),
          hospitalLevel: fc.constantFrom(...HOSPITAL_LEVELS),
          treatment: fc.constantFrom(...TREATMENTS),
          designatedInstitution: fc.boolean(),
          expenseType: fc.constantFrom(...EXPENSE_TYPES),
          amountFen: fc.integer({ min: 0, max: 50_000_000 }),
          personalPercent: fc.nat({ max: 100 }),
          paidBefore: fc.nat({ max: 100_000_000 }),
          discharge: fc.constantFrom('2025-12-31', '2026-01-05', '2026-02-01'),
        }),
        (c) => {
          const personal = Math.floor((c.amountFen * c.personalPercent) / 100);
          const form = unwrap(
            calculateSettlement(policyFor(c.region), {
              ...input(c),
              lines: [{ amountFen: c.amountFen, selfPayFen: personal }],
              admissionDate: '2025-12-20',
              dischargeDate: c.discharge,
              paidBeforeByYear: { 2025: c.paidBefore },
            }),
          );
          const estimate = settlementEstimate(form);
          expect(estimate.identities.every((i) => i.holds)).toBe(true);
          expect(estimate.personalParts.every((p) => Number.isSafeInteger(p.amountFen) && p.amountFen >= 0)).toBe(true);
        },
      ),
    );
  });
});

describe('医疗机构 — the city and level of a hospital in words', () => {
  it('names the city of a prefecture, a municipality and a county-level city governed by the province', () => {
    expect(cityNameOf('460200')).toBe('三亚市');
    expect(cityNameOf('310100')).toBe('上海市');
    expect(cityNameOf('110105')).toBe('北京市');
    expect(cityNameOf('429004')).toBe('仙桃市');
    expect(cityNameOf('999999')).toBe('');
    expect(cityNameOf('4602')).toBe('');
  });

  it('names the level, or says it is unknown', () => {
    expect(hospitalLevelName('TERTIARY')).toBe('三级');
    expect(hospitalLevelName('PRIMARY')).toBe('一级及以下');
    expect(hospitalLevelName(null)).toBe('等级未知');
  });
});
