import { ROUTES } from '@shared/api/routes';
import { SettlementPreviewRequestSchema } from '@shared/api/staffActions';
import { httpHandler } from '../lib/http';
import { parseBody, parsePath } from '../lib/request';
import { calculateCaseSettlement } from '../lib/settlementInput';
import { authenticateStaff, requireStaffRole } from '../lib/staffAuth';
import { loadCaseForStaff } from '../lib/staffCases';

/** POST /v1/staff/cases/{id}/settlement-preview — the domain's calculation with these adjustments; writes nothing. */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.postStaffCaseSettlementPreview);
  const caller = await authenticateStaff(event);
  requireStaffRole(caller, ['reviewer', 'second_reviewer', 'finance']);
  const stored = await loadCaseForStaff(id, caller);
  const body = parseBody(event, SettlementPreviewRequestSchema);
  const { settlement } = await calculateCaseSettlement(stored, body.adjustments, body.paidBeforeByYear);
  return { body: { settlement, crossCheck: settlement.crossCheck.flagged } };
});
