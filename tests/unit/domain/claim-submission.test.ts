import { type ClaimedTreatment, checkOnlineEligibility, checkSubmission } from '@shared/domain/claim/submission';
import { policyFor } from '@shared/policy';
import { caseRecord, filing, noonInShanghai } from '../support/builders';

const shanxi = policyFor('SHANXI');
const applicant = { id: 'user-insured', role: 'applicant' as const };
const insured = { insuredStatus: 'INSURED' as const, isStudent: false };
const treatment: ClaimedTreatment = {
  eligibilityCase: 'FILED_NOT_SETTLED',
  expenseType: 'INPATIENT',
  rescue: false,
  placeCode: '460100',
  admissionDate: '2025-06-01',
  dischargeDate: '2025-06-10',
};
const filed = [filing()];
const now = noonInShanghai('2026-03-02');

function facts(overrides: Partial<Parameters<typeof checkSubmission>[1]> = {}) {
  return {
    record: caseRecord(),
    actor: applicant,
    hasBankAccount: true,
    claimant: insured,
    filings: filed,
    treatment,
    now,
    ...overrides,
  };
}

describe('000 流程一 — a submission is one decision', () => {
  it('submits a complete claim with an account, an amount and an eligible case', () => {
    const result = checkSubmission(shanxi, facts());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.record).toMatchObject({ state: 'submitted', lastSubmittedOn: '2026-03-02' });
    expect(result.value.event).toMatchObject({ action: 'SUBMIT', from: 'draft', to: 'submitted' });
    expect(result.value.eligibility.eligibilityCase).toBe('FILED_NOT_SETTLED');
  });

  it('refuses an incomplete checklist first, listing every missing item', () => {
    const record = caseRecord({ attached: [] });
    const result = checkSubmission(shanxi, facts({ record, hasBankAccount: false }));
    expect(result).toMatchObject({ ok: false, code: 'MATERIALS_INCOMPLETE' });
    expect(!result.ok && result.details?.items).toEqual(record.checklist.map((i) => i.item));
  });

  it('then the bank account, then the amount', () => {
    expect(checkSubmission(shanxi, facts({ hasBankAccount: false }))).toMatchObject({
      code: 'BANK_ACCOUNT_REQUIRED',
      message: '请先填写收款银行账户（参保人本人的银行卡）',
    });
    expect(checkSubmission(shanxi, facts({ record: caseRecord({ claimedTotalFen: 0 }) }))).toMatchObject({
      code: 'AMOUNT_REQUIRED',
      message: '请先获取电子票据，或填写申报金额',
    });
  });

  it('then eligibility with the filings as they stand now: a cancelled filing no longer counts', () => {
    expect(checkSubmission(shanxi, facts({ filings: [] }))).toMatchObject({
      ok: false,
      code: 'ELIGIBILITY_FACTS_MISMATCH',
    });
    expect(checkSubmission(shanxi, facts({ claimant: { ...insured, insuredStatus: 'SUSPENDED' } }))).toMatchObject({
      code: 'INSURANCE_SUSPENDED',
    });
  });

  it('refuses a submission in any state but draft before anything else', () => {
    const result = checkSubmission(
      shanxi,
      facts({ record: caseRecord({ state: 'submitted' }), hasBankAccount: false }),
    );
    expect(result).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
  });
});

describe('003 Art. 26 — online eligibility', () => {
  it('deems an emergency filed, and a rescue during a stay an emergency', () => {
    const emergency = { ...treatment, eligibilityCase: 'EMERGENCY_UNFILED' as const, rescue: true };
    expect(checkOnlineEligibility(shanxi, insured, [], emergency).ok).toBe(true);
  });

  it('refuses a person not insured now before looking at the filings', () => {
    expect(checkOnlineEligibility(shanxi, { ...insured, insuredStatus: 'TERMINATED' }, filed, treatment)).toMatchObject(
      {
        code: 'INSURANCE_TERMINATED',
      },
    );
  });
});
