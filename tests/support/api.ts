// Real HTTP calls to the running stack's API for the integration suites: JSON in, status/body/headers out.
import { randomBytes } from 'node:crypto';
import { type AuthSession, AuthSessionSchema } from '@shared/api/auth';
import { testStack } from './stack';

/** An answer of the API. */
export type Answer = { status: number; body: Record<string, unknown>; headers: Headers; text: string };

/** The error part of an error answer (SPEC §7). */
export type ErrorBody = { code: string; message: string; fields?: Record<string, string>; source?: string };

/** Calls the API: `body` is sent as JSON; `token` as `Authorization: Bearer …`. */
export async function call(
  method: string,
  path: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${testStack().urls.api}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON: callers read `text`
  }
  return { status: response.status, body, headers: response.headers, text };
}

/** The `error` object of an error answer. */
export function errorOf(answer: Answer): ErrorBody {
  return answer.body.error as ErrorBody;
}

/** A WeChat stand-in login code for a brand-new WeChat user (`demo-…`, reusable). */
export function newUserCode(label = 'user'): string {
  return `demo-${label}-${randomBytes(5).toString('hex')}`;
}

/** Logs in through the mini-program flow with a stand-in code; fails the test unless it works. */
export async function login(code: string): Promise<AuthSession> {
  const answer = await call('POST', '/v1/auth/wechat', { body: { code } });
  const session = AuthSessionSchema.safeParse(answer.body);
  if (answer.status !== 200 || !session.success) {
    throw new Error(`login ${code} failed: ${answer.status} ${answer.text.slice(0, 500)}`);
  }
  return session.data;
}

/** Tells a stand-in to fail (or run an admin action), as its README describes. */
export async function standInFault(base: string, spec: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${base}/__stand-in/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(spec),
  });
  if (!response.ok) throw new Error(`fault refused: ${response.status} ${await response.text()}`);
}

/** How many requests a stand-in has received on `path`. */
export async function standInRequestCount(base: string, path: string): Promise<number> {
  const response = await fetch(`${base}/__stand-in/requests?path=${encodeURIComponent(path)}`);
  const { requests } = (await response.json()) as { requests: unknown[] };
  return requests.length;
}
