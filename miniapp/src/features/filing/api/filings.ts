import {
  CancelFilingRequestSchema,
  ChangeFilingRequestSchema,
  CreateFilingRequestSchema,
  FilingListResponseSchema,
  FilingOptionsResponseSchema,
  FilingResponseSchema,
} from '@shared/api/filings';
import { MyPersonsResponseSchema } from '@shared/api/me';
import { endpoint } from '../../../lib/api/endpoint';

/** `GET /v1/me/persons` — whom the caller may file for: themselves, and the persons they act for. */
export const getMyPersons = endpoint('getMyPersons', {
  method: 'GET',
  path: '/v1/me/persons',
  auth: true,
  body: undefined,
  response: MyPersonsResponseSchema,
});

/** `GET /v1/filings/options?insuredPersonId=` — what this person may file: types, proofs, approval, the lock. */
export const getFilingOptions = endpoint('getFilingOptions', {
  method: 'GET',
  path: '/v1/filings/options',
  auth: true,
  body: undefined,
  response: FilingOptionsResponseSchema,
});

/** `POST /v1/filings` — 备案登记. */
export const postFilings = endpoint('postFilings', {
  method: 'POST',
  path: '/v1/filings',
  auth: true,
  body: CreateFilingRequestSchema,
  response: FilingResponseSchema,
});

/** `GET /v1/filings` — 我的备案. */
export const getFilings = endpoint('getFilings', {
  method: 'GET',
  path: '/v1/filings',
  auth: true,
  body: undefined,
  response: FilingListResponseSchema,
});

/** `GET /v1/filings/{id}` — 备案详情. */
export const getFiling = endpoint('getFiling', {
  method: 'GET',
  path: '/v1/filings/{id}',
  auth: true,
  body: undefined,
  response: FilingResponseSchema,
});

/** `PATCH /v1/filings/{id}` — 变更备案 (with the version seen). */
export const patchFiling = endpoint('patchFiling', {
  method: 'PATCH',
  path: '/v1/filings/{id}',
  auth: true,
  body: ChangeFilingRequestSchema,
  response: FilingResponseSchema,
});

/** `POST /v1/filings/{id}/cancel` — 取消备案 (with the version seen). */
export const postFilingCancel = endpoint('postFilingCancel', {
  method: 'POST',
  path: '/v1/filings/{id}/cancel',
  auth: true,
  body: CancelFilingRequestSchema,
  response: FilingResponseSchema,
});
