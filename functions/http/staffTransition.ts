// 经办操作 — a staff action on a case: authenticate the staff member → load the case in their agency (404
// otherwise) → the version they saw must still be current (409) → the one transition runner (transition.ts): the
// state machine decides (role, state, four-eyes, one-time notice), the action's own checks and fields, ONE
// transaction with the notice (outbox) and the audit record. Idempotency-Key per staff member and case: a double
// click makes one action.
import type { StaffActionResponseSchema } from '@shared/api/staffActions';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { TRANSITIONS } from '@shared/domain/case/stateMachine';
import type { CaseAction, CaseCommand, CaseRecord } from '@shared/domain/case/types';
import { type CaseOutcome, caseNotice, casePage } from '@shared/domain/notice/caseNotices';
import { maskName } from '@shared/domain/validation/mask';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { z } from 'zod';
import { auditRecord } from '../data/audit';
import type { StoredCase } from '../data/case';
import type { CaseWriteOutcome, TransitionWrite } from '../data/caseTransition';
import { buildOutboxItem } from '../data/outbox';
import { authenticateStaff, type StaffCaller, staffActorFor } from '../usecases/access/staffAuth';
import { caseRecipients, loadCaseForStaff } from '../usecases/cases/staffCases';
import { runTransition } from '../usecases/cases/transition';
import { versionConflict } from '../usecases/claims/claims';
import { httpHandler } from './http';
import { withIdempotency } from './idempotency';
import { parseBody } from './request';

type StaffActionResponse = z.infer<typeof StaffActionResponseSchema>;

/** What an action's own step sees: the case as read, the request, the staff member, the domain's next record. */
export type StaffActionContext<B> = {
  stored: StoredCase;
  body: B;
  caller: StaffCaller;
  next: CaseRecord;
  now: Date;
};

/** A prepared write's commit: the plain transition, or the completion (result form, ledger) in its place. */
export type StaffCommit = (
  write: TransitionWrite & { caller: StaffCaller },
) => Promise<CaseWriteOutcome | { ok: true; resultFormId: string }>;

/** One staff action: its state-machine action, its body, and what it adds to the transition. */
export type StaffActionSpec<B extends { version: number }> = {
  /** The state-machine action (the second review's depends on the decision in the body). */
  action: CaseAction | ((body: B) => CaseAction);
  schema: z.ZodType<B>;
  command: (body: B) => CaseCommand;
  /** The action's own checks and the case fields it records (the review, the payment). */
  prepare?: (context: StaffActionContext<B>) => Promise<TransitionWrite['extra']>;
  /** What the applicant is told (no notice when null). */
  outcome: (context: StaffActionContext<B> & { extra: TransitionWrite['extra'] }) => CaseOutcome | null;
  commit?: StaffCommit;
};

/** Runs one staff action on the case in the path; answers where the case now stands. */
export async function runStaffAction<B extends { version: number }>(
  event: APIGatewayProxyEventV2,
  caller: StaffCaller,
  spec: StaffActionSpec<B>,
): Promise<StaffActionResponse> {
  const now = new Date();
  const stored = await loadCaseForStaff(event.pathParameters?.id, caller);
  const body = parseBody(event, spec.schema);
  if (body.version !== stored.version) throw versionConflict();
  const action = typeof spec.action === 'function' ? spec.action(body) : spec.action;
  const actor = staffActorFor(caller, TRANSITIONS[action].roles);
  const { commit, prepare } = spec;
  const { next, resultFormId } = await runTransition({
    stored,
    actor,
    command: spec.command(body),
    now,
    eventActor: async () => ({ nameMasked: `经办人 ${maskName(caller.displayName)}` }),
    ...(prepare ? { prepare: ({ next }) => prepare({ stored, body, caller, next, now }) } : {}),
    owes: async ({ next, extra, person }) => {
      const outcome = spec.outcome({ stored, body, caller, next, now, extra });
      const content = outcome
        ? caseNotice(
            { caseId: stored.caseId, expenseType: stored.expenseType, personNameMasked: maskName(person.name) },
            outcome,
            todayInShanghai(now),
          )
        : null;
      return {
        ...(content
          ? {
              outbox: buildOutboxItem(
                {
                  ...content,
                  subject: { type: 'CASE', id: stored.caseId },
                  recipients: await caseRecipients(stored),
                  page: casePage(stored.caseId),
                },
                now,
              ),
            }
          : {}),
        audit: auditRecord(
          {
            subjectType: 'CASE',
            subjectId: stored.caseId,
            kind: 'ACTION',
            actor: caller.username,
            what: action,
            detail: `${stored.state} → ${next.state} (v${next.version})`,
          },
          now,
        ),
      };
    },
    ...(commit ? { commit: (write) => commit({ ...write, caller }) } : {}),
  });
  return {
    caseId: stored.caseId,
    state: next.state,
    version: next.version,
    ...(resultFormId ? { resultFormId } : {}),
  };
}

/** The Lambda handler of a staff action, with the Idempotency-Key scoped to the staff member and the case. */
export function staffActionHandler<B extends { version: number }>(spec: StaffActionSpec<B>) {
  return httpHandler(async (event) => {
    const caller = await authenticateStaff(event);
    return withIdempotency(event, `staff:${caller.username}:${event.pathParameters?.id ?? ''}`, async () => ({
      body: await runStaffAction(event, caller, spec),
    }));
  });
}
