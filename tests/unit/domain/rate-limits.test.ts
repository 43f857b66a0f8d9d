import {
  decideRateLimit,
  longestRefusal,
  RATE_LIMITS,
  type RateDecision,
  type RateLimitedActionName,
  type RateLimitRule,
  rateLimitCounter,
  rateWindow,
  waitInChinese,
} from '@shared/domain/security/rateLimits';

const HOUR_RULE: RateLimitRule = { dimension: 'USER', counts: 'FAILURES', limit: 10, windowSeconds: 3600 };
const TEN_MINUTES: RateLimitRule = { dimension: 'IP', counts: 'ATTEMPTS', limit: 3, windowSeconds: 600 };

/** 2026-03-02 10:00:00 Beijing time, on a whole hour (epoch-aligned windows start here). */
const ON_THE_HOUR = new Date('2026-03-02T02:00:00Z');
const at = (seconds: number) => new Date(ON_THE_HOUR.getTime() + seconds * 1000);

describe('SPEC §7 Abuse — fixed windows aligned to the epoch', () => {
  it('puts every moment of an hour in the same window, and the next hour in the next', () => {
    const start = ON_THE_HOUR.getTime() / 1000;

    expect(rateWindow(HOUR_RULE, at(0))).toEqual({ start, end: start + 3600 });
    expect(rateWindow(HOUR_RULE, at(3599.9))).toEqual({ start, end: start + 3600 });
    expect(rateWindow(HOUR_RULE, at(3600))).toEqual({ start: start + 3600, end: start + 7200 });
  });

  it('names one counter per action, dimension and what it counts', () => {
    expect(rateLimitCounter('VOUCHER_LOOKUP', HOUR_RULE)).toBe('VOUCHER_LOOKUP:USER:FAILURES');
    expect(rateLimitCounter('WECHAT_LOGIN', TEN_MINUTES)).toBe('WECHAT_LOGIN:IP:ATTEMPTS');
  });
});

describe('SPEC §7 Abuse — decideRateLimit', () => {
  it('allows hits up to the limit, this one included', () => {
    expect(decideRateLimit('VOUCHER_LOOKUP', HOUR_RULE, 1, at(5))).toEqual({ allowed: true });
    expect(decideRateLimit('VOUCHER_LOOKUP', HOUR_RULE, 10, at(5))).toEqual({ allowed: true });
  });

  it('refuses the hit past the limit until the window ends, saying when in Chinese', () => {
    const decision = decideRateLimit('VOUCHER_LOOKUP', HOUR_RULE, 11, at(20 * 60 + 30));

    expect(decision).toEqual({
      allowed: false,
      retryAfterSeconds: 39 * 60 + 30,
      message: '电子票据查验失败次数过多，请于40分钟后再试',
    });
  });

  it('says 太频繁 for a rule that counts every attempt, and names the action', () => {
    const decision = decideRateLimit('WECHAT_LOGIN', TEN_MINUTES, 4, at(9 * 60 + 15));

    expect(decision).toEqual({ allowed: false, retryAfterSeconds: 45, message: '微信登录太频繁，请于45秒后再试' });
  });

  it('keeps refusing however far past the limit the count has gone', () => {
    const decision = decideRateLimit('BINDING', HOUR_RULE, 500, at(3599));

    expect(decision).toMatchObject({
      allowed: false,
      retryAfterSeconds: 1,
      message: '实名绑定失败次数过多，请于1秒后再试',
    });
  });

  it('asks for at least one second, even at the very end of a window', () => {
    const decision = decideRateLimit('BINDING', HOUR_RULE, 11, at(3599.9));

    expect(decision).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });
});

describe('waitInChinese — rounded up, never "0"', () => {
  it.each([
    [0.2, '1秒'],
    [59, '59秒'],
    [60, '1分钟'],
    [61, '2分钟'],
    [3600, '60分钟'],
    [3601, '2小时'],
  ])('%p seconds → %s', (seconds, words) => {
    expect(waitInChinese(seconds)).toBe(words);
  });
});

describe('longestRefusal — when several limits refuse, the longest wait is the one to tell', () => {
  it('answers the refusal with the longest wait, or nothing when all allow', () => {
    const short: RateDecision = { allowed: false, retryAfterSeconds: 30, message: 'short' };
    const long: RateDecision = { allowed: false, retryAfterSeconds: 900, message: 'long' };

    expect(longestRefusal([{ allowed: true }, short, long, short])).toBe(long);
    expect(longestRefusal([{ allowed: true }, { allowed: true }])).toBeUndefined();
  });
});

describe('RATE_LIMITS — the table itself', () => {
  const actions = Object.entries(RATE_LIMITS) as Array<
    [RateLimitedActionName, (typeof RATE_LIMITS)[RateLimitedActionName]]
  >;

  it('has whole, positive limits and windows of at most an hour', () => {
    for (const [, action] of actions) {
      for (const rule of action.rules as readonly RateLimitRule[]) {
        expect(Number.isInteger(rule.limit) && rule.limit > 0).toBe(true);
        expect(Number.isInteger(rule.windowSeconds) && rule.windowSeconds > 0 && rule.windowSeconds <= 3600).toBe(true);
      }
    }
  });

  it('refuses 30 wrong check codes in a row from one user within the hour (issue 9 item 6)', () => {
    const perUser = (RATE_LIMITS.VOUCHER_LOOKUP.rules as readonly RateLimitRule[]).find(
      (r) => r.dimension === 'USER' && r.counts === 'FAILURES',
    );

    expect(perUser && perUser.limit < 30 && perUser.windowSeconds >= 1800).toBe(true);
  });

  it('sets each IP limit well above the same action’s per-user limit (many people share a carrier’s address)', () => {
    for (const [, action] of actions) {
      const rules = action.rules as readonly RateLimitRule[];
      for (const ip of rules.filter((r) => r.dimension === 'IP')) {
        for (const user of rules.filter((r) => r.dimension === 'USER' && r.counts === ip.counts)) {
          expect(ip.limit).toBeGreaterThanOrEqual(5 * user.limit);
        }
      }
    }
  });

  it('names each action in its refusal message', () => {
    const labels = actions.map(([name, action]) => [name, action.label]);

    expect(Object.fromEntries(labels)).toEqual({
      WECHAT_LOGIN: '微信登录',
      WECHAT_LOGIN_ACCOUNT: '微信登录',
      BINDING: '实名绑定',
      VOUCHER_LOOKUP: '电子票据查验',
    });
  });
});
