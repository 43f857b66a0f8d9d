import { ROUTES } from '@shared/api/routes';
import { type STAFF_QUEUES, StaffQueueQuerySchema } from '@shared/api/staff';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { type Role, STAY_EXPENSE_TYPES } from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';
import { getBinding } from '../data/binding';
import { CaseEntity, type StoredCase } from '../data/case';
import { listFilingsByReviewDeadline, type StoredFiling } from '../data/filing';
import { table } from '../data/table';
import { ValidationError } from '../lib/errors';
import { httpHandler } from '../lib/http';
import { caseQueueItemOf, dueFacts, maskedNameOf } from '../lib/presentStaffCase';
import { fieldMessages, parsePath } from '../lib/request';
import { authenticateStaff, requireStaffRole } from '../lib/staffAuth';
import { isQueueCursor } from '../lib/staffCases';

type Queue = (typeof STAFF_QUEUES)[number];

/** Who works which queue (admin sees all): the roles of the transitions taken from it. */
const QUEUE_ROLES: Record<Queue, readonly Role[]> = {
  ACCEPTANCE: ['intake', 'admin'],
  REVIEW: ['reviewer', 'admin'],
  SECOND_REVIEW: ['second_reviewer', 'admin'],
  FINANCE: ['finance', 'admin'],
  COMPLETION: ['finance', 'admin'],
  FILING_REVIEW: ['intake', 'reviewer', 'admin'],
};

async function filingRow(filing: StoredFiling, today: string) {
  const due = filing.reviewDeadline ?? today;
  return {
    id: filing.filingId,
    kind: 'FILING' as const,
    state: filing.status,
    stateName: '待审核',
    personNameMasked: await maskedNameOf(filing.personId),
    expenseType: null,
    claimedTotalFen: null,
    placeCode: filing.destinationCode,
    hospitalName: null,
    filedByProxy: (await getBinding(filing.personId))?.userId !== filing.submitterUserId,
    due,
    ...dueFacts(due, today),
    crossCheck: false,
    version: filing.version,
  };
}

/**
 * GET /v1/staff/queues/{stage} — 待办队列: the agency's cases (or filings) waiting at a stage, earliest working-day
 * deadline first, overdue flagged. One Query on gsi3 `QUEUE#<agency>#<stage>` (overdue = a key condition on the
 * deadline; expense type, treatment province and the ≥ 30,000 yuan cross-check flag = filters on that Query),
 * paginated by cursor. Never a Scan.
 */
export const handler = httpHandler(async (event) => {
  const { stage } = parsePath(event, ROUTES.getStaffQueue);
  const caller = await authenticateStaff(event);
  requireStaffRole(caller, QUEUE_ROLES[stage]);
  const parsed = StaffQueueQuerySchema.safeParse(event.queryStringParameters ?? {});
  if (!parsed.success) {
    throw new ValidationError(fieldMessages(parsed.error), '查询条件有误，请按提示修改');
  }
  const query = parsed.data;
  const today = todayInShanghai(new Date());
  // A cursor made up or taken from another queue (another agency's) is refused before it reaches DynamoDB.
  if (query.cursor && !isQueueCursor(`QUEUE#${caller.agencyRegion}#${stage}`, query.cursor)) {
    throw new ValidationError({ cursor: '分页游标无效，请从第一页重新查询' });
  }
  table();

  if (stage === 'FILING_REVIEW') {
    const page = await listFilingsByReviewDeadline(caller.agencyRegion, {
      limit: query.limit,
      cursor: query.cursor ?? null,
      ...(query.overdue === 'true' ? { before: today } : {}),
    });
    return {
      body: {
        queue: stage,
        items: await Promise.all(page.filings.map((f) => filingRow(f, today))),
        cursor: page.cursor,
      },
    };
  }

  const threshold = policyFor(caller.agencyRegion).benefit.crossCheck.thresholdFen;
  const keyed = CaseEntity.query.byStageDeadline({ agencyRegion: caller.agencyRegion, queueStage: stage });
  const ranged = query.overdue === 'true' ? keyed.lt({ queueDue: today }) : keyed;
  const filtered = ranged.where((attr, op) => {
    const clauses: string[] = [];
    if (query.expenseType) clauses.push(op.eq(attr.expenseType, query.expenseType));
    if (query.placeRegion) clauses.push(op.begins(attr.visit.placeCode, query.placeRegion));
    if (query.crossCheck === 'true') {
      clauses.push(`(${STAY_EXPENSE_TYPES.map((t) => op.eq(attr.expenseType, t)).join(' OR ')})`);
      clauses.push(op.gte(attr.claimedTotalFen, threshold));
    }
    return clauses.join(' AND ');
  });
  let page: { data: StoredCase[]; cursor: string | null };
  try {
    page = await filtered.go({ order: 'asc', count: query.limit, pages: 'all', cursor: query.cursor ?? null });
  } catch (error) {
    // A cursor not of this queue (or tampered with) is the caller's mistake.
    if (query.cursor) throw new ValidationError({ cursor: '分页游标无效，请从第一页重新查询' });
    throw error;
  }
  return {
    body: {
      queue: stage,
      items: await Promise.all(page.data.map((c) => caseQueueItemOf(c, today))),
      cursor: page.cursor ?? null,
    },
  };
});
