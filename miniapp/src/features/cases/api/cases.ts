import {
  CaseDetailSchema,
  CaseListResponseSchema,
  ResubmitClaimRequestSchema,
  WithdrawClaimRequestSchema,
} from '@shared/api/claims';
import { endpoint } from '../../../lib/api/endpoint';

/** `GET /v1/cases?limit=&cursor=` — 我的办件 (as insured person or as submitter), newest first, a page at a time. */
export const getCases = endpoint('getCases', {
  method: 'GET',
  path: '/v1/cases',
  auth: true,
  body: undefined,
  response: CaseListResponseSchema,
});

/** `GET /v1/cases/{id}` — 办件详情: timeline, the current stage's deadline, the allowed actions, the notice. */
export const getCase = endpoint('getCase', {
  method: 'GET',
  path: '/v1/cases/{id}',
  auth: true,
  body: undefined,
  response: CaseDetailSchema,
});

/** `POST /v1/claims/{id}/withdraw` — 撤回申请 (before review), with the applicant's reason (optional). */
export const postClaimWithdraw = endpoint('postClaimWithdraw', {
  method: 'POST',
  path: '/v1/claims/{id}/withdraw',
  auth: true,
  body: WithdrawClaimRequestSchema,
  response: CaseDetailSchema,
});

/** `POST /v1/claims/{id}/resubmit` — after the deficiency notice is answered (the acceptance deadline restarts). */
export const postClaimResubmit = endpoint('postClaimResubmit', {
  method: 'POST',
  path: '/v1/claims/{id}/resubmit',
  auth: true,
  body: ResubmitClaimRequestSchema,
  response: CaseDetailSchema,
});
