import { z } from 'zod';
import { HealthResponseSchema } from './health';
import { HomeResponseSchema } from './home';

/** Who may call a route: anyone, a logged-in WeChat user, a real-name-bound user, or agency staff. */
export type RouteAuth = 'public' | 'user' | 'bound' | 'staff';

/** One endpoint of the contract: the handlers implement it, the client calls it, the OpenAPI document shows it. */
export type RouteDefinition = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: `/v1/${string}` | '/v1';
  summary: string;
  auth: RouteAuth;
  /** JSON body of a mutating request. */
  body?: z.ZodType;
  /** The 2xx answer. */
  response: z.ZodType;
  /** Accepts an `Idempotency-Key` header (mutations that create something). */
  idempotent?: boolean;
};

/** Every route of the HTTP API, by handler name. serverless.yml's httpApi events must match this table. */
export const ROUTES = {
  getHealth: {
    method: 'GET',
    path: '/v1/health',
    summary: '各依赖的状态（健康检查）',
    auth: 'public',
    response: HealthResponseSchema,
  },
  getHome: {
    method: 'GET',
    path: '/v1/home',
    summary: '首页：办事入口、各地服务承诺时限、今天是否工作日',
    auth: 'public',
    response: HomeResponseSchema,
  },
  getOpenApi: {
    method: 'GET',
    path: '/v1/openapi.json',
    summary: '本接口文档（OpenAPI 3.1）',
    auth: 'public',
    response: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }),
  },
} as const satisfies Record<string, RouteDefinition>;

export type RouteName = keyof typeof ROUTES;
