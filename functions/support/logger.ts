import { Logger } from '@aws-lambda-powertools/logger';

/** Keys whose values never reach a log line (PIPL sensitive data and secrets), matched case-insensitively. */
export const REDACTED_KEYS = [
  'idNumber',
  'idCard',
  'bankCard',
  'cardNumber',
  'accountNumber',
  'phone',
  'mobile',
  'sessionKey',
  'session_key',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'token',
  'tokenHash',
  'previousTokenHash',
  'js_code',
  'jsCode',
  'dataKey',
  'plaintext',
  'authorization',
  'password',
  'secret',
  'signature',
] as const;

const redacted = new Set(REDACTED_KEYS.map((key) => key.toLowerCase()));

/** Replaces the value of every redacted key, at any depth, before a log line is written. */
export function redact(key: string, value: unknown): unknown {
  return redacted.has(key.toLowerCase()) ? '[REDACTED]' : value;
}

/** The structured logger every function uses. */
export const logger = new Logger({ serviceName: 'yidi-jiuyi', jsonReplacerFn: redact });
