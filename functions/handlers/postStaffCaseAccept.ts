import { StaffVersionRequestSchema } from '@shared/api/staffActions';
import { staffActionHandler } from '../http/staffTransition';

/** POST /v1/staff/cases/{id}/accept — 受理 (intake): the materials are complete (`000` 流程二). */
export const handler = staffActionHandler({
  action: 'ACCEPT',
  schema: StaffVersionRequestSchema,
  command: () => ({ action: 'ACCEPT' }),
  outcome: () => ({ kind: 'ACCEPTED' }),
});
