import { ROUTES } from '@shared/api/routes';
import { httpHandler } from '../http/http';
import { loadCaseDetail } from '../http/presentClaim';
import { parsePath } from '../http/request';
import { authenticateBound } from '../usecases/access/auth';
import { loadCaseFor } from '../usecases/claims/claims';

/**
 * GET /v1/cases/{id} — one of my cases with its tracking: every event of the timeline (who, masked, by role; when;
 * what; why), the current stage's deadline in official working days (`provisional` where the calendar lacks the
 * year), what I may do now, the deficiency notice if any, and the result once completed. Anyone else: 404.
 */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.getCase);
  const caller = await authenticateBound(event);
  const { stored, actor } = await loadCaseFor(id, caller);
  return { body: await loadCaseDetail(stored.caseId, actor) };
});
