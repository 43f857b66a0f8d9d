// 防刷限流 — how often WeChat login, real-name binding (实名绑定) and the e-voucher look-up (电子票据查验) may be
// tried, per user and per IP (SPEC §7 "Abuse"). Each rule counts hits in a fixed window aligned to the epoch (every
// window has its own counter, so nothing depends on old counters being deleted) and refuses the hits past its limit
// until the window ends. A rule counts either every attempt or only the failed ones — the wrong check codes and
// wrong identities that would let someone guess a voucher or test a stranger's name against an ID number.
//
// How the numbers were chosen (no policy document sets them: the platform's own choice):
// - per user: what a person typing from a paper voucher or an ID card needs, with room for mistakes;
// - per IP: many times the per-user limit — mobile carriers put many people behind one address (CGNAT), so an IP
//   limit only stops one source driving many accounts. The local test suite runs everything from 127.0.0.1 and stays
//   far below them (tests/integration/security/rate-limits.test.ts proves the IP limits at this module's values).

/** What a rule counts: every attempt, or only attempts that failed (the action's failure codes: functions/usecases/security/rateLimit.ts). */
export type RateLimitCount = 'ATTEMPTS' | 'FAILURES';
/** Whose attempts a rule counts: the user (the WeChat account at login), or the client's IP address. */
export type RateLimitDimension = 'USER' | 'IP';

/** One limit: at most `limit` counted hits per `windowSeconds` for each user or IP. */
export interface RateLimitRule {
  readonly dimension: RateLimitDimension;
  readonly counts: RateLimitCount;
  readonly limit: number;
  readonly windowSeconds: number;
}

/** An action that is rate-limited, with the words its refusal uses. */
export interface RateLimitedAction {
  /** What the user was doing, in the refusal message (电子票据查验太频繁…). */
  readonly label: string;
  readonly rules: readonly RateLimitRule[];
}

const MINUTE = 60;
const HOUR = 3600;

/**
 * The limits. WECHAT_LOGIN is counted per IP before the code is exchanged (the user is not known yet);
 * WECHAT_LOGIN_ACCOUNT per WeChat account after the exchange (an account opening session after session).
 * A WeChat login code works once only, so a per-code limit would add nothing.
 */
export const RATE_LIMITS = {
  WECHAT_LOGIN: {
    label: '微信登录',
    rules: [
      { dimension: 'IP', counts: 'ATTEMPTS', limit: 600, windowSeconds: 10 * MINUTE },
      { dimension: 'IP', counts: 'FAILURES', limit: 60, windowSeconds: 10 * MINUTE },
    ],
  },
  WECHAT_LOGIN_ACCOUNT: {
    label: '微信登录',
    rules: [{ dimension: 'USER', counts: 'ATTEMPTS', limit: 30, windowSeconds: 10 * MINUTE }],
  },
  BINDING: {
    label: '实名绑定',
    rules: [
      { dimension: 'USER', counts: 'ATTEMPTS', limit: 20, windowSeconds: HOUR },
      { dimension: 'USER', counts: 'FAILURES', limit: 5, windowSeconds: HOUR },
      { dimension: 'IP', counts: 'FAILURES', limit: 30, windowSeconds: HOUR },
    ],
  },
  VOUCHER_LOOKUP: {
    label: '电子票据查验',
    rules: [
      { dimension: 'USER', counts: 'ATTEMPTS', limit: 60, windowSeconds: HOUR },
      { dimension: 'USER', counts: 'FAILURES', limit: 10, windowSeconds: HOUR },
      { dimension: 'IP', counts: 'FAILURES', limit: 100, windowSeconds: HOUR },
    ],
  },
} as const satisfies Record<string, RateLimitedAction>;

/** The name of a rate-limited action. */
export type RateLimitedActionName = keyof typeof RATE_LIMITS;

/** The counter a rule keeps: the same for every request the rule applies to (`VOUCHER_LOOKUP:USER:FAILURES`). */
export function rateLimitCounter(action: RateLimitedActionName, rule: RateLimitRule): string {
  return `${action}:${rule.dimension}:${rule.counts}`;
}

/** A rule's current window, in epoch seconds: hits are counted from `start`; the counter can go at `end`. */
export type RateWindow = { start: number; end: number };

/** The fixed window that `now` falls in (aligned to the epoch, so every request in it finds the same counter). */
export function rateWindow(rule: RateLimitRule, now: Date): RateWindow {
  const seconds = Math.floor(now.getTime() / 1000);
  const start = seconds - (seconds % rule.windowSeconds);
  return { start, end: start + rule.windowSeconds };
}

/** How long to wait, in plain Chinese: 45秒, 3分钟 (rounded up), 2小时. */
export function waitInChinese(seconds: number): string {
  if (seconds < MINUTE) return `${Math.max(1, Math.ceil(seconds))}秒`;
  if (seconds <= HOUR) return `${Math.ceil(seconds / MINUTE)}分钟`;
  return `${Math.ceil(seconds / HOUR)}小时`;
}

/** Allowed, or refused with the seconds until the window ends and a Chinese message saying when to try again. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; message: string };

/**
 * 限流判定 — whether a request may go on, given `hits`: this window's count including this request. Past the limit
 * it is refused until the window ends (a right check code too: otherwise the limit would tell which code is right).
 */
export function decideRateLimit(
  action: RateLimitedActionName,
  rule: RateLimitRule,
  hits: number,
  now: Date,
): RateDecision {
  if (hits <= rule.limit) return { allowed: true };
  const retryAfterSeconds = Math.max(1, rateWindow(rule, now).end - Math.floor(now.getTime() / 1000));
  const what = rule.counts === 'FAILURES' ? '失败次数过多' : '太频繁';
  const message = `${RATE_LIMITS[action].label}${what}，请于${waitInChinese(retryAfterSeconds)}后再试`;
  return { allowed: false, retryAfterSeconds, message };
}

/** The refusal to answer when several rules refuse at once: the one that lasts longest (its wait covers the others). */
export function longestRefusal(
  decisions: readonly RateDecision[],
): Exclude<RateDecision, { allowed: true }> | undefined {
  let longest: Exclude<RateDecision, { allowed: true }> | undefined;
  for (const decision of decisions) {
    if (!decision.allowed && (!longest || decision.retryAfterSeconds > longest.retryAfterSeconds)) longest = decision;
  }
  return longest;
}
