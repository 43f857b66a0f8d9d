import { checkVoucherUsable, placeCodeOfHospital, type VoucherFacts } from '@shared/domain/claim/voucher';
import {
  checkVoucherClaimable,
  checkVoucherHeld,
  voucherLockChange,
  voucherLockRefusal,
} from '@shared/domain/claim/voucherLock';
import { cite } from '@shared/domain/sources';
import { CASE_STATES } from '@shared/domain/vocabulary';

const person = { name: '王秀兰', idNumberIndex: 'index-of-wang' };
const claim = { expenseType: 'INPATIENT' as const };

function voucher(overrides: Partial<VoucherFacts> = {}): VoucherFacts {
  return {
    status: 'NORMAL',
    medicalCareType: 'INPATIENT',
    payerName: '王秀兰',
    payerIdNumberIndex: 'index-of-wang',
    reimbursement: null,
    ...overrides,
  };
}

describe('000 流程一 — an e-voucher is usable for the insured person’s own claim of its type', () => {
  it('accepts the person’s own, normal voucher of the declared type (name compared trimmed)', () => {
    expect(checkVoucherUsable(voucher({ payerName: ' 王秀兰 ' }), claim, person)).toEqual({ ok: true, value: true });
  });

  it('refuses another patient: a different name or a different ID number', () => {
    for (const other of [voucher({ payerName: '李四' }), voucher({ payerIdNumberIndex: 'index-of-li' })]) {
      const result = checkVoucherUsable(other, claim, person);
      expect(result).toMatchObject({ ok: false, code: 'VOUCHER_PATIENT_MISMATCH', source: cite('000', '流程一') });
    }
  });

  it('refuses a voucher reimbursed elsewhere, naming where and when when the platform says', () => {
    const named = checkVoucherUsable(
      voucher({ status: 'REIMBURSED', reimbursement: { date: '2026-01-05', agency: '太原市医保中心' } }),
      claim,
      person,
    );
    expect(named).toMatchObject({
      ok: false,
      code: 'VOUCHER_REIMBURSED',
      message: '该票据已于2026-01-05在太原市医保中心报销，同一张票据不能重复报销',
    });
    expect(checkVoucherUsable(voucher({ status: 'REIMBURSED' }), claim, person)).toMatchObject({
      message: '该票据已报销，同一张票据不能重复报销',
    });
  });

  it('refuses a reversed voucher and one of another expense type', () => {
    expect(checkVoucherUsable(voucher({ status: 'REVERSED' }), claim, person)).toMatchObject({
      code: 'VOUCHER_REVERSED',
    });
    expect(checkVoucherUsable(voucher({ medicalCareType: 'OUTPATIENT' }), claim, person)).toMatchObject({
      code: 'VOUCHER_TYPE_MISMATCH',
      message: '该票据是门诊票据，与本次申报的费用类型（住院）不一致',
    });
  });

  it('checks the patient first: another patient’s reversed voucher is refused as another patient’s', () => {
    const result = checkVoucherUsable(voucher({ payerName: '李四', status: 'REVERSED' }), claim, person);
    expect(result).toMatchObject({ code: 'VOUCHER_PATIENT_MISMATCH' });
  });
});

describe('the hospital code carries its place', () => {
  it('reads the six-digit division after H, and nothing from another shape', () => {
    expect(placeCodeOfHospital('H14010500123')).toBe('140105');
    expect(placeCodeOfHospital('H1401')).toBeUndefined();
    expect(placeCodeOfHospital('X14010500123')).toBeUndefined();
  });
});

describe('票据锁 — one open claim per voucher, one message per refusal', () => {
  const mine = 'CASE-A';
  it('a free or released voucher may be claimed; one open for this very case too', () => {
    expect(checkVoucherClaimable(undefined, mine).ok).toBe(true);
    expect(checkVoucherClaimable({ state: 'RELEASED', caseId: 'CASE-B' }, mine).ok).toBe(true);
    expect(checkVoucherClaimable({ state: 'OPEN', caseId: mine }, mine).ok).toBe(true);
  });

  it('a voucher open for another case, or reimbursed, may not', () => {
    expect(checkVoucherClaimable({ state: 'OPEN', caseId: 'CASE-B' }, mine)).toMatchObject({
      code: 'VOUCHER_ALREADY_CLAIMED',
    });
    expect(checkVoucherClaimable({ state: 'REIMBURSED', caseId: mine }, mine)).toMatchObject({
      code: 'VOUCHER_ALREADY_REIMBURSED',
    });
  });

  it('review and completion need the lock open and held by this case', () => {
    expect(checkVoucherHeld({ state: 'OPEN', caseId: mine }, mine).ok).toBe(true);
    for (const lock of [
      undefined,
      { state: 'RELEASED' as const, caseId: mine },
      { state: 'OPEN' as const, caseId: 'B' },
    ]) {
      expect(checkVoucherHeld(lock, mine)).toMatchObject({ code: 'VOUCHER_ALREADY_CLAIMED' });
    }
    expect(checkVoucherHeld({ state: 'REIMBURSED', caseId: mine }, mine)).toMatchObject({
      code: 'VOUCHER_ALREADY_REIMBURSED',
    });
  });

  it('words each refusal the same wherever it arises', () => {
    const claimedAtLookUp = checkVoucherClaimable({ state: 'OPEN', caseId: 'B' }, mine);
    const claimedAtReview = checkVoucherHeld({ state: 'OPEN', caseId: 'B' }, mine);
    const lostRace = voucherLockRefusal({ state: 'RELEASED', caseId: 'B' }, mine, 'LOCK');
    expect(claimedAtLookUp).toEqual(claimedAtReview);
    expect(lostRace).toEqual(claimedAtReview);
    expect(voucherLockRefusal({ state: 'REIMBURSED', caseId: mine }, mine, 'REIMBURSE')).toEqual(
      checkVoucherClaimable({ state: 'REIMBURSED', caseId: 'B' }, mine),
    );
  });

  it('submission locks, an end without payment releases (never from a draft), completion reimburses', () => {
    expect(voucherLockChange('draft', 'submitted')).toBe('LOCK');
    expect(voucherLockChange('awaiting_supplement', 'submitted')).toBeNull();
    expect(voucherLockChange('submitted', 'withdrawn')).toBe('RELEASE');
    expect(voucherLockChange('accepted', 'withdrawn')).toBe('RELEASE');
    expect(voucherLockChange('draft', 'withdrawn')).toBeNull();
    expect(voucherLockChange('submitted', 'refused')).toBe('RELEASE');
    expect(voucherLockChange('accepted', 'rejected')).toBe('RELEASE');
    expect(voucherLockChange('paid', 'completed')).toBe('REIMBURSE');
    const others = CASE_STATES.filter(
      (s) => !['submitted', 'withdrawn', 'refused', 'rejected', 'completed'].includes(s),
    );
    for (const to of others) expect(voucherLockChange('submitted', to)).toBeNull();
  });
});
