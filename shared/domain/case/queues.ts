/**
 * 待办队列 — which staff queue a case waits in, and who works each queue: a state's queue is the stage whose staff
 * act next, and a queue's roles are the staff roles of the transitions out of its state (TRANSITIONS), with the
 * administrator, who sees every queue. Filings waiting for review have their own queue.
 */
import type { CaseState, Role } from '../vocabulary';
import { STAFF_ACCESS } from './staffAccess';
import { TRANSITIONS } from './stateMachine';

/** The case queues, keyed by the state a case waits in. */
export const CASE_QUEUE_OF_STATE = {
  submitted: 'ACCEPTANCE',
  accepted: 'REVIEW',
  reviewed: 'SECOND_REVIEW',
  second_reviewed: 'FINANCE',
  paid: 'COMPLETION',
  /** Waiting for the applicant's supplement (no staff role acts). */
  awaiting_supplement: 'SUPPLEMENT',
} as const satisfies Partial<Record<CaseState, string>>;
export type CaseQueue = (typeof CASE_QUEUE_OF_STATE)[keyof typeof CASE_QUEUE_OF_STATE];

/** The queue a case in `state` waits in, or null when it is in none (a draft, a final state). */
export function caseQueueOf(state: CaseState): CaseQueue | null {
  return (CASE_QUEUE_OF_STATE as Partial<Record<CaseState, CaseQueue>>)[state] ?? null;
}

/** Filings waiting for review: who decides them (STAFF_ACCESS.REVIEW_FILING, the platform's division of the work). */
export const FILING_REVIEW_ROLES: readonly Role[] = STAFF_ACCESS.REVIEW_FILING;

const PARTY: readonly Role[] = ['applicant', 'proxy'];

/** Who may open a staff queue: the staff roles of the transitions out of its state, and the administrator. */
export function queueRoles(queue: CaseQueue | 'FILING_REVIEW'): readonly Role[] {
  if (queue === 'FILING_REVIEW') return [...FILING_REVIEW_ROLES, 'admin'];
  const states = (Object.keys(CASE_QUEUE_OF_STATE) as (keyof typeof CASE_QUEUE_OF_STATE)[]).filter(
    (state) => CASE_QUEUE_OF_STATE[state] === queue,
  );
  const roles = new Set<Role>();
  for (const rule of Object.values(TRANSITIONS)) {
    if (!rule.from.some((state) => (states as readonly CaseState[]).includes(state))) continue;
    for (const role of rule.roles) if (!PARTY.includes(role)) roles.add(role);
  }
  return [...roles, 'admin'];
}
