import {
  AttachMaterialsRequestSchema,
  BankAccountRequestSchema,
  CaseDetailSchema,
  ChecklistResponseSchema,
  ClaimViewSchema,
  CreateClaimRequestSchema,
  PatchClaimRequestSchema,
  SubmitClaimRequestSchema,
  VoucherRequestSchema,
} from '@shared/api/claims';
import { ClaimEstimateResponseSchema } from '@shared/api/estimates';
import { HospitalSearchResponseSchema } from '@shared/api/hospitals';
import { MyPersonsResponseSchema } from '@shared/api/me';
import { SubscriptionReportSchema, SubscriptionsResponseSchema } from '@shared/api/subscriptions';
import { endpoint } from '../../../lib/api/endpoint';

/** `GET /v1/me/persons` — whom the caller may claim for: themselves, and the persons they act for. */
export const getMyPersons = endpoint('getMyPersons', {
  method: 'GET',
  path: '/v1/me/persons',
  auth: true,
  body: undefined,
  response: MyPersonsResponseSchema,
});

/** `POST /v1/claims` — a new draft: for whom, the case, the expense type, the facts and the visit. */
export const postClaims = endpoint('postClaims', {
  method: 'POST',
  path: '/v1/claims',
  auth: true,
  body: CreateClaimRequestSchema,
  response: ClaimViewSchema,
});

/** `PATCH /v1/claims/{id}` — autosave with the version the draft was read at (409 when someone saved first). */
export const patchClaim = endpoint('patchClaim', {
  method: 'PATCH',
  path: '/v1/claims/{id}',
  auth: true,
  body: PatchClaimRequestSchema,
  response: ClaimViewSchema,
});

/** `GET /v1/cases/{id}` — the case (a draft too): to resume the wizard where it stopped. */
export const getCase = endpoint('getCase', {
  method: 'GET',
  path: '/v1/cases/{id}',
  auth: true,
  body: undefined,
  response: CaseDetailSchema,
});

/** `GET /v1/hospitals?q=&cityCode=` — the hospital search by name. */
export const getHospitals = endpoint('getHospitals', {
  method: 'GET',
  path: '/v1/hospitals',
  auth: true,
  body: undefined,
  response: HospitalSearchResponseSchema,
});

/** `POST /v1/claims/{id}/voucher` — the e-voucher look-up (票据代码、号码、校验码). */
export const postClaimVoucher = endpoint('postClaimVoucher', {
  method: 'POST',
  path: '/v1/claims/{id}/voucher',
  auth: true,
  body: VoucherRequestSchema,
  response: ClaimViewSchema,
});

/** `GET /v1/claims/{id}/checklist` — what the claim needs, why, and what is still missing. */
export const getClaimChecklist = endpoint('getClaimChecklist', {
  method: 'GET',
  path: '/v1/claims/{id}/checklist',
  auth: true,
  body: undefined,
  response: ChecklistResponseSchema,
});

/** `POST /v1/claims/{id}/materials` — confirmed uploads attached as one checklist item. */
export const postClaimMaterials = endpoint('postClaimMaterials', {
  method: 'POST',
  path: '/v1/claims/{id}/materials',
  auth: true,
  body: AttachMaterialsRequestSchema,
  response: ClaimViewSchema,
});

/** `PUT /v1/claims/{id}/bank-account` — the insured person's own account. */
export const putClaimBankAccount = endpoint('putClaimBankAccount', {
  method: 'PUT',
  path: '/v1/claims/{id}/bank-account',
  auth: true,
  body: BankAccountRequestSchema,
  response: ClaimViewSchema,
});

/** `GET /v1/claims/{id}/estimate` — 预估: the reviewer's own benefit calculation on the draft. */
export const getClaimEstimate = endpoint('getClaimEstimate', {
  method: 'GET',
  path: '/v1/claims/{id}/estimate',
  auth: true,
  body: undefined,
  response: ClaimEstimateResponseSchema,
});

/** `POST /v1/claims/{id}/submit` — idempotent: a double tap or a retried request makes one case. */
export const postClaimSubmit = endpoint('postClaimSubmit', {
  method: 'POST',
  path: '/v1/claims/{id}/submit',
  auth: true,
  body: SubmitClaimRequestSchema,
  response: CaseDetailSchema,
});

/** `GET /v1/me/subscriptions` — the subscribe-message templates to ask for. */
export const getMySubscriptions = endpoint('getMySubscriptions', {
  method: 'GET',
  path: '/v1/me/subscriptions',
  auth: true,
  body: undefined,
  response: SubscriptionsResponseSchema,
});

/** `POST /v1/me/subscriptions` — what the user chose in WeChat's subscribe dialog. */
export const postMySubscriptions = endpoint('postMySubscriptions', {
  method: 'POST',
  path: '/v1/me/subscriptions',
  auth: true,
  body: SubscriptionReportSchema,
  response: SubscriptionsResponseSchema,
});
