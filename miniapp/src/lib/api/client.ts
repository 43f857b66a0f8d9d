import Taro from '@tarojs/taro';
import type { z } from 'zod';
import { StorageKey } from '../storage';
import type { Endpoint, PathParams } from './endpoint';
import { ApiError, ClientErrorCode, ClientErrorMessage, errorFromResponse } from './errors';

/**
 * API origin, fixed at build time from `TARO_APP_API_BASE_URL`. Empty = same origin: the H5 build calls `/v1/...`
 * on the server that serves it. The weapp default `http://127.0.0.1:3000` only works in the DevTools simulator.
 */
export const API_BASE_URL: string = process.env.TARO_APP_API_BASE_URL ?? '';

const REQUEST_TIMEOUT_MS = 15_000;

type Query = Readonly<Record<string, string | number | boolean | undefined>>;

interface BaseRequest<T> {
  /** Path under the API origin, starting with `/v1/`. */
  path: `/v1/${string}`;
  query?: Query;
  /** The shared zod schema the answer must match. */
  schema: z.ZodType<T>;
  /** Send no token even if there is one (login, refresh). */
  anonymous?: boolean;
}

/** A read: no body, never an idempotency key. */
export interface ReadRequest<T> extends BaseRequest<T> {
  method?: 'GET';
}

/** A write: JSON body; pass the same `idempotencyKey` when retrying so the API acts once (SPEC §7). */
export interface WriteRequest<T> extends BaseRequest<T> {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  idempotencyKey?: string;
}

export type ApiRequest<T> = ReadRequest<T> | WriteRequest<T>;

function isWrite<T>(request: ApiRequest<T>): request is WriteRequest<T> {
  return request.method !== undefined && request.method !== 'GET';
}

/** A fresh key for one logical write (keep it across retries of that write). */
export function createIdempotencyKey(): string {
  const cryptoApi = globalThis.crypto;
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  const random = () =>
    Math.floor(Math.random() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
  return `${Date.now().toString(16)}-${random()}-${random()}-${random()}`;
}

function buildUrl(path: string, query?: Query): string {
  const params = Object.entries(query ?? {})
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return `${API_BASE_URL}${path}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

function readToken(): string | undefined {
  try {
    const token: unknown = Taro.getStorageSync<unknown>(StorageKey.accessToken);
    return typeof token === 'string' && token.length > 0 ? token : undefined;
  } catch {
    return undefined;
  }
}

function isTimeout(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, errMsg } = error as { name?: unknown; errMsg?: unknown };
  return name === 'AbortError' || (typeof errMsg === 'string' && errMsg.includes('timeout'));
}

/** What the session layer does when the API says 401: refresh once (true = retry), or end the session. */
export interface SessionHooks {
  /** Gets a new access token; resolves false when there is none to be had (no refresh token, or it was refused). */
  refresh: () => Promise<boolean>;
  /** The session is over: forget it and send the user to login, remembering the page. */
  ended: () => void;
}

let sessionHooks: SessionHooks | undefined;

/** Installed once by lib/session: the client itself knows nothing about login pages. */
export function setSessionHooks(hooks: SessionHooks): void {
  sessionHooks = hooks;
}

/**
 * Calls the API and returns its answer checked against `schema`; every failure is thrown as an ApiError. A 401 on a
 * call that sent a token refreshes the session once and repeats the call (same idempotency key); a second 401, or
 * a refresh that fails, ends the session.
 */
export async function apiRequest<T>(request: ApiRequest<T>): Promise<T> {
  try {
    return await sendRequest(request);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401 || request.anonymous || !sessionHooks) throw error;
    const hooks = sessionHooks;
    if (!(await hooks.refresh())) {
      hooks.ended();
      throw error;
    }
    try {
      return await sendRequest(request);
    } catch (again) {
      if (again instanceof ApiError && again.status === 401) hooks.ended();
      throw again;
    }
  }
}

async function sendRequest<T>(request: ApiRequest<T>): Promise<T> {
  const header: Record<string, string> = { Accept: 'application/json' };
  const token = request.anonymous ? undefined : readToken();
  if (token) header.Authorization = `Bearer ${token}`;

  let data: unknown;
  if (isWrite(request)) {
    header['Content-Type'] = 'application/json';
    if (request.idempotencyKey) header['Idempotency-Key'] = request.idempotencyKey;
    data = request.body ?? {};
  }

  // What `Taro.request` may hand back with dataType json: parsed JSON, or the raw text when it is not JSON.
  type RawAnswer = TaroGeneral.IAnyObject | string;
  let response: Taro.request.SuccessCallbackResult<RawAnswer>;
  try {
    response = await Taro.request<RawAnswer>({
      url: buildUrl(request.path, request.query),
      method: request.method ?? 'GET',
      header,
      data,
      dataType: 'json',
      timeout: REQUEST_TIMEOUT_MS,
    });
  } catch (cause) {
    const timeout = isTimeout(cause);
    throw new ApiError({
      code: timeout ? ClientErrorCode.timeout : ClientErrorCode.network,
      message: timeout ? ClientErrorMessage.timeout : ClientErrorMessage.network,
      status: 0,
      cause,
    });
  }

  const { statusCode } = response;
  if (statusCode < 200 || statusCode >= 300) throw errorFromResponse(statusCode, response.data);

  const parsed = request.schema.safeParse(response.data);
  if (!parsed.success) {
    // Paths only: answers may hold personal data, which must never reach a log.
    console.error(
      'API answer does not match its schema',
      request.path,
      parsed.error.issues.map((i) => i.path),
    );
    throw new ApiError({
      code: ClientErrorCode.badResponse,
      message: ClientErrorMessage.badResponse,
      status: statusCode,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

type Input<E extends Endpoint> = E['body'] extends z.ZodType ? z.input<E['body']> : undefined;

/** What a call of endpoint `E` needs: its path parameters, its body, and for a write the idempotency key. */
export type CallOptions<E extends Endpoint> = (keyof PathParams<E['path']> extends never
  ? { params?: undefined }
  : { params: PathParams<E['path']> }) &
  (E['body'] extends z.ZodType ? { body: Input<E> } : { body?: undefined }) & {
    idempotencyKey?: string;
    query?: Query;
  };

/** The path of `endpoint` with its `{name}`s filled in (each value URL-encoded). */
export function pathOf(path: string, params?: Readonly<Record<string, string>>): `/v1/${string}` {
  return path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  }) as `/v1/${string}`;
}

/** Calls one endpoint of the shared route table; the answer is checked against the route's own response schema. */
export function callEndpoint<E extends Endpoint>(
  endpoint: E,
  options: CallOptions<E>,
): Promise<z.output<E['response']>> {
  const { params, body, idempotencyKey, query } = options as {
    params?: Record<string, string>;
    body?: unknown;
    idempotencyKey?: string;
    query?: Query;
  };
  const path = pathOf(endpoint.path, params);
  const schema = endpoint.response as unknown as z.ZodType<z.output<E['response']>>;
  const anonymous = !endpoint.auth;
  if (endpoint.method === 'GET') return apiRequest({ path, query, schema, anonymous });
  return apiRequest({ path, query, schema, anonymous, method: endpoint.method, body, idempotencyKey });
}
