import { ERRORS, ErrorCode, type ErrorCodeWithStatus } from '@shared/api/errors';

type AppErrorOptions = { fields?: Record<string, string>; cause?: unknown; headers?: Record<string, string> };

/**
 * Base of every error an endpoint answers with: a registered code (`ERRORS` of shared/api/errors.ts), the HTTP
 * status the registry gives that code, and a Chinese message (the registry's default unless a more precise one is
 * given). A code not in the registry does not compile.
 */
export class AppError extends Error {
  override readonly name: string = 'AppError';
  readonly status: number;
  /** A Chinese message per request field that is wrong (never the 依据: that is `source`). */
  readonly fields?: Record<string, string>;
  /** The clause a business refusal rests on (“依据：…”), answered as `error.source`. */
  readonly source?: string;
  /** Extra response headers (Retry-After, WWW-Authenticate). */
  readonly headers?: Record<string, string>;

  constructor(
    readonly code: ErrorCode,
    message: string = ERRORS[code].message,
    options: AppErrorOptions & { source?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.status = ERRORS[code].status;
    this.fields = options.fields;
    this.source = options.source;
    this.headers = options.headers;
  }
}

/** 400 — the request does not pass validation; `fields` says what is wrong with each field. */
export class ValidationError extends AppError {
  override readonly name = 'ValidationError';
  constructor(fields: Record<string, string>, message: string = ERRORS.VALIDATION_FAILED.message) {
    super(ErrorCode.VALIDATION_FAILED, message, { fields });
  }
}

/** 400 — a well-formed request the answer to which is "no" because of something the caller sent (a bad code). */
export class BadRequestError extends AppError {
  override readonly name = 'BadRequestError';
  constructor(code: ErrorCodeWithStatus<400>, message: string, cause?: unknown) {
    super(code, message, { cause });
  }
}

/** 401 — no valid login: missing, malformed or expired token. */
export class UnauthenticatedError extends AppError {
  override readonly name = 'UnauthenticatedError';
  constructor(
    message: string = ERRORS.UNAUTHENTICATED.message,
    code: ErrorCodeWithStatus<401> = ErrorCode.UNAUTHENTICATED,
    cause?: unknown,
  ) {
    super(code, message, { cause, headers: { 'www-authenticate': 'Bearer' } });
  }
}

/** 403 — logged in, but not allowed to do this (not bound, blocked, not their case). */
export class ForbiddenError extends AppError {
  override readonly name = 'ForbiddenError';
  constructor(message: string = ERRORS.FORBIDDEN.message, code: ErrorCodeWithStatus<403> = ErrorCode.FORBIDDEN) {
    super(code, message);
  }
}

/** 404 — nothing there, or nothing the caller may see (we do not say which). */
export class NotFoundError extends AppError {
  override readonly name = 'NotFoundError';
  constructor(message: string = ERRORS.NOT_FOUND.message) {
    super(ErrorCode.NOT_FOUND, message);
  }
}

/** 409 — the request conflicts with what is already there (already bound, request still running). */
export class ConflictError extends AppError {
  override readonly name = 'ConflictError';
  constructor(message: string, code: ErrorCodeWithStatus<409> = ErrorCode.CONFLICT) {
    super(code, message);
  }
}

/** 422 — understood and well-formed, but refused by a check (registry mismatch, insurance suspended). */
export class UnprocessableError extends AppError {
  override readonly name = 'UnprocessableError';
  constructor(code: ErrorCodeWithStatus<422>, message: string) {
    super(code, message);
  }
}

/** 429 — too many requests (here or at a service we call); the caller should wait `retryAfterSeconds`. */
export class TooManyRequestsError extends AppError {
  override readonly name = 'TooManyRequestsError';
  constructor(code: ErrorCodeWithStatus<429>, message: string, retryAfterSeconds = 60) {
    super(code, message, { headers: { 'retry-after': String(retryAfterSeconds) } });
  }
}

/** 503 — a service we depend on did not answer; the caller may retry. */
export class DependencyUnavailableError extends AppError {
  override readonly name = 'DependencyUnavailableError';
  constructor(message: string, cause?: unknown) {
    super(ErrorCode.DEPENDENCY_UNAVAILABLE, message, { cause });
  }
}

/** A domain refusal (`{ ok: false, code, message, source }` of shared/domain) as it reaches this module. */
type DomainRefusal = { code: ErrorCode; message: string; source: { label: string } };

/**
 * 4xx — a business rule of shared/domain said no: its stable code and Chinese message as they are, the status the
 * registry gives its code, and the clause it rests on (“依据：…”) in `source`, so the caller can show the 依据 under
 * the message. `fields` adds per-field messages (e.g. each missing material).
 */
export class RefusalError extends AppError {
  override readonly name = 'RefusalError';
  constructor(refusal: DomainRefusal, fields: Record<string, string> = {}) {
    super(refusal.code, refusal.message, {
      ...(Object.keys(fields).length > 0 ? { fields } : {}),
      source: refusal.source.label,
    });
  }
}
