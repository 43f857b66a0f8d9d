import { BindingRequestSchema, BindingResponseSchema, MeResponseSchema } from '@shared/api/me';
import { endpoint } from '../../../lib/api/endpoint';

/** `GET /v1/me` — who the caller is: bound or not, and the bound insured person (masked). */
export const getMe = endpoint('getMe', {
  method: 'GET',
  path: '/v1/me',
  auth: true,
  body: undefined,
  response: MeResponseSchema,
});

/** `POST /v1/me/binding` — 实名绑定: name and ID number checked against the insured-person registry. */
export const postMeBinding = endpoint('postMeBinding', {
  method: 'POST',
  path: '/v1/me/binding',
  auth: true,
  body: BindingRequestSchema,
  response: BindingResponseSchema,
});
