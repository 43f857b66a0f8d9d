import { ROUTES } from '@shared/api/routes';
import { httpHandler } from '../http/http';
import { filingView } from '../http/presentFiling';
import { parsePath } from '../http/request';
import { authenticateStaff } from '../usecases/access/staffAuth';
import { loadFilingForStaff } from '../usecases/cases/staffCases';
import { filingPerson } from '../usecases/filings/filings';

/** The roles that decide a filing under review (as `POST /v1/staff/filings/{id}/review` requires). */
const FILING_REVIEWERS = ['intake', 'reviewer'] as const;

/**
 * GET /v1/staff/filings/{id} — 备案审核: the filing as staff review it (the person masked, every decision with its
 * 依据) and the decisions this member may take now. Another agency's filing or none: 404.
 */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.getStaffFiling);
  const caller = await authenticateStaff(event);
  const filing = await loadFilingForStaff(id, caller);
  const person = await filingPerson(filing.personId);
  const mayDecide =
    filing.status === 'PENDING_REVIEW' && caller.roles.some((role) => FILING_REVIEWERS.some((r) => r === role));
  return {
    body: {
      // No applicant is asking: the view's "submitted by me" facts are answered from nobody's side.
      filing: filingView(filing, person, ''),
      allowedDecisions: mayDecide ? ['APPROVE', 'REFUSE'] : [],
    },
  };
});
