// 限流 — counts a request against its action's rate limits (shared/domain/security/rateLimits.ts) before it runs,
// and refuses it with 429 RATE_LIMITED, a Retry-After header and a Chinese message saying when to try again.
// Each rule's hit is an atomic ADD on its window's counter (functions/data/rateLimit.ts), so concurrent requests
// never share a count. A rule that counts failures takes its hit back when the request did not fail in a way that
// counts (a found voucher, a matched identity, the platform being down); a refused request takes back the hits of
// the rules that had let it through, so one user's refusals never spend the IP's allowance.
import { ErrorCode } from '@shared/api/errors';
import {
  decideRateLimit,
  longestRefusal,
  RATE_LIMITS,
  type RateDecision,
  type RateLimitCount,
  type RateLimitDimension,
  type RateLimitedActionName,
  type RateLimitRule,
  rateLimitCounter,
  rateWindow,
} from '@shared/domain/security/rateLimits';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { countRateLimitHit, type RateLimitKey, takeBackRateLimitHit } from '../../data/rateLimit';
import { AppError, TooManyRequestsError } from '../../support/errors';
import { logger } from '../../support/logger';

/** Who a request counts against, per dimension (a rule whose subject is missing is not applied). */
export type RateLimitSubjects = Partial<Record<RateLimitDimension, string>>;

/** The error codes that count as a failure of each action: the answers a guesser learns from. */
const FAILURE_CODES: Record<RateLimitedActionName, ReadonlySet<string>> = {
  WECHAT_LOGIN: new Set([ErrorCode.WECHAT_CODE_INVALID]),
  WECHAT_LOGIN_ACCOUNT: new Set(),
  BINDING: new Set([ErrorCode.IDENTITY_MISMATCH]),
  VOUCHER_LOOKUP: new Set([ErrorCode.VOUCHER_NOT_FOUND, ErrorCode.VOUCHER_PATIENT_MISMATCH]),
};

type Hit = { key: RateLimitKey; counts: RateLimitCount; decision: RateDecision };

/** The client's address as API Gateway saw it (`requestContext.http.sourceIp`). */
export function sourceIpOf(event: APIGatewayProxyEventV2): string | undefined {
  return event.requestContext?.http?.sourceIp || undefined;
}

async function takeBack(hits: readonly Hit[]): Promise<void> {
  const outcomes = await Promise.allSettled(hits.map((hit) => takeBackRateLimitHit(hit.key)));
  // A hit not taken back only makes the limit stricter until the window ends: never worth failing the request.
  if (outcomes.some((o) => o.status === 'rejected')) logger.warn('rate-limit hit not taken back');
}

/** Counts one attempt against every rule of the action that has a subject; 429 when one of them is past its limit. */
async function countAttempt(action: RateLimitedActionName, subjects: RateLimitSubjects, now: Date): Promise<Hit[]> {
  const rules: readonly RateLimitRule[] = RATE_LIMITS[action].rules;
  const hits = await Promise.all(
    rules.flatMap((rule) => {
      const subject = subjects[rule.dimension];
      if (!subject) return [];
      const window = rateWindow(rule, now);
      const key = { counter: rateLimitCounter(action, rule), subject, windowStart: window.start };
      return [
        countRateLimitHit(key, window.end).then(
          (count): Hit => ({ key, counts: rule.counts, decision: decideRateLimit(action, rule, count, now) }),
        ),
      ];
    }),
  );
  const refusal = longestRefusal(hits.map((hit) => hit.decision));
  if (!refusal) return hits;
  await takeBack(hits.filter((hit) => hit.decision.allowed));
  const counters = hits.filter((hit) => !hit.decision.allowed).map((hit) => hit.key.counter);
  logger.warn('rate limit reached', { action, counters, retryAfterSeconds: refusal.retryAfterSeconds });
  throw new TooManyRequestsError(ErrorCode.RATE_LIMITED, refusal.message, refusal.retryAfterSeconds);
}

/** Runs `run` if the action's limits allow it for these subjects; its failures (FAILURE_CODES) stay counted. */
export async function rateLimited<T>(
  action: RateLimitedActionName,
  subjects: RateLimitSubjects,
  run: () => Promise<T>,
  now: Date = new Date(),
): Promise<T> {
  const failureHits = (await countAttempt(action, subjects, now)).filter((hit) => hit.counts === 'FAILURES');
  try {
    const result = await run();
    await takeBack(failureHits);
    return result;
  } catch (error) {
    if (!(error instanceof AppError && FAILURE_CODES[action].has(error.code))) await takeBack(failureHits);
    throw error;
  }
}

/** A binding or e-voucher look-up of this user, limited per user and per the request's IP. */
export function rateLimitedForUser<T>(
  action: 'BINDING' | 'VOUCHER_LOOKUP',
  event: APIGatewayProxyEventV2,
  userId: string,
  run: () => Promise<T>,
): Promise<T> {
  return rateLimited(action, { USER: userId, IP: sourceIpOf(event) }, run);
}

/**
 * A WeChat login: limited per IP before the code is exchanged (invalid codes counted as failures), then per WeChat
 * account (`<app>:<openid>`) once WeChat has said who it is, before any session is made.
 */
export async function rateLimitedLogin<L extends { openid: string }>(
  event: APIGatewayProxyEventV2,
  app: 'mp' | 'oa',
  exchange: () => Promise<L>,
  now: Date = new Date(),
): Promise<L> {
  const login = await rateLimited('WECHAT_LOGIN', { IP: sourceIpOf(event) }, exchange, now);
  await countAttempt('WECHAT_LOGIN_ACCOUNT', { USER: `${app}:${login.openid}` }, now);
  return login;
}
