import { ROUTES } from '@shared/api/routes';
import { httpHandler } from '../http/http';
import { loadStaffCaseDetail } from '../http/presentStaffCase';
import { parsePath } from '../http/request';
import { authenticateStaff } from '../usecases/access/staffAuth';
import { loadCaseForStaff } from '../usecases/cases/staffCases';

/**
 * GET /v1/staff/cases/{id} — the case for the staff console: everything the applicant sees (materials, voucher,
 * checklist, timeline, notice, deadline), the actions this staff member may take in any of their roles, the
 * review's calculation, the payment and the result form. Sensitive fields stay masked here (see …/sensitive), so
 * this view is not audited. Another agency's case, a draft or no case: 404.
 */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.getStaffCase);
  const caller = await authenticateStaff(event);
  const stored = await loadCaseForStaff(id, caller);
  return { body: await loadStaffCaseDetail(stored, caller, new Date()) };
});
