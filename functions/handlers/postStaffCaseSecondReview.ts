import { StaffSecondReviewRequestSchema } from '@shared/api/staffActions';
import { staffActionHandler } from '../http/staffTransition';

/**
 * POST /v1/staff/cases/{id}/second-review — 复核 (second reviewer, never the case's reviewer: four-eyes is the
 * state machine's rule): confirm, or return to review with the reason. No notice to the applicant either way.
 */
export const handler = staffActionHandler({
  action: (body) => (body.decision === 'CONFIRM' ? 'CONFIRM_REVIEW' : 'RETURN_REVIEW'),
  schema: StaffSecondReviewRequestSchema,
  command: (body) =>
    body.decision === 'CONFIRM' ? { action: 'CONFIRM_REVIEW' } : { action: 'RETURN_REVIEW', reason: body.reason },
  outcome: () => null,
});
