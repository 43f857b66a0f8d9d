import { defaultCalendar } from '@shared/domain/calendar/calendar';
import { commitmentUnlockDate, isFilingOpenOn, isFilingValidOn, validityEnd } from '@shared/domain/filing/filing';
import { filingReviewDeadline } from '@shared/domain/filing/reviewDeadline';
import {
  canCancelFiling,
  canChangeFiling,
  cancelFiling,
  changeFiling,
  createFiling,
  type FilingRequest,
  reviewFiling,
} from '@shared/domain/filing/rules';
import { cite } from '@shared/domain/sources';
import { policyFor } from '@shared/policy';
import { filing, unwrap } from '../support/builders';

const jiangsu = policyFor('JIANGSU');
const shanxi = policyFor('SHANXI');
const liaoning = policyFor('LIAONING');
const shandong = policyFor('SHANDONG');

/** A Nanjing insured person filing for 海南 (Hainan files to the province, 460000). */
function request(overrides: Partial<FilingRequest> = {}): FilingRequest {
  return {
    type: 'RETIREE_RESETTLED',
    basis: 'COMMITMENT',
    proofs: ['PERSONAL_COMMITMENT'],
    destinationCode: '460000',
    insuredPlaceCode: '320100',
    ...overrides,
  };
}

describe('003 Art. 7–8 — filing types, proofs and the personal commitment', () => {
  it('creates a long-term filing by commitment, valid until changed or cancelled (003 Art. 10)', () => {
    const decision = unwrap(createFiling(jiangsu, request(), [], '2025-03-10'));
    expect(decision.filing).toMatchObject({
      type: 'RETIREE_RESETTLED',
      basis: 'COMMITMENT',
      destination: { code: '460000', level: 'PROVINCE' },
      status: 'PENDING_REVIEW',
      validFrom: null,
      validUntil: null,
    });
    expect(decision.approvedAtOnce).toBe(false);
  });

  it('003 Art. 9(2): an online filing waits at most 1 working day for review', () => {
    const decision = unwrap(createFiling(jiangsu, request(), [], '2026-04-03'));
    expect(decision.reviewWorkingDays).toBe(1);
    expect(filingReviewDeadline(jiangsu, decision.filing, defaultCalendar())?.date).toBe('2026-04-07');
    expect(filingReviewDeadline(jiangsu, filing(), defaultCalendar())).toBeNull();
  });

  it('004 §2(4): self-service filing is opened at once (免证明材料、免经办审核、即时开通)', () => {
    const decision = unwrap(createFiling(shandong, request(), [], '2025-03-10'));
    expect(decision).toMatchObject({ approvedAtOnce: true, reviewWorkingDays: null });
    expect(decision.filing).toMatchObject({ status: 'ACTIVE', validFrom: '2025-03-10', validUntil: null });
  });

  it.each(['REFERRAL', 'TEMPORARY_OTHER'] as const)('003 Art. 8: %s cannot file by commitment', (type) => {
    const result = createFiling(jiangsu, request({ type }), [], '2025-03-10');
    expect(result).toMatchObject({ ok: false, code: 'COMMITMENT_NOT_ALLOWED' });
  });

  it('001 附件1: a commitment filing needs the signed personal commitment letter', () => {
    const result = createFiling(jiangsu, request({ proofs: [] }), [], '2025-03-10');
    expect(result).toMatchObject({ ok: false, code: 'PROOF_MISSING', details: { accepted: ['PERSONAL_COMMITMENT'] } });
  });

  it('003 Art. 8(1): a filing with proof needs the household register', () => {
    const result = createFiling(jiangsu, request({ basis: 'PROOF', proofs: ['RESIDENCE_PROOF'] }), [], '2025-03-10');
    expect(result).toMatchObject({ ok: false, code: 'PROOF_MISSING', details: { accepted: ['HOUSEHOLD_REGISTER'] } });
    if (!result.ok) expect(result.source).toEqual(cite('003', 'Art. 8(1)'));
    expect(
      createFiling(jiangsu, request({ basis: 'PROOF', proofs: ['HOUSEHOLD_REGISTER'] }), [], '2025-03-10').ok,
    ).toBe(true);
  });

  it('003 Art. 8(6): other temporary treatment needs identity only, valid at least 6 months (003 Art. 10)', () => {
    const decision = unwrap(
      createFiling(shandong, request({ type: 'TEMPORARY_OTHER', basis: 'PROOF', proofs: [] }), [], '2025-08-31'),
    );
    expect(decision.filing.validUntil).toBe('2026-02-28');
  });

  it('001 §2(2): a Shanxi referral filing is valid for 6 months', () => {
    const decision = unwrap(
      createFiling(
        shanxi,
        request({ type: 'REFERRAL', basis: 'PROOF', proofs: ['REFERRAL_CERT'], insuredPlaceCode: '140100' }),
        [],
        '2025-01-15',
      ),
    );
    expect(decision.filing).toMatchObject({ status: 'ACTIVE', validFrom: '2025-01-15', validUntil: '2025-07-15' });
  });

  it('001 §1(2)2: Shanxi has abolished filing for other temporary treatment', () => {
    const result = createFiling(
      shanxi,
      request({ type: 'TEMPORARY_OTHER', basis: 'PROOF', proofs: [], insuredPlaceCode: '140100' }),
      [],
      '2025-03-10',
    );
    expect(result).toMatchObject({ ok: false, code: 'FILING_TYPE_NOT_OFFERED', source: cite('001', '§1(2)2') });
    expect(validityEnd(shanxi, 'TEMPORARY_OTHER', '2025-03-10')).toBeNull();
  });

  it('002 §1(2): Liaoning accepts a residence proof for stationed workers, and commitment owes the proof later', () => {
    const liaoningRequest = request({ type: 'STATIONED_WORKER', insuredPlaceCode: '210100' });
    expect(unwrap(createFiling(liaoning, liaoningRequest, [], '2025-03-10')).filing.proofDue).toBe(true);
    const withResidence = createFiling(
      liaoning,
      { ...liaoningRequest, basis: 'PROOF', proofs: ['RESIDENCE_PROOF'] },
      [],
      '2025-03-10',
    );
    expect(unwrap(withResidence).filing.proofDue).toBe(false);
  });
});

describe("002 §1(3) — the filing's destination is checked before anything else about the place", () => {
  it('refuses a county with the city it belongs to, and builds no filing', () => {
    const result = createFiling(jiangsu, request({ destinationCode: '440305' }), [], '2025-03-10');
    expect(result).toMatchObject({
      ok: false,
      code: 'DESTINATION_TOO_NARROW',
      message: '备案就医地应选择到市：440305属于广东省深圳市，请选择“深圳市”',
      details: { suggestedCode: '440300', suggestedName: '深圳市' },
      source: cite('003', 'Art. 12'),
    });
  });

  it('refuses a destination in the insured city itself', () => {
    const result = createFiling(jiangsu, request({ destinationCode: '320100' }), [], '2025-03-10');
    expect(result).toMatchObject({ ok: false, code: 'DESTINATION_IS_INSURED_PLACE' });
  });
});

describe('003 Art. 11 — several long-term places, but not by commitment', () => {
  const kunming = filing({ id: 'km', destination: { code: '530100', level: 'CITY' } });

  it('allows a second long-term place with proof', () => {
    const second = createFiling(
      jiangsu,
      request({ basis: 'PROOF', proofs: ['HOUSEHOLD_REGISTER'] }),
      [kunming],
      '2025-03-10',
    );
    expect(second.ok).toBe(true);
  });

  it('refuses a second long-term place by commitment', () => {
    const second = createFiling(jiangsu, request(), [kunming], '2025-03-10');
    expect(second).toMatchObject({ ok: false, code: 'MULTI_PLACE_NEEDS_PROOF', source: cite('003', 'Art. 11') });
  });

  it('refuses a second place while the first rests on a commitment', () => {
    const first = { ...kunming, basis: 'COMMITMENT' as const, proofs: ['PERSONAL_COMMITMENT' as const] };
    const second = createFiling(
      jiangsu,
      request({ basis: 'PROOF', proofs: ['HOUSEHOLD_REGISTER'] }),
      [first],
      '2025-03-10',
    );
    expect(second).toMatchObject({
      ok: false,
      code: 'MULTI_PLACE_NEEDS_PROOF',
      details: { commitmentFilings: ['km'] },
    });
  });

  it('refuses when the region does not open multi-place filing', () => {
    const closed = {
      ...jiangsu,
      filing: { ...jiangsu.filing, multiPlace: { ...jiangsu.filing.multiPlace, allowed: false } },
    };
    const second = createFiling(
      closed,
      request({ basis: 'PROOF', proofs: ['HOUSEHOLD_REGISTER'] }),
      [kunming],
      '2025-03-10',
    );
    expect(second).toMatchObject({ ok: false, code: 'MULTI_PLACE_NOT_ALLOWED' });
  });

  it('ignores cancelled and expired filings, and refuses a duplicate at the same place', () => {
    const cancelled = { ...kunming, status: 'CANCELLED' as const, cancelledOn: '2025-02-01' };
    expect(createFiling(jiangsu, request(), [cancelled], '2025-03-10').ok).toBe(true);
    const sanya = filing({ destination: { code: '460000', level: 'PROVINCE' } });
    expect(createFiling(jiangsu, request(), [sanya], '2025-03-10')).toMatchObject({
      ok: false,
      code: 'DUPLICATE_FILING',
    });
  });
});

describe('003 Art. 10 — commitment filings cannot be changed or cancelled before 6 months', () => {
  const byCommitment = filing({ basis: 'COMMITMENT', proofs: ['PERSONAL_COMMITMENT'], validFrom: '2025-01-15' });

  it('refuses a cancel before 6 months, and says from when it is possible', () => {
    const result = cancelFiling(jiangsu, byCommitment, '2025-07-15');
    expect(result).toMatchObject({ ok: false, code: 'COMMITMENT_LOCKED', details: { allowedFrom: '2025-07-16' } });
    expect(canChangeFiling(jiangsu, byCommitment, '2025-03-01')).toMatchObject({
      ok: false,
      code: 'COMMITMENT_LOCKED',
    });
  });

  it('allows the cancel once 6 months are complete', () => {
    const cancelled = unwrap(cancelFiling(jiangsu, byCommitment, '2025-07-16'));
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelledOn: '2025-07-16' });
    expect(isFilingValidOn(cancelled, '2025-07-15')).toBe(true);
    expect(isFilingValidOn(cancelled, '2025-07-16')).toBe(false);
  });

  it('allows a filing made with proof to be cancelled any time', () => {
    expect(canCancelFiling(jiangsu, filing(), '2025-01-16')).toEqual({ ok: true, value: null });
    expect(commitmentUnlockDate(jiangsu, filing())).toBeNull();
  });

  it('001 §2(1): Shanxi sets no time limit on changing or cancelling a long-term filing', () => {
    expect(canCancelFiling(shanxi, byCommitment, '2025-01-16').ok).toBe(true);
    expect(commitmentUnlockDate(shanxi, byCommitment)).toBeNull();
  });

  it('refuses to cancel a filing that is not in force', () => {
    expect(canCancelFiling(jiangsu, filing({ status: 'PENDING_REVIEW' }), '2025-08-01')).toMatchObject({
      ok: false,
      code: 'FILING_NOT_ACTIVE',
    });
    const expired = filing({ type: 'REFERRAL', validUntil: '2025-07-15' });
    expect(canCancelFiling(jiangsu, expired, '2025-07-16')).toMatchObject({ ok: false, code: 'FILING_NOT_ACTIVE' });
  });

  it('always allows replacing the commitment by the proof (承诺补充, 002 §1(2))', () => {
    const supplemented = changeFiling(
      liaoning,
      { ...byCommitment, proofDue: true },
      { basis: 'PROOF', proofs: ['HOUSEHOLD_REGISTER'] },
      '210100',
      [byCommitment],
      '2025-02-01',
    );
    expect(unwrap(supplemented).filing).toMatchObject({ basis: 'PROOF', proofDue: false, id: 'filing-1' });
    const wrongProof = changeFiling(
      jiangsu,
      byCommitment,
      { basis: 'PROOF', proofs: ['WORK_PROOF'] },
      '320100',
      [],
      '2025-02-01',
    );
    expect(wrongProof).toMatchObject({ ok: false, code: 'PROOF_MISSING' });
    const pending = { ...byCommitment, status: 'PENDING_REVIEW' as const };
    const notActive = changeFiling(
      jiangsu,
      pending,
      { basis: 'PROOF', proofs: ['HOUSEHOLD_REGISTER'] },
      '320100',
      [],
      '2025-02-01',
    );
    expect(notActive).toMatchObject({ ok: false, code: 'FILING_NOT_ACTIVE' });
  });

  it('refuses any other change before 6 months and allows it after', () => {
    const move = { destinationCode: '530100' };
    expect(changeFiling(jiangsu, byCommitment, move, '320100', [], '2025-05-01')).toMatchObject({
      ok: false,
      code: 'COMMITMENT_LOCKED',
    });
    const moved = unwrap(changeFiling(jiangsu, byCommitment, move, '320100', [byCommitment], '2025-08-01'));
    expect(moved.filing).toMatchObject({ destination: { code: '530100' }, status: 'PENDING_REVIEW' });
  });

  it('refuses a change that changes nothing', () => {
    expect(changeFiling(jiangsu, filing(), { destinationCode: '460000' }, '320100', [], '2025-08-01')).toMatchObject({
      ok: false,
      code: 'NOTHING_TO_CHANGE',
    });
  });

  it("refuses a new place below the filing level, even one inside the filing's own place", () => {
    expect(changeFiling(jiangsu, filing(), { destinationCode: '460108' }, '320100', [], '2025-08-01')).toMatchObject({
      ok: false,
      code: 'DESTINATION_TOO_NARROW',
      details: { suggestedCode: '460000', suggestedName: '海南省' },
    });
    const moved = changeFiling(jiangsu, filing(), { destinationCode: '530102' }, '320100', [], '2025-08-01');
    expect(moved).toMatchObject({ ok: false, code: 'DESTINATION_TOO_NARROW', details: { suggestedCode: '530100' } });
  });

  it('checks a changed filing like a new one (a referral needs the referral certificate)', () => {
    const result = changeFiling(jiangsu, filing(), { type: 'REFERRAL' }, '320100', [], '2025-08-01');
    expect(result).toMatchObject({ ok: false, code: 'PROOF_MISSING' });
  });
});

describe('003 Art. 9(2) — the agency reviews a pending filing', () => {
  const pending = filing({
    type: 'REFERRAL',
    basis: 'PROOF',
    proofs: ['REFERRAL_CERT'],
    status: 'PENDING_REVIEW',
    validFrom: null,
  });

  it('approves it from the day of approval, for at least 6 months', () => {
    const approved = unwrap(reviewFiling(jiangsu, pending, { approve: true }, '2025-03-11'));
    expect(approved).toMatchObject({ status: 'ACTIVE', validFrom: '2025-03-11', validUntil: '2025-09-11' });
    expect(isFilingOpenOn(pending, '2025-03-11')).toBe(true);
  });

  it('refuses it only with a reason', () => {
    expect(reviewFiling(jiangsu, pending, { approve: false, reason: ' ' }, '2025-03-11')).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    const refused = unwrap(reviewFiling(jiangsu, pending, { approve: false, reason: '转诊证明未盖章' }, '2025-03-11'));
    expect(refused).toMatchObject({ status: 'REFUSED', refusalReason: '转诊证明未盖章' });
    expect(isFilingValidOn(refused, '2025-03-12')).toBe(false);
  });

  it('reviews only pending filings', () => {
    expect(reviewFiling(jiangsu, filing(), { approve: true }, '2025-03-11')).toMatchObject({
      ok: false,
      code: 'FILING_NOT_PENDING',
    });
  });
});
