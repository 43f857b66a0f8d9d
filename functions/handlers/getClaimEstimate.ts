import { ROUTES } from '@shared/api/routes';
import { httpHandler } from '../http/http';
import { parsePath } from '../http/request';
import { authenticateBound } from '../usecases/access/auth';
import { loadCaseFor } from '../usecases/claims/claims';
import { claimEstimate } from '../usecases/claims/estimate';

/**
 * GET /v1/claims/{id}/estimate — the expected reimbursement (预估) by the reviewer's own calculation, each figure with
 * its 依据; `available: false` with the reason while the draft lacks the e-voucher. Anyone not party to it: 404.
 */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.getClaimEstimate);
  const caller = await authenticateBound(event);
  const { stored } = await loadCaseFor(id, caller);
  return { body: await claimEstimate(stored) };
});
