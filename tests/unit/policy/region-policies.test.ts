import type { Source } from '@shared/domain/sources';
import { adopt, chineseNumber, cite, PLATFORM_RULE } from '@shared/domain/sources';
import { FILING_TYPES, isLongTermFilingType, REGIONS } from '@shared/domain/vocabulary';
import { allPolicies, parseRegionPolicy, policyFor, regionOfDivision } from '@shared/policy';
import { jiangsu } from '@shared/policy/jiangsu';

/** Every `source` object anywhere inside a value. */
function sourcesIn(value: unknown, found: Source[] = []): Source[] {
  if (Array.isArray(value)) for (const v of value) sourcesIn(v, found);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.file === 'string' && typeof o.article === 'string' && typeof o.label === 'string')
      found.push(o as unknown as Source);
    else for (const v of Object.values(o)) sourcesIn(v, found);
  }
  return found;
}

describe('Region policies as validated data', () => {
  it('loads and validates all four regions', () => {
    expect(allPolicies().map((p) => p.region)).toEqual(REGIONS);
    expect(policyFor('JIANGSU')).toBe(policyFor('JIANGSU'));
  });

  it('gives every entry a source with a Chinese "依据：" label', () => {
    for (const policy of allPolicies()) {
      const sources = sourcesIn(policy);
      expect(sources.length).toBeGreaterThan(40);
      for (const s of sources) expect(s.label).toMatch(/^依据：/);
    }
  });

  it('003 Art. 7–8: commitment is allowed for the three long-term types only', () => {
    for (const policy of allPolicies()) {
      for (const type of FILING_TYPES) {
        const rule = policy.filing.types[type];
        if (rule.offered) expect(rule.commitmentAllowed).toBe(isLongTermFilingType(type));
      }
    }
  });

  it('refuses a region file that breaks a source cap (003 Art. 18: −20 / −5; 003 Art. 10: ≥ 6 months)', () => {
    const unfiled = { ...jiangsu.benefit.adjustments.unfiled, reductionPoints: 25 };
    expect(() =>
      parseRegionPolicy({
        ...jiangsu,
        benefit: { ...jiangsu.benefit, adjustments: { ...jiangsu.benefit.adjustments, unfiled } },
      }),
    ).toThrow(/20个百分点/);
    const referral = { ...jiangsu.benefit.adjustments.referral, reductionPoints: 6 };
    expect(() =>
      parseRegionPolicy({
        ...jiangsu,
        benefit: { ...jiangsu.benefit, adjustments: { ...jiangsu.benefit.adjustments, referral } },
      }),
    ).toThrow(/5个百分点/);
    const shortReferral = { ...jiangsu.filing.types.REFERRAL, validity: { kind: 'MONTHS' as const, months: 3 } };
    expect(() =>
      parseRegionPolicy({
        ...jiangsu,
        filing: { ...jiangsu.filing, types: { ...jiangsu.filing.types, REFERRAL: shortReferral } },
      }),
    ).toThrow(/6个月/);
  });

  it('refuses commitment for a temporary type and a long-term type with a month validity', () => {
    const referral = { ...jiangsu.filing.types.REFERRAL, commitmentAllowed: true };
    expect(() =>
      parseRegionPolicy({
        ...jiangsu,
        filing: { ...jiangsu.filing, types: { ...jiangsu.filing.types, REFERRAL: referral } },
      }),
    ).toThrow(/长期异地居住人员可以承诺制/);
    const retiree = { ...jiangsu.filing.types.RETIREE_RESETTLED, validity: { kind: 'MONTHS' as const, months: 6 } };
    expect(() =>
      parseRegionPolicy({
        ...jiangsu,
        filing: { ...jiangsu.filing, types: { ...jiangsu.filing.types, RETIREE_RESETTLED: retiree } },
      }),
    ).toThrow(/长期有效/);
  });

  it('refuses a letter whose blanks and fields do not match', () => {
    const letter = {
      ...jiangsu.letters.personalCommitment,
      body: `${jiangsu.letters.personalCommitment.body}{{extra}}`,
    };
    expect(() =>
      parseRegionPolicy({ ...jiangsu, letters: { ...jiangsu.letters, personalCommitment: letter } }),
    ).toThrow(/extra/);
    const unused = {
      ...jiangsu.letters.personalCommitment,
      fields: [...jiangsu.letters.personalCommitment.fields, { key: 'unused', label: '无' }],
    };
    expect(() =>
      parseRegionPolicy({ ...jiangsu, letters: { ...jiangsu.letters, personalCommitment: unused } }),
    ).toThrow(/unused/);
  });

  it('003 Art. 28, 002 §3, 000 流程二–四: carries each region’s time limits', () => {
    const limits = Object.fromEntries(allPolicies().map((p) => [p.region, p.caseTimeLimits]));
    expect(limits.SHANXI).toMatchObject({
      kind: 'PER_STAGE',
      acceptance: { workingDays: 2 },
      finance: { workingDays: 2 },
    });
    expect(limits.JIANGSU).toMatchObject({
      kind: 'WHOLE_CASE',
      smallOutpatient: { workingDays: 5, maxAmountFen: 100_000 },
      general: { workingDays: 10 },
      special: { workingDays: 20 },
    });
    expect(limits.LIAONING).toMatchObject({ kind: 'WHOLE_CASE', general: { workingDays: 30 }, special: null });
  });

  it('003 Art. 56: every region flags fee cross-checks at 30,000 yuan', () => {
    for (const policy of allPolicies()) expect(policy.benefit.crossCheck.thresholdFen).toBe(3_000_000);
  });

  it('exposes the whole domain through one entry point', async () => {
    const domain = await import('@shared/domain');
    expect(typeof domain.createFiling).toBe('function');
    expect(typeof domain.applyTransition).toBe('function');
    expect(typeof domain.calculateSettlement).toBe('function');
  });

  it('finds the region of a division code', () => {
    expect(regionOfDivision('140105')).toBe('SHANXI');
    expect(regionOfDivision('370200')).toBe('SHANDONG');
    expect(regionOfDivision('110000')).toBeNull();
  });
});

describe('Sources — "依据：…" labels', () => {
  it('writes clauses in Chinese', () => {
    expect(cite('003', 'Art. 28').label).toBe('依据：《江苏省异地就医经办服务规程》第二十八条');
    expect(cite('003', 'Art. 8(5)').label).toBe('依据：《江苏省异地就医经办服务规程》第八条第（五）项');
    expect(cite('003', 'Art. 17–19').label).toBe('依据：《江苏省异地就医经办服务规程》第十七至十九条');
    expect(cite('001', '§3(2)1').label).toContain('第三部分（二）第1点');
    expect(cite('000', '流程二').label).toContain('附件《山西省医保住院费用线上手工报销结算服务流程》第二部分');
    expect(cite('001', '附件1').label).toMatch(/附件1$/);
    expect(adopt('003', 'Art. 27')).toMatchObject({ file: 'CONFIG', article: 'ref 003 Art. 27' });
    expect(adopt('003', 'Art. 27').label).toContain('参照《江苏省异地就医经办服务规程》第二十七条');
    expect(PLATFORM_RULE.label).toBe('依据：本平台配置（本平台办理规则）');
  });

  it('writes numbers 1–99 in Chinese', () => {
    expect([1, 10, 11, 20, 28, 56, 99].map(chineseNumber)).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十八',
      '五十六',
      '九十九',
    ]);
    expect(() => chineseNumber(100)).toThrow(RangeError);
  });
});
