import { ROUTES } from '@shared/api/routes';
import { mayStaff } from '@shared/domain/case/staffAccess';
import { isFilingAwaitingReview } from '@shared/domain/filing/filing';
import { httpHandler } from '../http/http';
import { filingView } from '../http/presentFiling';
import { parsePath } from '../http/request';
import { authenticateStaff } from '../usecases/access/staffAuth';
import { loadFilingForStaff } from '../usecases/cases/staffCases';
import { filingPerson } from '../usecases/filings/filings';

/**
 * GET /v1/staff/filings/{id} — 备案审核: the filing as staff review it (the person masked, every decision with its
 * 依据) and the decisions this member may take now. Another agency's filing or none: 404.
 */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.getStaffFiling);
  const caller = await authenticateStaff(event);
  const filing = await loadFilingForStaff(id, caller);
  const person = await filingPerson(filing.personId);
  const mayDecide = isFilingAwaitingReview(filing) && mayStaff(caller.roles, 'REVIEW_FILING');
  return {
    body: {
      // No applicant is asking: the view's "submitted by me" facts are answered from nobody's side.
      filing: filingView(filing, person, ''),
      allowedDecisions: mayDecide ? ['APPROVE', 'REFUSE'] : [],
    },
  };
});
