import { WithdrawClaimRequestSchema } from '@shared/api/claims';
import { ROUTES } from '@shared/api/routes';
import { claimActionHandler } from '../http/claimTransition';

/**
 * POST /v1/claims/{id}/withdraw — the applicant withdraws the claim before review (the domain decides when). A
 * submitted claim gives its voucher back in the same transaction, so a corrected claim can use it.
 */
export const handler = claimActionHandler({
  route: ROUTES.postClaimWithdraw,
  schema: WithdrawClaimRequestSchema,
  command: ({ body }) => ({ action: 'WITHDRAW', reason: body.reason }),
  done: 'claim withdrawn',
});
