import { ErrorCode } from '@shared/api/errors';

type AppErrorOptions = { fields?: Record<string, string>; cause?: unknown };

/** Base of every error an endpoint answers with: a stable code, an HTTP status and a Chinese message. */
export class AppError extends Error {
  override readonly name: string = 'AppError';
  readonly fields?: Record<string, string>;

  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.fields = options.fields;
  }
}

/** 400 — the request does not pass validation; `fields` says what is wrong with each field. */
export class ValidationError extends AppError {
  override readonly name = 'ValidationError';
  constructor(fields: Record<string, string>, message = '提交的信息有误，请按提示修改') {
    super(ErrorCode.VALIDATION_FAILED, 400, message, { fields });
  }
}

/** 404 — nothing there, or nothing the caller may see (we do not say which). */
export class NotFoundError extends AppError {
  override readonly name = 'NotFoundError';
  constructor(message = '没有找到要查看的内容') {
    super(ErrorCode.NOT_FOUND, 404, message);
  }
}

/** 503 — a service we depend on did not answer; the caller may retry. */
export class DependencyUnavailableError extends AppError {
  override readonly name = 'DependencyUnavailableError';
  constructor(message: string, cause?: unknown) {
    super(ErrorCode.DEPENDENCY_UNAVAILABLE, 503, message, { cause });
  }
}
