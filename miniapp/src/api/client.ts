import { type HomeResponse, HomeResponseSchema } from '@shared/api/home';
import Taro from '@tarojs/taro';
import type { ZodType } from 'zod';
import { ApiError, ApiErrorBodySchema, ClientErrorCode, ClientErrorMessage } from './errors';

/**
 * API origin, fixed at build time from `TARO_APP_API_BASE_URL`. Empty = same origin: the H5 build calls `/v1/...`
 * on the server that serves it. The weapp default `http://127.0.0.1:3000` only works in the DevTools simulator.
 */
export const API_BASE_URL: string = process.env.TARO_APP_API_BASE_URL ?? '';

/** Storage key of the bearer token written by the login flow. */
export const AUTH_TOKEN_STORAGE_KEY = 'auth.token';

const REQUEST_TIMEOUT_MS = 15_000;

type Query = Readonly<Record<string, string | number | boolean | undefined>>;

interface BaseRequest<T> {
  /** Path under the API origin, starting with `/v1/`. */
  path: `/v1/${string}`;
  query?: Query;
  /** The shared zod schema the answer must match. */
  schema: ZodType<T>;
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
    const token: unknown = Taro.getStorageSync<unknown>(AUTH_TOKEN_STORAGE_KEY);
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

/** The API's own error body when there is one, else a plain message chosen by HTTP status. */
function errorFromResponse(status: number, data: unknown): ApiError {
  const body = ApiErrorBodySchema.safeParse(data);
  if (body.success) {
    const { code, message, fields } = body.data.error;
    return new ApiError({ code, message, status, fields });
  }
  if (status === 401) {
    return new ApiError({ code: ClientErrorCode.unauthorized, message: ClientErrorMessage.unauthorized, status });
  }
  return new ApiError({ code: ClientErrorCode.server, message: ClientErrorMessage.server, status });
}

/** Calls the API and returns its answer checked against `schema`; every failure is thrown as an ApiError. */
export async function apiRequest<T>(request: ApiRequest<T>): Promise<T> {
  const header: Record<string, string> = { Accept: 'application/json' };
  const token = readToken();
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

/** `GET /v1/home` — what the applicant home screen shows (public, no login). */
export function getHome(): Promise<HomeResponse> {
  return apiRequest({ path: '/v1/home', schema: HomeResponseSchema });
}
