// The case's multi-item writes, each one TransactWriteItems: a transition (case Update if `version = :v`, with the
// new queue key or its removal + caseEvent Put if absent + voucherLock change + optional outbox Put), and the
// attaching or removing of materials (caseMaterial Put/Delete + case Update if `version = :v`). A canceled
// transaction is read item by item: which condition failed decides the answer; a bare conflict with another
// transaction is retried.
import type { CaseRecord } from '@shared/domain/case/types';
import type { MaterialItem } from '@shared/domain/vocabulary';
import { createWriteTransaction, type Entity, type Item, type WhereCallback } from 'electrodb';
import { AuditEntity, type AuditRecord } from './audit';
import { CaseEntity, type QueueStage, type StoredCase } from './case';
import { CaseEventEntity, eventNoOf, type StoredCaseEvent } from './caseEvent';
import { type CaseMaterial, CaseMaterialEntity } from './caseMaterial';
import { type LedgerEntry, LedgerEntryEntity, LedgerHeadEntity } from './ledgerEntry';
import { OutboxEntity, type OutboxItem } from './outbox';
import { type ResultForm, ResultFormEntity } from './resultForm';
import { failedConditions, type TransactionOutcome, table } from './table';
import { type VoucherKey, VoucherLockEntity } from './voucherLock';

const entities = {
  case: CaseEntity,
  event: CaseEventEntity,
  lock: VoucherLockEntity,
  material: CaseMaterialEntity,
  outbox: OutboxEntity,
  audit: AuditEntity,
  ledgerEntry: LedgerEntryEntity,
  ledgerHead: LedgerHeadEntity,
  resultForm: ResultFormEntity,
};

/** Why a case write did not commit. */
export type CaseWriteRefusal =
  | 'VERSION_CONFLICT'
  | 'VOUCHER_TAKEN'
  | 'VOUCHER_NOT_HELD'
  | 'MATERIAL_CONFLICT'
  /** Another completion appended to the ledger since its head was read: read it again and retry. */
  | 'LEDGER_MOVED';
export type CaseWriteOutcome = { ok: true } | { ok: false; reason: CaseWriteRefusal };

/** What a transition writes besides the state: the queue key, the event, the voucher lock, the notice. */
export type TransitionWrite = {
  /** The case as read: the update is conditional on its version. */
  before: StoredCase;
  /** The state machine's next record. */
  next: CaseRecord;
  queue: { stage: QueueStage; due: string };
  /** The event, without the key fields this module fills in. */
  event: Omit<StoredCaseEvent, 'caseId' | 'eventNo'>;
  /**
   * LOCK at submission (one open claim per voucher); RELEASE when the claim ends without payment; REIMBURSE at
   * completion (never claimable again).
   */
  voucher?: { op: 'LOCK' | 'RELEASE' | 'REIMBURSE'; key: VoucherKey };
  /** A notice owed by the change (outbox.ts), written in the same transaction. */
  outbox?: OutboxItem;
  /** Further case fields that change with the transition (submittedAt, supplied, the review, the payment …). */
  extra?: Partial<Pick<StoredCase, 'submittedAt' | 'supplied' | 'review' | 'payment' | 'resultFormId'>>;
  /** The staff member's audit record of this action (audit.ts), written in the same transaction. */
  audit?: AuditRecord;
  /** Completion: the ledger entry appended after the head read at `prevSeq` (0 = first), and the result form. */
  completion?: { entry: LedgerEntry; prevSeq: number; resultForm: ResultForm };
  now: Date;
};

// The state machine's record fields, as stored: set when present, removed when null.
const RECORD_DATES = [
  'lastSubmittedOn',
  'acceptedOn',
  'reviewStartedOn',
  'reviewedOn',
  'reviewerId',
  'secondReviewedOn',
  'paidOn',
] as const;

function recordFields(next: CaseRecord) {
  const set: Partial<StoredCase> = { state: next.state, version: next.version, attached: [...next.attached] };
  const remove: (typeof RECORD_DATES)[number][] = [];
  for (const field of RECORD_DATES) {
    const value = next[field];
    if (value === null) remove.push(field);
    else set[field] = value;
  }
  set.notices = [...next.notices];
  if (next.special) set.special = next.special;
  return { set, remove };
}

// Canceled transactions whose only cause is a concurrent transaction (no failed condition) are tried again.
const ATTEMPTS = 3;

type Transaction = { go(): Promise<{ canceled: boolean; data: readonly TransactionOutcome[] }> };

async function commit(build: () => Transaction, roles: readonly CaseWriteRefusal[]): Promise<CaseWriteOutcome> {
  table();
  for (let attempt = 1; ; attempt += 1) {
    const { canceled, data } = await build().go();
    if (!canceled) return { ok: true };
    const failed = failedConditions(data);
    const index = failed.findIndex(Boolean);
    if (index >= 0) return { ok: false, reason: roles[index] ?? 'VERSION_CONFLICT' };
    if (attempt >= ATTEMPTS) return { ok: false, reason: 'VERSION_CONFLICT' };
    await new Promise((resolve) => setTimeout(resolve, 25 * attempt + Math.floor(Math.random() * 25)));
  }
}

/** A named condition on an entity's items (ElectroDB's where callback). */
type ConditionOn<E> =
  E extends Entity<infer A, infer F, infer C, infer S>
    ? WhereCallback<A, F, C, S, Item<A, F, C, S, S['attributes']>>
    : never;
type CaseWhere = ConditionOn<typeof CaseEntity>;
type LockWhere = ConditionOn<typeof VoucherLockEntity>;

/**
 * The version condition of every case write: nobody changed the case since it was read (two staff, a double tap)
 * — the same version, and the same state, so a write never lands on a case that moved on.
 */
function caseUnchangedSince(before: Pick<StoredCase, 'version' | 'state'>): CaseWhere {
  return ({ version, state }, { eq }) => `${eq(version, before.version)} AND ${eq(state, before.state)}`;
}

/** One open claim per voucher: it may be locked when free (never locked) or released — never OPEN or REIMBURSED. */
const voucherIsClaimable: LockWhere = ({ invoiceCode, state }, { notExists, eq }) =>
  `${notExists(invoiceCode)} OR ${eq(state, 'RELEASED')}`;

/** Only this case's open lock is settled: never a voucher someone else holds, never one already reimbursed. */
function voucherHeldOpenBy(caseId: string): LockWhere {
  return ({ caseId: holder, state }, { eq }) => `${eq(holder, caseId)} AND ${eq(state, 'OPEN')}`;
}

/** Where a lock ends: RELEASE when the claim ends without payment, REIMBURSE at completion. */
const SETTLED_STATE = { RELEASE: 'RELEASED', REIMBURSE: 'REIMBURSED' } as const;

/** 票据锁结清 — what settling the case's open lock writes: its end state and the time it got there. */
function settledLock(op: keyof typeof SETTLED_STATE, now: Date) {
  const to = SETTLED_STATE[op];
  return to === 'RELEASED'
    ? { state: to, releasedAt: now.toISOString() }
    : { state: to, reimbursedAt: now.toISOString() };
}

/** TransactWriteItems — a state change of the case with its event, voucher lock change and notice. */
export async function transitionCase(write: TransitionWrite): Promise<CaseWriteOutcome> {
  const { before, next, queue, event, voucher, outbox, extra, audit, completion, now } = write;
  const { set, remove } = recordFields(next);
  // What a failed condition means, item by item, in the order the items are written below.
  const roles: CaseWriteRefusal[] = ['VERSION_CONFLICT', 'VERSION_CONFLICT'];
  if (voucher) roles.push(voucher.op === 'LOCK' ? 'VOUCHER_TAKEN' : 'VOUCHER_NOT_HELD');
  if (outbox) roles.push('VERSION_CONFLICT');
  if (audit) roles.push('VERSION_CONFLICT');
  if (completion) roles.push('LEDGER_MOVED', 'LEDGER_MOVED', 'VERSION_CONFLICT');
  return commit(
    () =>
      createWriteTransaction(entities, (e) => {
        let update = e.case.patch({ caseId: before.caseId }).set({
          ...set,
          ...extra,
          agencyRegion: before.agencyRegion,
          queueStage: queue.stage,
          queueDue: queue.stage === 'NONE' ? '' : queue.due,
          updatedAt: now.toISOString(),
        });
        // A new stage starts with a new deadline: the sweep's overdue flag of the old one goes.
        const stale = queue.stage !== before.queueStage && before.overdue ? (['overdue'] as const) : [];
        if (remove.length + stale.length > 0) update = update.remove([...remove, ...stale]);
        const items = [
          update.where(caseUnchangedSince(before)).commit(),
          e.event.create({ ...event, caseId: before.caseId, eventNo: eventNoOf(next.version) }).commit(),
        ];
        if (voucher?.op === 'LOCK') {
          items.push(
            e.lock
              .put({ ...voucher.key, caseId: before.caseId, state: 'OPEN', lockedAt: now.toISOString() })
              .where(voucherIsClaimable)
              .commit(),
          );
        }
        if (voucher && voucher.op !== 'LOCK') {
          // One named operation for both ends of a claim: RELEASE (no payment) and REIMBURSE (completion).
          items.push(
            e.lock
              .patch(voucher.key)
              .set(settledLock(voucher.op, now))
              .where(voucherHeldOpenBy(before.caseId))
              .commit(),
          );
        }
        if (outbox) items.push(e.outbox.create(outbox).commit());
        if (audit) items.push(e.audit.create(audit).commit());
        if (completion) {
          const { entry, prevSeq, resultForm } = completion;
          const head = { chain: entry.chain, seq: entry.seq, hash: entry.hash, updatedAt: now.toISOString() };
          items.push(
            prevSeq === 0
              ? e.ledgerHead.create(head).commit()
              : e.ledgerHead
                  .patch({ chain: entry.chain })
                  .set({ seq: entry.seq, hash: entry.hash, updatedAt: head.updatedAt })
                  // The chain's head must still be the one the entry links to: one appender per seq.
                  .where(({ seq }, { eq }) => eq(seq, prevSeq))
                  .commit(),
            e.ledgerEntry.create(entry).commit(),
            e.resultForm.create(resultForm).commit(),
          );
        }
        return items;
      }),
    roles,
  );
}

/** The case fields that change with its materials. */
export type MaterialChange = { attached: MaterialItem[]; supplied: MaterialItem[] };

/**
 * TransactWriteItems — attaches files as materials (each Put if absent) and updates the case's `attached` list,
 * conditional on its version and on a state that accepts materials.
 */
export async function attachCaseMaterials(
  before: StoredCase,
  materials: readonly CaseMaterial[],
  change: MaterialChange,
  now: Date,
): Promise<CaseWriteOutcome> {
  const roles: CaseWriteRefusal[] = ['VERSION_CONFLICT', ...materials.map(() => 'MATERIAL_CONFLICT' as const)];
  return commit(
    () =>
      createWriteTransaction(entities, (e) => [
        e.case
          .patch({ caseId: before.caseId })
          .set(materialsSet(before, change, now))
          .where(caseUnchangedSince(before))
          .commit(),
        ...materials.map((m) => e.material.create(m).commit()),
      ]),
    roles,
  );
}

/** TransactWriteItems — removes one material (it must exist) and updates the case's `attached` list. */
export async function removeCaseMaterial(
  before: StoredCase,
  material: Pick<CaseMaterial, 'caseId' | 'item' | 'fileId'>,
  change: MaterialChange,
  now: Date,
): Promise<CaseWriteOutcome> {
  return commit(
    () =>
      createWriteTransaction(entities, (e) => [
        e.case
          .patch({ caseId: before.caseId })
          .set(materialsSet(before, change, now))
          .where(caseUnchangedSince(before))
          .commit(),
        e.material
          .delete(material)
          .where(({ fileId }, { exists }) => exists(fileId))
          .commit(),
      ]),
    ['VERSION_CONFLICT', 'MATERIAL_CONFLICT'],
  );
}

/** The case fields a material change writes: the lists, the next version, and the unchanged queue composites. */
function materialsSet(before: StoredCase, change: MaterialChange, now: Date) {
  return {
    attached: change.attached,
    supplied: change.supplied,
    version: before.version + 1,
    updatedAt: now.toISOString(),
    agencyRegion: before.agencyRegion,
    queueStage: before.queueStage,
    queueDue: before.queueDue,
  };
}
