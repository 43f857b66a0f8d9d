import { ErrorCode } from '@shared/api/errors';

type AppErrorOptions = { fields?: Record<string, string>; cause?: unknown; headers?: Record<string, string> };

/** Base of every error an endpoint answers with: a stable code, an HTTP status and a Chinese message. */
export class AppError extends Error {
  override readonly name: string = 'AppError';
  readonly fields?: Record<string, string>;
  /** Extra response headers (Retry-After, WWW-Authenticate). */
  readonly headers?: Record<string, string>;

  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.fields = options.fields;
    this.headers = options.headers;
  }
}

/** 400 — the request does not pass validation; `fields` says what is wrong with each field. */
export class ValidationError extends AppError {
  override readonly name = 'ValidationError';
  constructor(fields: Record<string, string>, message = '提交的信息有误，请按提示修改') {
    super(ErrorCode.VALIDATION_FAILED, 400, message, { fields });
  }
}

/** 400 — a well-formed request the answer to which is "no" because of something the caller sent (a bad code). */
export class BadRequestError extends AppError {
  override readonly name = 'BadRequestError';
  constructor(code: string, message: string, cause?: unknown) {
    super(code, 400, message, { cause });
  }
}

/** 401 — no valid login: missing, malformed or expired token. */
export class UnauthenticatedError extends AppError {
  override readonly name = 'UnauthenticatedError';
  constructor(message = '请先登录', code: string = ErrorCode.UNAUTHENTICATED, cause?: unknown) {
    super(code, 401, message, { cause, headers: { 'www-authenticate': 'Bearer' } });
  }
}

/** 403 — logged in, but not allowed to do this (not bound, blocked, not their case). */
export class ForbiddenError extends AppError {
  override readonly name = 'ForbiddenError';
  constructor(message = '您无权办理此项业务', code: string = ErrorCode.FORBIDDEN) {
    super(code, 403, message);
  }
}

/** 404 — nothing there, or nothing the caller may see (we do not say which). */
export class NotFoundError extends AppError {
  override readonly name = 'NotFoundError';
  constructor(message = '没有找到要查看的内容') {
    super(ErrorCode.NOT_FOUND, 404, message);
  }
}

/** 409 — the request conflicts with what is already there (already bound, request still running). */
export class ConflictError extends AppError {
  override readonly name = 'ConflictError';
  constructor(message: string, code: string = ErrorCode.CONFLICT) {
    super(code, 409, message);
  }
}

/** 422 — understood and well-formed, but refused by a check (registry mismatch, insurance suspended). */
export class UnprocessableError extends AppError {
  override readonly name = 'UnprocessableError';
  constructor(code: string, message: string) {
    super(code, 422, message);
  }
}

/** 429 — too many requests (here or at a service we call); the caller should wait `retryAfterSeconds`. */
export class TooManyRequestsError extends AppError {
  override readonly name = 'TooManyRequestsError';
  constructor(code: string, message: string, retryAfterSeconds = 60) {
    super(code, 429, message, { headers: { 'retry-after': String(retryAfterSeconds) } });
  }
}

/** 503 — a service we depend on did not answer; the caller may retry. */
export class DependencyUnavailableError extends AppError {
  override readonly name = 'DependencyUnavailableError';
  constructor(message: string, cause?: unknown) {
    super(ErrorCode.DEPENDENCY_UNAVAILABLE, 503, message, { cause });
  }
}

/** A domain refusal (`{ ok: false, code, message, source }` of shared/domain) as it reaches this module. */
type DomainRefusal = { code: string; message: string; source: { label: string } };

/** HTTP status of a domain refusal: a state conflict is 409, a party or role refusal 403, any other rule 422. */
function refusalStatus(code: string): number {
  if (code === 'TRANSITION_NOT_ALLOWED' || code === 'DEFICIENCY_NOTICE_ALREADY_SENT') return 409;
  if (code === 'NOT_CASE_PARTY' || code === 'ROLE_NOT_ALLOWED' || code === 'FOUR_EYES_VIOLATION') return 403;
  return 422;
}

/**
 * 4xx — a business rule of shared/domain said no: its stable code and Chinese message as they are, and the clause
 * it rests on (“依据：…”) in `fields.source`, so the caller can show the 依据 under the message. `fields` adds
 * per-field messages (e.g. each missing material).
 */
export class RefusalError extends AppError {
  override readonly name = 'RefusalError';
  constructor(refusal: DomainRefusal, fields: Record<string, string> = {}, status = refusalStatus(refusal.code)) {
    super(refusal.code, status, refusal.message, { fields: { ...fields, source: refusal.source.label } });
  }
}
