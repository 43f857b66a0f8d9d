import { z } from 'zod';

/** The one error shape every endpoint answers with (SPEC §7). */
export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** Error codes shared by the API and its clients. Stable: never renamed, never reused. */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  DEPENDENCY_UNAVAILABLE: 'DEPENDENCY_UNAVAILABLE',
  INTERNAL: 'INTERNAL',
  // too many logins, bindings or voucher look-ups (429 with Retry-After; shared/domain/security/rateLimits.ts)
  RATE_LIMITED: 'RATE_LIMITED',
  // login and session
  WECHAT_CODE_INVALID: 'WECHAT_CODE_INVALID',
  WECHAT_RATE_LIMITED: 'WECHAT_RATE_LIMITED',
  WECHAT_USER_BLOCKED: 'WECHAT_USER_BLOCKED',
  REFRESH_TOKEN_INVALID: 'REFRESH_TOKEN_INVALID',
  // real-name binding (实名绑定)
  BINDING_REQUIRED: 'BINDING_REQUIRED',
  ALREADY_BOUND: 'ALREADY_BOUND',
  PERSON_ALREADY_BOUND: 'PERSON_ALREADY_BOUND',
  IDENTITY_MISMATCH: 'IDENTITY_MISMATCH',
  INSURANCE_SUSPENDED: 'INSURANCE_SUSPENDED',
  INSURANCE_TERMINATED: 'INSURANCE_TERMINATED',
  REGION_NOT_SUPPORTED: 'REGION_NOT_SUPPORTED',
  // Idempotency-Key
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  IDEMPOTENCY_IN_PROGRESS: 'IDEMPOTENCY_IN_PROGRESS',
  // staff console (经办系统)
  STAFF_LOGIN_FAILED: 'STAFF_LOGIN_FAILED',
  STAFF_ACCOUNT_LOCKED: 'STAFF_ACCOUNT_LOCKED',
  ROLE_NOT_ALLOWED: 'ROLE_NOT_ALLOWED',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
