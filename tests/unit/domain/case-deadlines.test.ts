import { defaultCalendar } from '@shared/domain/calendar/calendar';
import { isOverdue, markSpecialCase, stageDeadline, wholeCaseLimit } from '@shared/domain/case/deadlines';
import type { Actor } from '@shared/domain/case/types';
import { cite } from '@shared/domain/sources';
import { policyFor } from '@shared/policy';
import { caseRecord, unwrap } from '../support/builders';

const calendar = defaultCalendar();
const shanxi = policyFor('SHANXI');
const jiangsu = policyFor('JIANGSU');
const liaoning = policyFor('LIAONING');
const shandong = policyFor('SHANDONG');
const reviewer: Actor = { id: 'staff-r1', role: 'reviewer' };

describe('000 流程二–四 — Shanxi: 2 working days per stage', () => {
  it('流程二: acceptance is due 2 working days after submission (National Day skipped)', () => {
    const deadline = stageDeadline(shanxi, caseRecord({ state: 'submitted', lastSubmittedOn: '2026-09-30' }), calendar);
    expect(deadline).toMatchObject({
      stage: 'ACCEPTANCE',
      from: '2026-09-30',
      workingDays: 2,
      due: '2026-10-09',
      provisional: false,
    });
    expect(deadline?.source).toEqual(cite('000', '流程二'));
  });

  it('流程三: review is due 2 working days after acceptance (the adjusted Saturday counts)', () => {
    const deadline = stageDeadline(shanxi, caseRecord({ state: 'accepted', reviewStartedOn: '2026-10-09' }), calendar);
    expect(deadline).toMatchObject({ stage: 'REVIEW', due: '2026-10-12' });
  });

  it('流程四: second review 2 working days after the review, finance 2 after the second review', () => {
    expect(stageDeadline(shanxi, caseRecord({ state: 'reviewed', reviewedOn: '2026-03-06' }), calendar)).toMatchObject({
      stage: 'SECOND_REVIEW',
      due: '2026-03-10',
    });
    expect(
      stageDeadline(shanxi, caseRecord({ state: 'second_reviewed', secondReviewedOn: '2026-03-10' }), calendar),
    ).toMatchObject({
      stage: 'FINANCE',
      due: '2026-03-12',
      source: cite('000', '流程四'),
    });
  });

  it('carries no deadline while in draft, waiting for the applicant, or closed', () => {
    for (const state of ['draft', 'awaiting_supplement', 'paid', 'completed', 'refused', 'withdrawn'] as const) {
      expect(stageDeadline(shanxi, caseRecord({ state, lastSubmittedOn: '2026-03-02' }), calendar)).toBeNull();
    }
    expect(stageDeadline(shanxi, caseRecord({ state: 'submitted' }), calendar)).toBeNull();
  });

  it('marks a deadline running into a year without official data as provisional', () => {
    const deadline = stageDeadline(shanxi, caseRecord({ state: 'submitted', lastSubmittedOn: '2026-12-30' }), calendar);
    expect(deadline).toMatchObject({ due: '2027-01-04', provisional: true });
    expect(deadline?.explanation).toContain('暂定');
  });

  it('flags a case as overdue only after the due day', () => {
    const deadline = stageDeadline(shanxi, caseRecord({ state: 'submitted', lastSubmittedOn: '2026-09-30' }), calendar);
    if (!deadline) throw new Error('deadline expected');
    expect(isOverdue(deadline, '2026-10-09')).toBe(false);
    expect(isOverdue(deadline, '2026-10-10')).toBe(true);
  });
});

describe('003 Art. 28 — Jiangsu: 5 / 10 / 20 working days for the whole case from complete materials', () => {
  it('gives a single outpatient claim of at most 1,000 yuan 5 working days ("1千元以下" includes 1,000)', () => {
    const small = caseRecord(
      { state: 'accepted', expenseType: 'OUTPATIENT', claimedTotalFen: 100_000, lastSubmittedOn: '2026-03-02' },
      'JIANGSU',
    );
    expect(stageDeadline(jiangsu, small, calendar)).toMatchObject({
      stage: 'WHOLE_CASE',
      workingDays: 5,
      due: '2026-03-09',
    });
    expect(wholeCaseLimit(jiangsu, { ...small, claimedTotalFen: 100_001 })?.workingDays).toBe(10);
    expect(wholeCaseLimit(jiangsu, { ...small, expenseType: 'INPATIENT', claimedTotalFen: 50_000 })?.workingDays).toBe(
      10,
    );
  });

  it('gives a general case 10 working days, counted from the (re)submission with complete materials', () => {
    const record = caseRecord(
      { state: 'reviewed', lastSubmittedOn: '2026-03-02', reviewedOn: '2026-03-04' },
      'JIANGSU',
    );
    expect(stageDeadline(jiangsu, record, calendar)).toMatchObject({
      from: '2026-03-02',
      workingDays: 10,
      due: '2026-03-16',
    });
  });

  it('extends a special case to 20 working days, marked before the limit with a reason for the applicant', () => {
    const record = caseRecord({ state: 'accepted', lastSubmittedOn: '2026-03-02' }, 'JIANGSU');
    const special = unwrap(
      markSpecialCase(jiangsu, record, '需向就医地发起费用协查', reviewer, '2026-03-10', calendar),
    );
    expect(special.special).toEqual({ reason: '需向就医地发起费用协查', markedOn: '2026-03-10' });
    expect(stageDeadline(jiangsu, special, calendar)).toMatchObject({ workingDays: 20, due: '2026-03-30' });
  });

  it('refuses to mark special after the limit, twice, without reason, by the wrong role or in the wrong state', () => {
    const record = caseRecord({ state: 'accepted', lastSubmittedOn: '2026-03-02' }, 'JIANGSU');
    expect(markSpecialCase(jiangsu, record, '原因', reviewer, '2026-03-17', calendar)).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
      source: cite('003', 'Art. 28'),
    });
    expect(markSpecialCase(jiangsu, record, ' ', reviewer, '2026-03-03', calendar)).toMatchObject({
      code: 'REASON_REQUIRED',
    });
    expect(
      markSpecialCase(jiangsu, record, '原因', { id: 'f', role: 'finance' }, '2026-03-03', calendar),
    ).toMatchObject({
      code: 'ROLE_NOT_ALLOWED',
    });
    const marked = { ...record, special: { reason: '原因', markedOn: '2026-03-03' } };
    expect(markSpecialCase(jiangsu, marked, '原因', reviewer, '2026-03-04', calendar)).toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
    });
    expect(markSpecialCase(jiangsu, { ...record, state: 'draft' }, '原因', reviewer, '2026-03-04', calendar).ok).toBe(
      false,
    );
  });
});

describe('002 §3 — Liaoning: at most 30 working days from complete materials', () => {
  it('gives every case 30 working days', () => {
    const record = caseRecord(
      { state: 'submitted', lastSubmittedOn: '2026-03-02', expenseType: 'OUTPATIENT', claimedTotalFen: 500 },
      'LIAONING',
    );
    expect(stageDeadline(liaoning, record, calendar)).toMatchObject({
      workingDays: 30,
      due: '2026-04-14',
      source: cite('002', '§3'),
    });
  });

  it('has no special-case extension (only advance notice of an overrun)', () => {
    const record = caseRecord({ state: 'accepted', lastSubmittedOn: '2026-03-02' }, 'LIAONING');
    expect(markSpecialCase(liaoning, record, '原因', reviewer, '2026-03-03', calendar)).toMatchObject({
      ok: false,
      code: 'DEADLINE_EXTENSION_NOT_AVAILABLE',
    });
    expect(markSpecialCase(shanxi, record, '原因', reviewer, '2026-03-03', calendar)).toMatchObject({
      code: 'DEADLINE_EXTENSION_NOT_AVAILABLE',
      source: cite('000', '流程二'),
    });
  });

  it('Shandong (no source on reimbursement time) uses the configured 30 working days', () => {
    const record = caseRecord({ state: 'submitted', lastSubmittedOn: '2026-03-02' }, 'SHANDONG');
    expect(stageDeadline(shandong, record, calendar)).toMatchObject({ workingDays: 30 });
    expect(stageDeadline(shandong, record, calendar)?.source.file).toBe('CONFIG');
  });
});
