import { STAFF_QUEUES } from '@shared/api/staff';
import { CASE_QUEUE_OF_STATE, caseQueueOf, queueRoles } from '@shared/domain/case/queues';
import { FINAL_STATES, TRANSITIONS } from '@shared/domain/case/stateMachine';

describe('SPEC §4 — the staff queues follow the state machine', () => {
  it('gives each queue the staff roles of the transitions out of its state, and the administrator', () => {
    // The table the queue route kept by hand before it was derived.
    expect(Object.fromEntries(STAFF_QUEUES.map((q) => [q, [...queueRoles(q)].sort()]))).toEqual({
      ACCEPTANCE: ['admin', 'intake'],
      REVIEW: ['admin', 'reviewer'],
      SECOND_REVIEW: ['admin', 'second_reviewer'],
      FINANCE: ['admin', 'finance'],
      COMPLETION: ['admin', 'finance'],
      FILING_REVIEW: ['admin', 'intake', 'reviewer'],
    });
  });

  it('never lets an applicant or proxy open a queue, though they may act from its state (withdraw)', () => {
    expect(TRANSITIONS.WITHDRAW.from).toContain('accepted');
    for (const q of STAFF_QUEUES) {
      expect(queueRoles(q)).not.toContain('applicant');
      expect(queueRoles(q)).not.toContain('proxy');
    }
  });

  it('puts a case on no queue as a draft or in a final state', () => {
    expect(caseQueueOf('draft')).toBeNull();
    for (const state of FINAL_STATES) expect(caseQueueOf(state)).toBeNull();
    expect(caseQueueOf('submitted')).toBe('ACCEPTANCE');
    expect(caseQueueOf('awaiting_supplement')).toBe('SUPPLEMENT');
  });

  it('has a staff action out of every staff queue’s state', () => {
    for (const [state, queue] of Object.entries(CASE_QUEUE_OF_STATE)) {
      if (queue === 'SUPPLEMENT') continue;
      expect(Object.values(TRANSITIONS).some((t) => (t.from as readonly string[]).includes(state))).toBe(true);
    }
  });
});
