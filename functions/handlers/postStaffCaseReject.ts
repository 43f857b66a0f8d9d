import { StaffReasonRequestSchema } from '@shared/api/staffActions';
import { staffActionHandler } from '../http/staffTransition';

/** POST /v1/staff/cases/{id}/reject — 审核不通过 (reviewer), with the reason; the voucher is released. */
export const handler = staffActionHandler({
  action: 'REJECT',
  schema: StaffReasonRequestSchema,
  command: (body) => ({ action: 'REJECT', reason: body.reason }),
  outcome: ({ body }) => ({ kind: 'REJECTED', reason: body.reason }),
});
