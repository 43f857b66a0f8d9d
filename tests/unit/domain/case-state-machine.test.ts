import { allowedActions, applyTransition, FINAL_STATES, TRANSITIONS } from '@shared/domain/case/stateMachine';
import type { Actor, CaseCommand, CaseRecord } from '@shared/domain/case/types';
import { cite } from '@shared/domain/sources';
import { CASE_STATES, ROLES } from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';
import fc from 'fast-check';
import { caseRecord, noonInShanghai, unwrap } from '../support/builders';

const shanxi = policyFor('SHANXI');

const applicant: Actor = { id: 'user-insured', role: 'applicant' };
const proxy: Actor = { id: 'user-proxy', role: 'proxy' };
const intake: Actor = { id: 'staff-intake', role: 'intake' };
const reviewer: Actor = { id: 'staff-r1', role: 'reviewer' };
const secondReviewer: Actor = { id: 'staff-r2', role: 'second_reviewer' };
const finance: Actor = { id: 'staff-fin', role: 'finance' };

function step(record: CaseRecord, command: CaseCommand, actor: Actor, date = '2026-03-02') {
  return unwrap(applyTransition(shanxi, record, command, actor, noonInShanghai(date)));
}

describe('SPEC §4, 000 流程一–五 — the case lifecycle', () => {
  it('runs draft → submitted → accepted → reviewed → second_reviewed → paid → completed, logging every step', () => {
    let record = caseRecord();
    const events = [];
    const path: [CaseCommand, Actor][] = [
      [{ action: 'SUBMIT' }, applicant],
      [{ action: 'ACCEPT' }, intake],
      [{ action: 'APPROVE_REVIEW' }, reviewer],
      [{ action: 'CONFIRM_REVIEW' }, secondReviewer],
      [{ action: 'RECORD_PAYMENT', paymentReference: 'PAY-20260302-01' }, finance],
      [{ action: 'COMPLETE' }, finance],
    ];
    for (const [command, actor] of path) {
      const next = step(record, command, actor);
      events.push(next.event);
      record = next.record;
    }
    expect(record).toMatchObject({
      state: 'completed',
      version: 6,
      lastSubmittedOn: '2026-03-02',
      acceptedOn: '2026-03-02',
      reviewerId: 'staff-r1',
      paidOn: '2026-03-02',
    });
    expect(events.map((e) => `${e.from}→${e.to}`)).toEqual([
      'draft→submitted',
      'submitted→accepted',
      'accepted→reviewed',
      'reviewed→second_reviewed',
      'second_reviewed→paid',
      'paid→completed',
    ]);
    expect(events[0]).toMatchObject({
      actorId: 'user-insured',
      role: 'applicant',
      at: '2026-03-02T04:00:00.000Z',
      on: '2026-03-02',
    });
    expect(events[4]?.paymentReference).toBe('PAY-20260302-01');
  });

  it('dates events in Asia/Shanghai (UTC 17:00 is the next day)', () => {
    const next = unwrap(
      applyTransition(shanxi, caseRecord(), { action: 'SUBMIT' }, applicant, new Date('2026-03-01T17:00:00Z')),
    );
    expect(next.event.on).toBe('2026-03-02');
    expect(next.record.lastSubmittedOn).toBe('2026-03-02');
  });

  it('lets the proxy who submitted act, and nobody else’s applicant or proxy', () => {
    const byProxy = caseRecord({ proxyId: 'user-proxy' });
    expect(step(byProxy, { action: 'SUBMIT' }, proxy).record.state).toBe('submitted');
    const other = applyTransition(
      shanxi,
      byProxy,
      { action: 'SUBMIT' },
      { id: 'someone', role: 'proxy' },
      noonInShanghai('2026-03-02'),
    );
    expect(other).toMatchObject({ ok: false, code: 'NOT_CASE_PARTY' });
    const stranger = applyTransition(
      shanxi,
      byProxy,
      { action: 'SUBMIT' },
      { id: 'x', role: 'applicant' },
      noonInShanghai('2026-03-02'),
    );
    expect(stranger).toMatchObject({ ok: false, code: 'NOT_CASE_PARTY' });
  });

  it('003 Art. 27: refuses to submit while checklist items are missing', () => {
    const incomplete = caseRecord({ attached: ['INVOICE'] });
    const result = applyTransition(shanxi, incomplete, { action: 'SUBMIT' }, applicant, noonInShanghai('2026-03-02'));
    expect(result).toMatchObject({
      ok: false,
      code: 'MATERIALS_INCOMPLETE',
      details: { items: ['FEE_LIST', 'DIAGNOSIS_OR_DISCHARGE'] },
    });
  });

  it('refuses a transition from the wrong state, or by the wrong role, with a typed refusal', () => {
    const draft = caseRecord();
    expect(applyTransition(shanxi, draft, { action: 'ACCEPT' }, intake, noonInShanghai('2026-03-02'))).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
      details: { state: 'draft', action: 'ACCEPT' },
      source: cite('000', '流程二'),
    });
    const submitted = caseRecord({ state: 'submitted' });
    expect(
      applyTransition(shanxi, submitted, { action: 'ACCEPT' }, reviewer, noonInShanghai('2026-03-02')),
    ).toMatchObject({
      ok: false,
      code: 'ROLE_NOT_ALLOWED',
    });
    expect(
      applyTransition(shanxi, submitted, { action: 'ACCEPT' }, { id: 'a', role: 'admin' }, noonInShanghai('2026-03-02'))
        .ok,
    ).toBe(false);
  });

  it('refuses and rejects only with a reason', () => {
    const submitted = caseRecord({ state: 'submitted' });
    expect(
      applyTransition(shanxi, submitted, { action: 'REFUSE', reason: '  ' }, intake, noonInShanghai('2026-03-02')),
    ).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    const refused = step(submitted, { action: 'REFUSE', reason: '就医费用已在就医地直接结算' }, intake);
    expect(refused.record.state).toBe('refused');
    expect(refused.event.reason).toBe('就医费用已在就医地直接结算');
    const rejected = step(
      caseRecord({ state: 'accepted' }),
      { action: 'REJECT', reason: '电子结算凭证已报销' },
      reviewer,
    );
    expect(rejected.record.state).toBe('rejected');
    const payment = applyTransition(
      shanxi,
      caseRecord({ state: 'second_reviewed' }),
      { action: 'RECORD_PAYMENT', paymentReference: '' },
      finance,
      noonInShanghai('2026-03-02'),
    );
    expect(payment).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
  });

  it('lets the applicant withdraw before review, not after', () => {
    for (const state of ['draft', 'submitted', 'awaiting_supplement', 'accepted'] as const) {
      const withdrawn = step(caseRecord({ state }), { action: 'WITHDRAW', reason: '' }, applicant);
      expect(withdrawn.record.state).toBe('withdrawn');
      expect(withdrawn.event.reason).toBeNull();
    }
    const reviewed = applyTransition(
      shanxi,
      caseRecord({ state: 'reviewed' }),
      { action: 'WITHDRAW', reason: '' },
      applicant,
      new Date(),
    );
    expect(reviewed).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED' });
  });
});

describe('SPEC §1, 000 流程四 — four eyes: the second reviewer is never the reviewer', () => {
  const reviewed = caseRecord({ state: 'reviewed', reviewerId: 'staff-r1', reviewedOn: '2026-03-02' });

  it('refuses a second review by the reviewer of the case', () => {
    const sameMan: Actor = { id: 'staff-r1', role: 'second_reviewer' };
    const result = applyTransition(
      shanxi,
      reviewed,
      { action: 'CONFIRM_REVIEW' },
      sameMan,
      noonInShanghai('2026-03-03'),
    );
    expect(result).toMatchObject({ ok: false, code: 'FOUR_EYES_VIOLATION', source: cite('000', '流程四') });
    expect(allowedActions(reviewed, sameMan)).toEqual([]);
    expect(allowedActions(reviewed, secondReviewer)).toEqual(['CONFIRM_REVIEW', 'RETURN_REVIEW']);
  });

  it('lets the second reviewer return it to review, restarting the review clock', () => {
    const returned = step(
      reviewed,
      { action: 'RETURN_REVIEW', reason: '床位费超标准未剔除' },
      secondReviewer,
      '2026-03-04',
    );
    expect(returned.record).toMatchObject({ state: 'accepted', reviewStartedOn: '2026-03-04', reviewedOn: null });
    const again = step(returned.record, { action: 'APPROVE_REVIEW' }, reviewer, '2026-03-05');
    expect(step(again.record, { action: 'CONFIRM_REVIEW' }, secondReviewer, '2026-03-05').record.state).toBe(
      'second_reviewed',
    );
  });

  it('keeps the four-eyes rule when a different reviewer redoes a returned review', () => {
    const returned = step(reviewed, { action: 'RETURN_REVIEW', reason: '重算' }, secondReviewer);
    const redone = step(returned.record, { action: 'APPROVE_REVIEW' }, { id: 'staff-r2', role: 'reviewer' });
    const result = applyTransition(shanxi, redone.record, { action: 'CONFIRM_REVIEW' }, secondReviewer, new Date());
    expect(result).toMatchObject({ ok: false, code: 'FOUR_EYES_VIOLATION' });
  });
});

describe('SPEC §4 — no command sequence escapes the transition table (property)', () => {
  const actors: Actor[] = [
    applicant,
    proxy,
    intake,
    reviewer,
    secondReviewer,
    { id: 'staff-r1', role: 'second_reviewer' },
    finance,
    { id: 'adm', role: 'admin' },
  ];
  const commands: CaseCommand[] = [
    { action: 'SUBMIT' },
    { action: 'RESUBMIT', suppliedItems: ['INVOICE', 'FEE_LIST', 'DIAGNOSIS_OR_DISCHARGE'], listItemMailed: true },
    { action: 'ACCEPT' },
    {
      action: 'NOTIFY_DEFICIENCY',
      notice: { kind: 'ORDINARY', items: [{ item: 'INVOICE', problem: 'DEFECTIVE', reason: '模糊' }], note: '' },
    },
    {
      action: 'NOTIFY_DEFICIENCY',
      notice: {
        kind: 'PROVINCIAL_LIST',
        listItem: '病历复印件',
        mailingAddress: '太原市',
        phone: '0351-6819677',
        note: '',
      },
    },
    { action: 'REFUSE', reason: '不符合' },
    { action: 'APPROVE_REVIEW' },
    { action: 'REJECT', reason: '不符合' },
    { action: 'CONFIRM_REVIEW' },
    { action: 'RETURN_REVIEW', reason: '重审' },
    { action: 'RECORD_PAYMENT', paymentReference: 'P1' },
    { action: 'COMPLETE' },
    { action: 'WITHDRAW', reason: '' },
  ];

  it('every accepted step is in the table, by an allowed role, and four eyes always hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...commands), fc.constantFrom(...actors)), { maxLength: 30 }),
        (steps) => {
          let record = caseRecord({ proxyId: 'user-proxy' });
          let ordinaryNotices = 0;
          for (const [command, actor] of steps) {
            const result = applyTransition(shanxi, record, command, actor, noonInShanghai('2026-03-02'));
            if (!result.ok) {
              expect(result.code).toMatch(/^[A-Z_]+$/);
              expect(result.message.length).toBeGreaterThan(0);
              continue;
            }
            const rule = TRANSITIONS[command.action];
            expect(rule.from).toContain(record.state);
            expect(rule.roles).toContain(actor.role);
            expect(result.value.record.state).toBe(rule.to);
            expect(result.value.record.version).toBe(record.version + 1);
            if (command.action === 'CONFIRM_REVIEW') expect(actor.id).not.toBe(record.reviewerId);
            if (command.action === 'NOTIFY_DEFICIENCY' && command.notice.kind === 'ORDINARY') ordinaryNotices += 1;
            expect(FINAL_STATES).not.toContain(record.state);
            record = result.value.record;
          }
          expect(ordinaryNotices).toBeLessThanOrEqual(1);
          expect(CASE_STATES).toContain(record.state);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives every role at least one action somewhere, and admin none', () => {
    const reachable = new Set(Object.values(TRANSITIONS).flatMap((t) => t.roles));
    expect(ROLES.filter((r) => !reachable.has(r))).toEqual(['admin']);
  });
});
