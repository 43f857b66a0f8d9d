import { ROUTES } from '@shared/api/routes';
import { listCaseMaterials } from '../data/caseMaterial';
import { httpHandler } from '../http/http';
import { checklistViewOf } from '../http/presentClaim';
import { parsePath } from '../http/request';
import { authenticateBound } from '../usecases/access/auth';
import { loadCaseFor } from '../usecases/claims/claims';

/**
 * GET /v1/claims/{id}/checklist — the materials this claim needs (`003 Art. 27` as the region's checklist data
 * says, each with why and its 依据), what is attached, and what is still missing; the fetched e-voucher satisfies
 * the invoice and the itemised list (`000` 流程一).
 */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.getClaimChecklist);
  const caller = await authenticateBound(event);
  const { stored } = await loadCaseFor(id, caller);
  const materials = await listCaseMaterials(stored.caseId);
  return { body: checklistViewOf(stored, materials) };
});
