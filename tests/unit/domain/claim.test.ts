import { isChecklistComplete, missingMaterials, requiredMaterials } from '@shared/domain/claim/checklist';
import { checkClaimEligibility, type EligibilityFacts } from '@shared/domain/claim/eligibility';
import { adopt, cite } from '@shared/domain/sources';
import { policyFor } from '@shared/policy';
import { checklistFor, claimFacts } from '../support/builders';

const jiangsu = policyFor('JIANGSU');
const shanxi = policyFor('SHANXI');
const liaoning = policyFor('LIAONING');

const items = (list: { item: string }[]) => list.map((i) => i.item);

describe('003 Art. 27 — base materials per expense type', () => {
  it.each([
    ['INPATIENT', ['INVOICE', 'FEE_LIST', 'DIAGNOSIS_OR_DISCHARGE']],
    ['OUTPATIENT', ['INVOICE', 'FEE_LIST', 'PRESCRIPTION_OR_RECORD']],
    ['EMERGENCY', ['INVOICE', 'FEE_LIST', 'EMERGENCY_DIAGNOSIS_OR_RECORD']],
    ['MATERNITY', ['INVOICE', 'FEE_LIST', 'DISCHARGE_SUMMARY']],
  ] as const)('%s needs %j', (expenseType, expected) => {
    const list = checklistFor('JIANGSU', claimFacts({ expenseType }));
    expect(items(list)).toEqual(expected);
    expect(list.every((i) => i.source.label === cite('003', 'Art. 27').label)).toBe(true);
    expect(list[0]?.reason).toContain('基本材料');
  });

  it('000 流程一: Shanxi names the inpatient items as its online flow does', () => {
    const list = checklistFor('SHANXI', claimFacts());
    expect(list.map((i) => i.name)).toEqual(['住院发票', '住院费用清单', '诊断建议书或出院证']);
    expect(list[0]?.source).toEqual(cite('000', '流程一'));
    expect(list[1]?.source).toEqual(adopt('003', 'Art. 27'));
  });

  it('002 §3: Liaoning asks for the outpatient record and the prescription', () => {
    const list = checklistFor('LIAONING', claimFacts({ expenseType: 'OUTPATIENT' }));
    expect(list.map((i) => i.name)).toEqual(['收费票据', '费用清单', '门诊病历和处方']);
    expect(list[2]?.source).toEqual(cite('002', '§3'));
  });
});

describe('003 Art. 27 — conditional supplements', () => {
  it('rescue during a stay adds the rescue record and the discharge summary', () => {
    expect(items(checklistFor('JIANGSU', claimFacts({ rescue: true })))).toEqual([
      'INVOICE',
      'FEE_LIST',
      'DIAGNOSIS_OR_DISCHARGE',
      'RESCUE_RECORD',
      'DISCHARGE_SUMMARY',
    ]);
  });

  it('rescue at an emergency visit adds the rescue record only (no stay, no discharge summary)', () => {
    expect(items(checklistFor('JIANGSU', claimFacts({ expenseType: 'EMERGENCY', rescue: true })))).toEqual([
      'INVOICE',
      'FEE_LIST',
      'EMERGENCY_DIAGNOSIS_OR_RECORD',
      'RESCUE_RECORD',
    ]);
  });

  it('a patient who died after rescue adds the death record and certificate', () => {
    expect(items(checklistFor('JIANGSU', claimFacts({ rescue: true, died: true })))).toContain('DEATH_RECORD');
    expect(items(checklistFor('JIANGSU', claimFacts({ died: true })))).not.toContain('DEATH_RECORD');
  });

  it('childbirth with rescue lists the discharge summary once, with both reasons', () => {
    const list = checklistFor(
      'JIANGSU',
      claimFacts({ eligibilityCase: 'MATERNITY_AWAY', expenseType: 'MATERNITY', rescue: true }),
    );
    expect(items(list).filter((i) => i === 'DISCHARGE_SUMMARY')).toHaveLength(1);
    expect(list.find((i) => i.item === 'DISCHARGE_SUMMARY')?.reason).toContain('抢救');
  });

  it('accidental injury: official documents, or else the signed trauma letter (001 附件2)', () => {
    const withDocs = checklistFor('SHANXI', claimFacts({ accidentalInjury: 'WITH_OFFICIAL_DOCUMENTS' }));
    expect(items(withDocs)).toContain('ACCIDENT_DOCUMENT');
    expect(items(withDocs)).not.toContain('TRAUMA_NO_THIRD_PARTY_LETTER');
    const without = checklistFor('SHANXI', claimFacts({ accidentalInjury: 'WITHOUT_OFFICIAL_DOCUMENTS' }));
    const letter = without.find((i) => i.item === 'TRAUMA_NO_THIRD_PARTY_LETTER');
    expect(letter).toMatchObject({ form: 'TRAUMA_NO_THIRD_PARTY', source: cite('001', '附件2') });
    expect(items(without)).not.toContain('ACCIDENT_DOCUMENT');
  });

  it('双通道 drugs add the application form; drugs bought outside add the invoice and the order or prescription', () => {
    const list = items(checklistFor('JIANGSU', claimFacts({ dualChannelDrugs: true, drugsBoughtOutside: true })));
    expect(list).toEqual(
      expect.arrayContaining(['DUAL_CHANNEL_DRUG_FORM', 'OUTSIDE_PURCHASE_INVOICE', 'ORDER_OR_PRESCRIPTION']),
    );
  });

  it('001 附件3: tests or drugs outside the hospital during the stay add the stamped slip', () => {
    const list = checklistFor('SHANXI', claimFacts({ outsideServicesDuringStay: true }));
    expect(list.find((i) => i.item === 'OUTSIDE_SERVICE_SLIP')).toMatchObject({
      form: 'OUTSIDE_SERVICE_SLIP',
      source: cite('001', '附件3'),
    });
  });

  it('refuses outside services "during the stay" for an outpatient claim', () => {
    const result = requiredMaterials(
      jiangsu,
      claimFacts({ expenseType: 'OUTPATIENT', outsideServicesDuringStay: true }),
    );
    expect(result).toMatchObject({ ok: false, code: 'FACTS_INCONSISTENT' });
    const maternity = requiredMaterials(
      jiangsu,
      claimFacts({ eligibilityCase: 'MATERNITY_AWAY', expenseType: 'INPATIENT' }),
    );
    expect(maternity).toMatchObject({ ok: false, code: 'FACTS_INCONSISTENT' });
  });

  it('000 流程一: a proxy adds the proxy’s identity and the power of attorney', () => {
    const list = checklistFor('SHANXI', claimFacts({ filedByProxy: true }));
    expect(items(list).slice(-2)).toEqual(['PROXY_ID', 'POWER_OF_ATTORNEY']);
    expect(list.at(-1)?.source).toEqual(cite('000', '流程一'));
  });
});

describe('000 流程一 — the e-voucher satisfies the invoice and the itemised list', () => {
  it('marks them satisfied and leaves only the rest missing', () => {
    const list = checklistFor('SHANXI', claimFacts({ eVoucherFetched: true }));
    expect(list.filter((i) => i.satisfiedByEVoucher).map((i) => i.item)).toEqual(['INVOICE', 'FEE_LIST']);
    expect(items(missingMaterials(list, []))).toEqual(['DIAGNOSIS_OR_DISCHARGE']);
    expect(isChecklistComplete(list, ['DIAGNOSIS_OR_DISCHARGE'])).toBe(true);
  });

  it('without the e-voucher everything must be uploaded', () => {
    const list = checklistFor('SHANXI', claimFacts());
    expect(items(missingMaterials(list, ['INVOICE']))).toEqual(['FEE_LIST', 'DIAGNOSIS_OR_DISCHARGE']);
    expect(isChecklistComplete(list, ['INVOICE'])).toBe(false);
  });
});

describe('003 Art. 26 — when a claim is allowed', () => {
  const facts = (overrides: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
    eligibilityCase: 'FILED_NOT_SETTLED',
    expenseType: 'INPATIENT',
    filingStatus: 'FILED',
    emergency: false,
    insuredIsStudent: false,
    ...overrides,
  });

  it('accepts a filed stay the hospital could not settle (Art. 26(1))', () => {
    expect(checkClaimEligibility(jiangsu, facts())).toMatchObject({
      ok: true,
      value: { eligibilityCase: 'FILED_NOT_SETTLED', source: cite('003', 'Art. 26(1)') },
    });
    expect(checkClaimEligibility(jiangsu, facts({ filingStatus: 'NOT_FILED' }))).toMatchObject({
      ok: false,
      code: 'ELIGIBILITY_FACTS_MISMATCH',
    });
  });

  it('accepts an unfiled emergency (Art. 26(2)) but not a non-emergency or a filed one', () => {
    const emergency = facts({ eligibilityCase: 'EMERGENCY_UNFILED', filingStatus: 'DEEMED_FILED', emergency: true });
    expect(checkClaimEligibility(jiangsu, emergency).ok).toBe(true);
    expect(checkClaimEligibility(jiangsu, { ...emergency, emergency: false }).ok).toBe(false);
    expect(checkClaimEligibility(jiangsu, { ...emergency, filingStatus: 'FILED' }).ok).toBe(false);
  });

  it('accepts students in vacation (Art. 26(3)) and childbirth away (Art. 26(4)) only when the facts fit', () => {
    expect(
      checkClaimEligibility(jiangsu, facts({ eligibilityCase: 'STUDENT_VACATION', insuredIsStudent: true })).ok,
    ).toBe(true);
    expect(checkClaimEligibility(jiangsu, facts({ eligibilityCase: 'STUDENT_VACATION' })).ok).toBe(false);
    expect(
      checkClaimEligibility(jiangsu, facts({ eligibilityCase: 'MATERNITY_AWAY', expenseType: 'MATERNITY' })).ok,
    ).toBe(true);
    expect(checkClaimEligibility(jiangsu, facts({ eligibilityCase: 'MATERNITY_AWAY' })).ok).toBe(false);
  });

  it('accepts other cases only where the region defines them (Art. 26(5); 000: self-paid in-province stays)', () => {
    expect(
      checkClaimEligibility(shanxi, facts({ eligibilityCase: 'OTHER_LOCAL', filingStatus: 'NOT_FILED' })),
    ).toMatchObject({
      ok: true,
      value: { source: cite('000', '§1') },
    });
    expect(checkClaimEligibility(liaoning, facts({ eligibilityCase: 'OTHER_LOCAL' }))).toMatchObject({
      ok: false,
      code: 'ELIGIBILITY_CASE_NOT_OFFERED',
    });
  });

  it('000: Shanxi takes inpatient costs online only', () => {
    expect(checkClaimEligibility(shanxi, facts({ expenseType: 'OUTPATIENT' }))).toMatchObject({
      ok: false,
      code: 'EXPENSE_TYPE_NOT_ONLINE',
    });
    expect(checkClaimEligibility(jiangsu, facts({ expenseType: 'OUTPATIENT' })).ok).toBe(true);
  });
});
