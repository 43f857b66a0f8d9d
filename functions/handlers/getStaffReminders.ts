import { StaffRemindersQuerySchema } from '@shared/api/reminders';
import { STAFF_STAGES } from '../data/case';
import { isReminderCursor, listStaffReminders } from '../data/staffReminder';
import { httpHandler } from '../http/http';
import { fieldMessages } from '../http/request';
import { ValidationError } from '../support/errors';
import { authenticateStaff } from '../usecases/access/staffAuth';

type Stage = (typeof STAFF_STAGES)[number];

/** Which stages' reminders a role answers for: the queues it works (as GET /v1/staff/queues/{stage}). */
const STAGES_OF_ROLE: Record<string, readonly Stage[]> = {
  intake: ['ACCEPTANCE'],
  reviewer: ['REVIEW'],
  second_reviewer: ['SECOND_REVIEW'],
  finance: ['FINANCE', 'COMPLETION'],
  admin: STAFF_STAGES,
};

/**
 * GET /v1/staff/reminders — 超期催办: the caller's agency's overdue reminders for the stages of the caller's roles,
 * newest deadline first, paginated. One Query of the agency's partition; another agency's are never read.
 */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateStaff(event);
  const parsed = StaffRemindersQuerySchema.safeParse(event.queryStringParameters ?? {});
  if (!parsed.success) throw new ValidationError(fieldMessages(parsed.error), '查询条件有误，请按提示修改');
  const { limit, cursor } = parsed.data;
  // A cursor made up or taken from another agency is refused before it reaches DynamoDB.
  if (cursor && !isReminderCursor(caller.agencyRegion, cursor)) {
    throw new ValidationError({ cursor: '分页游标无效，请从第一页重新查询' });
  }
  const stages = [...new Set(caller.roles.flatMap((role) => STAGES_OF_ROLE[role] ?? []))];
  if (stages.length === 0) return { body: { reminders: [], cursor: null } };
  const page = await listStaffReminders(caller.agencyRegion, stages, { limit, cursor: cursor ?? null });
  return {
    body: {
      reminders: page.reminders.map((r) => ({
        caseId: r.caseId,
        kind: r.kind,
        stage: r.stage,
        due: r.due,
        workingDaysOverdue: r.workingDaysOverdue,
        createdOn: r.createdOn,
      })),
      cursor: page.cursor,
    },
  };
});
