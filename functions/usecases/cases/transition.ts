// 办件流转 — the one shape of every action on a case, the applicant's and the staff's alike: the case's insured
// person → the domain decides (the state machine, or a use case's own decision such as checkSubmission; its
// refusal is the answer) → the action's own checks and fields → ONE transaction: the case (version condition),
// its queue key, the event, the voucher lock change the domain names for the move, and the notice and audit record
// the action owes. A lock or version condition that failed is answered as the domain words it.
import { applyTransition } from '@shared/domain/case/stateMachine';
import type { Actor, CaseCommand, CaseEvent, CaseRecord } from '@shared/domain/case/types';
import { voucherLockChange, voucherLockRefusal } from '@shared/domain/claim/voucherLock';
import type { Refusal, Result } from '@shared/domain/errors';
import type { RegionPolicy } from '@shared/policy';
import type { StoredCase } from '../../data/case';
import { type CaseWriteOutcome, type TransitionWrite, transitionCase } from '../../data/caseTransition';
import { getInsuredPerson, type InsuredPerson } from '../../data/insuredPerson';
import { getVoucherLock } from '../../data/voucherLock';
import { type AppError, DependencyUnavailableError, NotFoundError, RefusalError } from '../../support/errors';
import { caseRecordOf, policyOf, queueOf, storedEventOf, versionConflict } from '../claims/claims';

/** The domain's yes: the next record and the event to append. */
export type Decision = { readonly record: CaseRecord; readonly event: CaseEvent };

/** What the action's later steps see: the case as read, its person and policy, the domain's next record. */
export type TransitionContext = {
  stored: StoredCase;
  person: InsuredPerson;
  policy: RegionPolicy;
  next: CaseRecord;
  now: Date;
};

/** A prepared write's commit: the plain transition, or one that adds to it (the completion's ledger). */
export type TransitionCommit = (
  write: TransitionWrite,
) => Promise<CaseWriteOutcome | { ok: true; resultFormId: string }>;

/** One action on one case. */
export type TransitionRun = {
  stored: StoredCase;
  actor: Actor;
  command: CaseCommand;
  now: Date;
  /** The domain's decision with everything gathered (default: the state machine's applyTransition). */
  decide?: (gathered: { policy: RegionPolicy; person: InsuredPerson }) => Promise<Result<Decision>>;
  /** A refusal as the answer (default: as the domain words it, with its 依据). */
  refusal?: (refusal: Refusal) => AppError;
  /** Who the timeline names: the acting user (none for staff) and their masked name. */
  eventActor: (person: InsuredPerson) => Promise<{ userId?: string; nameMasked: string }>;
  /** The action's own checks and the case fields it records, once the domain said yes. */
  prepare?: (context: TransitionContext) => Promise<TransitionWrite['extra']>;
  /** The notice and audit record the action owes, written in the same transaction. */
  owes?: (
    context: TransitionContext & { extra: TransitionWrite['extra'] },
  ) => Promise<Pick<TransitionWrite, 'outbox' | 'audit'>>;
  commit?: TransitionCommit;
};

/** Runs one action on a case: decided, prepared, written in one transaction. Answers the next record. */
export async function runTransition(run: TransitionRun): Promise<{ next: CaseRecord; resultFormId?: string }> {
  const { stored, now } = run;
  const policy = policyOf(stored);
  const person = await getInsuredPerson(stored.personId);
  if (!person) throw new NotFoundError('没有找到该办件的参保人');
  const decided = run.decide
    ? await run.decide({ policy, person })
    : applyTransition(policy, caseRecordOf(stored), run.command, run.actor, now);
  if (!decided.ok) throw run.refusal ? run.refusal(decided) : new RefusalError(decided);
  const { record: next, event } = decided.value;
  const context: TransitionContext = { stored, person, policy, next, now };
  const extra = run.prepare ? await run.prepare(context) : undefined;
  const owed = run.owes ? await run.owes({ ...context, extra }) : {};
  const who = await run.eventActor(person);
  const op = stored.voucher ? voucherLockChange(stored.state, next.state) : null;
  const write: TransitionWrite = {
    before: stored,
    next,
    queue: queueOf(policy, next, now),
    event: storedEventOf(event, who.userId, who.nameMasked),
    ...(op && stored.voucher
      ? {
          voucher: {
            op,
            key: { invoiceCode: stored.voucher.invoiceCode, invoiceNumber: stored.voucher.invoiceNumber },
          },
        }
      : {}),
    ...owed,
    ...(extra ? { extra } : {}),
    now,
  };
  const written = await (run.commit ?? transitionCase)(write);
  if (written.ok) return { next, ...('resultFormId' in written ? { resultFormId: written.resultFormId } : {}) };
  if (written.reason === 'LEDGER_MOVED') throw new DependencyUnavailableError('存证登记繁忙，请稍后重试');
  if ((written.reason === 'VOUCHER_TAKEN' || written.reason === 'VOUCHER_NOT_HELD') && op && stored.voucher) {
    const lock = await getVoucherLock(stored.voucher);
    throw new RefusalError(voucherLockRefusal(lock, stored.caseId, op));
  }
  throw versionConflict();
}
