import { z } from 'zod';

/**
 * The API's error body (SPEC §7): `{ error: { code, message, fields?, source? } }`. Read loosely here — the 依据
 * of a refusal is `error.source`, and was `error.fields.source` before: both are read.
 */
const ApiErrorBodySchema = z.object({
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    source: z.string().optional(),
  }),
});

/** Codes the client itself produces when there is no usable answer from the API. */
export const ClientErrorCode = {
  network: 'NETWORK_ERROR',
  timeout: 'NETWORK_TIMEOUT',
  badResponse: 'INVALID_RESPONSE',
  unauthorized: 'UNAUTHENTICATED',
  server: 'SERVER_UNAVAILABLE',
  unexpected: 'CLIENT_ERROR',
} as const;

/** Plain-Chinese messages shown when the API gave none. */
export const ClientErrorMessage = {
  network: '网络不通，请检查网络后重试',
  timeout: '网络较慢，请稍后重试',
  badResponse: '服务返回的内容有误，请稍后重试',
  unauthorized: '登录已过期，请重新登录',
  server: '服务暂时不可用，请稍后重试',
  unexpected: '页面出了点问题，请稍后重试',
} as const;

interface ApiErrorInit {
  code: string;
  message: string;
  /** HTTP status; 0 when the request never got an answer. */
  status: number;
  fields?: Readonly<Record<string, string>>;
  /** The rule a refusal rests on (依据), in plain words. */
  source?: string;
  cause?: unknown;
}

/** A failed API call, carrying the Chinese message to show, one message per field for bad input, and the 依据. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: string;
  readonly status: number;
  readonly fields: Readonly<Record<string, string>>;
  readonly source: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message, { cause: init.cause });
    // Keep `instanceof` working when Babel compiles the class down for older mini-program engines.
    Object.setPrototypeOf(this, new.target.prototype);
    this.code = init.code;
    this.status = init.status;
    this.fields = init.fields ?? {};
    this.source = init.source;
  }

  /** True when the request never got an answer (offline, DNS, timeout): retrying may help. */
  get isNetworkError(): boolean {
    return this.code === ClientErrorCode.network || this.code === ClientErrorCode.timeout;
  }
}

/** The API's own error body when there is one, else a plain message chosen by HTTP status. */
export function errorFromResponse(status: number, data: unknown): ApiError {
  const body = ApiErrorBodySchema.safeParse(data);
  if (body.success) {
    const { code, message, fields, source } = body.data.error;
    const { source: fieldSource, ...requestFields } = fields ?? {};
    return new ApiError({ code, message, status, fields: requestFields, source: source ?? fieldSource });
  }
  if (status === 401) {
    return new ApiError({ code: ClientErrorCode.unauthorized, message: ClientErrorMessage.unauthorized, status });
  }
  return new ApiError({ code: ClientErrorCode.server, message: ClientErrorMessage.server, status });
}

/** Any thrown value as an ApiError, so pages have one shape to show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({
    code: ClientErrorCode.unexpected,
    message: ClientErrorMessage.unexpected,
    status: 0,
    cause: error,
  });
}
