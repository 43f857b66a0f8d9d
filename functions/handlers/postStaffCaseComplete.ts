import { StaffVersionRequestSchema } from '@shared/api/staffActions';
import { staffActionHandler } from '../http/staffTransition';
import { completeCase } from '../usecases/cases/completion';

/**
 * POST /v1/staff/cases/{id}/complete — 办结 (finance, `000` 流程五): the e-sealed, signed result form; the voucher
 * marked reimbursed and recorded on the hash-chained ledger, in the completion's one transaction.
 */
export const handler = staffActionHandler({
  action: 'COMPLETE',
  schema: StaffVersionRequestSchema,
  command: () => ({ action: 'COMPLETE' }),
  outcome: ({ stored }) => ({ kind: 'COMPLETED', amountFen: stored.payment?.amountFen ?? 0 }),
  commit: completeCase,
});
