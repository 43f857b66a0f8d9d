import { ROUTES } from '@shared/api/routes';
import { SettlementPreviewRequestSchema } from '@shared/api/staffActions';
import { STAFF_ACCESS } from '@shared/domain/case/staffAccess';
import { httpHandler } from '../http/http';
import { parseBody, parsePath } from '../http/request';
import { authenticateStaff, requireStaffRole } from '../usecases/access/staffAuth';
import { loadCaseForStaff } from '../usecases/cases/staffCases';
import { calculateCaseSettlement } from '../usecases/claims/settlementInput';

/** POST /v1/staff/cases/{id}/settlement-preview — the domain's calculation with these adjustments; writes nothing. */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.postStaffCaseSettlementPreview);
  const caller = await authenticateStaff(event);
  requireStaffRole(caller, STAFF_ACCESS.PREVIEW_SETTLEMENT);
  const stored = await loadCaseForStaff(id, caller);
  const body = parseBody(event, SettlementPreviewRequestSchema);
  const { settlement } = await calculateCaseSettlement(stored, body.adjustments, body.paidBeforeByYear);
  return { body: { settlement, crossCheck: settlement.crossCheck.flagged } };
});
