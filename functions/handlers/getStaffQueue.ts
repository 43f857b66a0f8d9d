import { ROUTES } from '@shared/api/routes';
import { StaffQueueQuerySchema } from '@shared/api/staff';
import { crossCheckCriteria } from '@shared/domain/benefit/crossCheck';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { queueRoles } from '@shared/domain/case/queues';
import { policyFor } from '@shared/policy';
import { getBinding } from '../data/binding';
import { isQueueCursor, listQueueCases } from '../data/caseQueue';
import { listFilingsByReviewDeadline, type StoredFiling } from '../data/filing';
import { httpHandler } from '../http/http';
import { caseQueueItemOf, dueFacts, maskedNameOf } from '../http/presentStaffCase';
import { fieldMessages, parsePath } from '../http/request';
import { ValidationError } from '../support/errors';
import { authenticateStaff, requireStaffRole } from '../usecases/access/staffAuth';

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
 * deadline; expense type, treatment province and the domain's fee cross-check selection = filters on that Query),
 * paginated by cursor (`functions/data/caseQueue.ts`). Never a Scan.
 */
export const handler = httpHandler(async (event) => {
  const { stage } = parsePath(event, ROUTES.getStaffQueue);
  const caller = await authenticateStaff(event);
  requireStaffRole(caller, queueRoles(stage));
  const parsed = StaffQueueQuerySchema.safeParse(event.queryStringParameters ?? {});
  if (!parsed.success) {
    throw new ValidationError(fieldMessages(parsed.error), '查询条件有误，请按提示修改');
  }
  const query = parsed.data;
  const today = todayInShanghai(new Date());
  // A cursor made up or taken from another queue (another agency's) is refused before it reaches DynamoDB.
  if (query.cursor && !isQueueCursor(caller.agencyRegion, stage, query.cursor)) {
    throw new ValidationError({ cursor: '分页游标无效，请从第一页重新查询' });
  }
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

  const page = await listQueueCases(caller.agencyRegion, stage, {
    limit: query.limit,
    cursor: query.cursor ?? null,
    filters: {
      ...(query.overdue === 'true' ? { overdueOn: today } : {}),
      ...(query.expenseType ? { expenseType: query.expenseType } : {}),
      ...(query.placeRegion ? { placeRegion: query.placeRegion } : {}),
      ...(query.crossCheck === 'true' ? { crossCheck: crossCheckCriteria(policyFor(caller.agencyRegion)) } : {}),
    },
  });
  if (!page.ok) throw new ValidationError({ cursor: '分页游标无效，请从第一页重新查询' });
  return {
    body: {
      queue: stage,
      items: await Promise.all(page.cases.map((c) => caseQueueItemOf(c, today))),
      cursor: page.cursor,
    },
  };
});
