import { ROUTES } from '@shared/api/routes';
import { StaffFilingReviewRequestSchema } from '@shared/api/staffActions';
import { STAFF_ACCESS } from '@shared/domain/case/staffAccess';
import { recordAudit } from '../data/audit';
import { httpHandler } from '../http/http';
import { withIdempotency } from '../http/idempotency';
import { parseBody, parsePath } from '../http/request';
import { authenticateStaff, requireStaffRole } from '../usecases/access/staffAuth';
import { loadFilingForStaff } from '../usecases/cases/staffCases';
import { applyFilingReview, versionConflict } from '../usecases/filings/filings';

/**
 * POST /v1/staff/filings/{id}/review — 备案审核 (intake or reviewer) for regions that review filings: approve or
 * refuse with the reason (domain `reviewFiling`); the FILING_RESULT notice goes in the same transaction.
 */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.postStaffFilingReview);
  const caller = await authenticateStaff(event);
  requireStaffRole(caller, STAFF_ACCESS.REVIEW_FILING);
  return withIdempotency(event, `staff:${caller.username}:${id}`, async () => {
    const now = new Date();
    const filing = await loadFilingForStaff(id, caller);
    const body = parseBody(event, StaffFilingReviewRequestSchema);
    if (body.version !== filing.version) throw versionConflict();
    const decision =
      body.decision === 'APPROVE' ? { approve: true as const } : { approve: false as const, reason: body.reason };
    const reviewed = await applyFilingReview(filing.filingId, decision, caller.username, now);
    await recordAudit(
      {
        subjectType: 'FILING',
        subjectId: filing.filingId,
        kind: 'ACTION',
        actor: caller.username,
        what: body.decision === 'APPROVE' ? 'APPROVE_FILING' : 'REFUSE_FILING',
        detail: `${filing.status} → ${reviewed.status} (v${reviewed.version})`,
      },
      now,
    );
    return { body: { filingId: reviewed.filingId, status: reviewed.status, version: reviewed.version } };
  });
});
