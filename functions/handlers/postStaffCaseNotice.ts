import { StaffNoticeRequestSchema } from '@shared/api/staffActions';
import { staffActionHandler } from '../http/staffTransition';

/**
 * POST /v1/staff/cases/{id}/notice — 一次性告知 (intake): every missing or defective item of the case's own
 * checklist with a reason, sent as one notice; or the exceptional provincial-list notice (`000` 流程二). The domain
 * refuses a second ordinary notice and an incomplete list.
 */
export const handler = staffActionHandler({
  action: 'NOTIFY_DEFICIENCY',
  schema: StaffNoticeRequestSchema,
  command: (body) => ({ action: 'NOTIFY_DEFICIENCY', notice: body.notice }),
  outcome: ({ body }) => ({ kind: 'DEFICIENCY', notice: body.notice }),
});
