import { StaffAuditQuerySchema } from '@shared/api/staff';
import { STAFF_ACCESS } from '@shared/domain/case/staffAccess';
import { type AuditRecord, listAuditByActor, listAuditBySubject } from '../data/audit';
import { getStaff } from '../data/staff';
import { httpHandler } from '../http/http';
import { fieldMessages } from '../http/request';
import { NotFoundError, ValidationError } from '../support/errors';
import { authenticateStaff, requireStaffRole } from '../usecases/access/staffAuth';
import { loadCaseForStaff } from '../usecases/cases/staffCases';

function entryOf(record: AuditRecord) {
  return {
    auditId: record.auditId,
    at: record.at,
    actor: record.actor,
    kind: record.kind,
    subjectType: record.subjectType,
    subjectId: record.subjectId,
    what: record.what,
    detail: record.detail ?? null,
  };
}

/**
 * GET /v1/staff/audit?caseId=… | ?actor=… — 审计记录 (admin only): one case's trail (every sensitive read and
 * action) or one staff member's (sign-ins, reads, actions), oldest first. Only the admin's own agency: a case or
 * member of another agency is 404, as if it did not exist.
 */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateStaff(event);
  requireStaffRole(caller, STAFF_ACCESS.READ_AUDIT);
  const parsed = StaffAuditQuerySchema.safeParse(event.queryStringParameters ?? {});
  if (!parsed.success) {
    throw new ValidationError(fieldMessages(parsed.error), '查询条件有误，请按提示修改');
  }
  const { caseId, actor } = parsed.data;
  let records: AuditRecord[];
  if (caseId !== undefined) {
    const stored = await loadCaseForStaff(caseId, caller);
    records = await listAuditBySubject('CASE', stored.caseId);
  } else {
    const member = actor === undefined ? undefined : await getStaff(actor);
    if (!member || member.agencyRegion !== caller.agencyRegion) throw new NotFoundError('没有找到该经办人员');
    records = await listAuditByActor(member.username);
  }
  return { body: { entries: records.map(entryOf) } };
});
