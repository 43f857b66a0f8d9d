import { HomeResponseSchema } from '@shared/api/home';
import { callEndpoint } from '../../../lib/api/client';
import { endpoint } from '../../../lib/api/endpoint';

/** `GET /v1/home` — what the applicant home screen shows (public, no login). */
export const getHomeEndpoint = endpoint('getHome', {
  method: 'GET',
  path: '/v1/home',
  auth: false,
  body: undefined,
  response: HomeResponseSchema,
});

export const getHome = () => callEndpoint(getHomeEndpoint, {});
