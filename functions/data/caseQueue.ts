// 待办队列 — the case's access patterns on its staff queue (gsi3 `QUEUE#<agencyRegion>#<stage>` /
// `<stageDeadline>#<caseId>`, declared on the case entity in case.ts): the queue's pages for the staff console, and
// the daily sweep's two writes (the overdue flag, the applicant's supplement reminder). Never a Scan.
import type { CrossCheckCriteria } from '@shared/domain/benefit/crossCheck';
import type { ExpenseType } from '@shared/domain/vocabulary';
import { createWriteTransaction } from 'electrodb';
import { CaseEntity, type STAFF_STAGES, type StoredCase } from './case';
import { OutboxEntity, type OutboxItem } from './outbox';
import { isConditionFailure, table } from './table';

/** A staff stage a case can wait at (a gsi3 partition per agency). */
export type StaffStage = (typeof STAFF_STAGES)[number];

/** The partition key of an agency's staff queue; filings share the shape (`QUEUE#<region>#FILING_REVIEW`). */
function queuePartition(agencyRegion: string, queue: string): string {
  return `QUEUE#${agencyRegion}#${queue}`;
}

/**
 * Whether a queue cursor (ElectroDB's: base64url JSON of the last key) points into this agency's queue: a cursor
 * made up or taken from another queue (another agency's) is refused before it reaches DynamoDB.
 */
export function isQueueCursor(agencyRegion: string, queue: string, cursor: string): boolean {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof key !== 'object' || key === null) return false;
    return (key as Record<string, unknown>).gsi3pk === queuePartition(agencyRegion, queue);
  } catch {
    return false;
  }
}

/** What a queue page may be narrowed to; each is a filter on the one Query. */
export type QueueFilters = {
  /** Only cases past their deadline: a key condition, `gsi3sk < :today`. */
  overdueOn?: string;
  expenseType?: ExpenseType;
  /** Treatment place code prefix (province or city). */
  placeRegion?: string;
  /** Only the claims the domain would flag for fee cross-check (`feeCrossCheck`'s rule as a selection). */
  crossCheck?: CrossCheckCriteria;
};

/** One page of a queue, or the cursor refused (not one of this queue's, or tampered with). */
export type QueuePage = { ok: true; cases: StoredCase[]; cursor: string | null } | { ok: false; reason: 'BAD_CURSOR' };

/**
 * Query gsi3 QUEUE#<agencyRegion>#<stage> — a page of the staff queue, earliest deadline first, `limit` at a time
 * from `cursor`, narrowed by `filters` (filter expressions on that Query).
 */
export async function listQueueCases(
  agencyRegion: StoredCase['agencyRegion'],
  stage: StaffStage,
  page: { limit: number; cursor: string | null; filters: QueueFilters },
): Promise<QueuePage> {
  table();
  const { filters } = page;
  const keyed = CaseEntity.query.byStageDeadline({ agencyRegion, queueStage: stage });
  const ranged = filters.overdueOn ? keyed.lt({ queueDue: filters.overdueOn }) : keyed;
  const filtered = ranged.where((attr, op) => {
    const clauses: string[] = [];
    if (filters.expenseType) clauses.push(op.eq(attr.expenseType, filters.expenseType));
    if (filters.placeRegion) clauses.push(op.begins(attr.visit.placeCode, filters.placeRegion));
    if (filters.crossCheck) {
      clauses.push(`(${filters.crossCheck.expenseTypes.map((t) => op.eq(attr.expenseType, t)).join(' OR ')})`);
      clauses.push(op.gte(attr.claimedTotalFen, filters.crossCheck.minTotalFen));
    }
    return clauses.join(' AND ');
  });
  try {
    const { data, cursor } = await filtered.go({ order: 'asc', count: page.limit, pages: 'all', cursor: page.cursor });
    return { ok: true, cases: data, cursor: cursor ?? null };
  } catch (error) {
    // A cursor that passed `isQueueCursor` but does not decode to a key of this queue.
    if (page.cursor) return { ok: false, reason: 'BAD_CURSOR' };
    throw error;
  }
}

/**
 * UpdateItem CASE#<caseId>/CASE SET overdue if the case is still at `stage` with the deadline it was read with —
 * the sweep's flag; false when a staff action moved it on meanwhile (that action wins).
 */
export async function flagCaseOverdue(
  stored: Pick<StoredCase, 'caseId' | 'queueDue'>,
  stage: StaffStage,
  today: string,
): Promise<boolean> {
  table();
  const atStage: string = stage; // the condition compares the stored attribute with this value
  try {
    await CaseEntity.patch({ caseId: stored.caseId })
      .set({ overdue: { stage, due: stored.queueDue, flaggedOn: today } })
      .where(({ queueStage, queueDue }, { eq }) => `${eq(queueStage, atStage)} AND ${eq(queueDue, stored.queueDue)}`)
      .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * TransactWrite: case Update SET supplementRemindedFor if it still awaits the supplement and was not reminded of
 * this notice + the reminder's outbox Put — once per notice. False when the condition failed (reminded already, or
 * the case moved on).
 */
export async function markSupplementReminded(
  caseId: string,
  noticeSentOn: string,
  outbox: OutboxItem,
): Promise<boolean> {
  table();
  const { canceled } = await createWriteTransaction({ case: CaseEntity, outbox: OutboxEntity }, (e) => [
    e.case
      .patch({ caseId })
      .set({ supplementRemindedFor: noticeSentOn })
      .where(
        ({ state, supplementRemindedFor }, { eq, notExists, ne }) =>
          `${eq(state, 'awaiting_supplement')} AND (${notExists(supplementRemindedFor)} OR ${ne(supplementRemindedFor, noticeSentOn)})`,
      )
      .commit(),
    e.outbox.create(outbox).commit(),
  ]).go();
  return !canceled;
}
