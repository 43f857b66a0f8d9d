import { StaffReasonRequestSchema } from '@shared/api/staffActions';
import { staffActionHandler } from '../http/staffTransition';

/** POST /v1/staff/cases/{id}/refuse — 不予受理 (intake), with the reason; the voucher is released. */
export const handler = staffActionHandler({
  action: 'REFUSE',
  schema: StaffReasonRequestSchema,
  command: (body) => ({ action: 'REFUSE', reason: body.reason }),
  outcome: ({ body }) => ({ kind: 'REFUSED', reason: body.reason }),
});
