import { ResubmitClaimRequestSchema } from '@shared/api/claims';
import { ROUTES } from '@shared/api/routes';
import { claimActionHandler } from '../http/claimTransition';

/**
 * POST /v1/claims/{id}/resubmit — after the one-time deficiency notice (一次性告知), the applicant has attached the
 * listed items and resubmits: the domain checks every listed item was supplied, and the acceptance clock restarts
 * (`000` 流程二); the case goes back to the acceptance queue with its new deadline.
 */
export const handler = claimActionHandler({
  route: ROUTES.postClaimResubmit,
  schema: ResubmitClaimRequestSchema,
  command: ({ stored, body }) => ({
    action: 'RESUBMIT',
    suppliedItems: stored.supplied,
    listItemMailed: body.listItemMailed,
  }),
  // What this round supplied is answered; a later notice starts a new round.
  extra: () => ({ supplied: [] }),
  done: 'claim resubmitted',
});
