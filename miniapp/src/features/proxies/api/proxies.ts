import {
  AddProxyRequestSchema,
  MyProxyListResponseSchema,
  ProxyListResponseSchema,
  ProxyPersonSchema,
  RevokeMyProxyResponseSchema,
  RevokeProxyResponseSchema,
} from '@shared/api/proxies';
import { endpoint } from '../../../lib/api/endpoint';

/** `GET /v1/proxies` — the insured persons I act for. */
export const getProxies = endpoint('getProxies', {
  method: 'GET',
  path: '/v1/proxies',
  auth: true,
  body: undefined,
  response: ProxyListResponseSchema,
});

/** `POST /v1/proxies` — 添加代办: the person (checked against the registry), relationship, phone and 委托书. */
export const postProxies = endpoint('postProxies', {
  method: 'POST',
  path: '/v1/proxies',
  auth: true,
  body: AddProxyRequestSchema,
  response: ProxyPersonSchema,
});

/** `DELETE /v1/proxies/{personId}` — I stop acting for this person. */
export const deleteProxy = endpoint('deleteProxy', {
  method: 'DELETE',
  path: '/v1/proxies/{personId}',
  auth: true,
  body: undefined,
  response: RevokeProxyResponseSchema,
});

/** `GET /v1/me/proxies` — who acts for me. */
export const getMyProxies = endpoint('getMyProxies', {
  method: 'GET',
  path: '/v1/me/proxies',
  auth: true,
  body: undefined,
  response: MyProxyListResponseSchema,
});

/** `DELETE /v1/me/proxies/{proxyUserId}` — this proxy may no longer act for me. */
export const deleteMyProxy = endpoint('deleteMyProxy', {
  method: 'DELETE',
  path: '/v1/me/proxies/{proxyUserId}',
  auth: true,
  body: undefined,
  response: RevokeMyProxyResponseSchema,
});

/** react-query keys of the proxies journey. */
export const proxyKeys = {
  all: (userId: string) => ['proxies', userId] as const,
  actingFor: (userId: string) => ['proxies', userId, 'acting-for'] as const,
  actingForMe: (userId: string) => ['proxies', userId, 'acting-for-me'] as const,
  letter: (userId: string, fields: Record<string, string>) => ['proxies', userId, 'letter', fields] as const,
};
