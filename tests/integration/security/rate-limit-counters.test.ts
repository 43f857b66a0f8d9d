// 防刷限流 (SPEC §7 Abuse) at the rate-limit layer itself, against DynamoDB Local in this process with the functions'
// own environment and an explicit clock. The per-IP limits are proven here, not over HTTP: every request of the
// local suite comes from 127.0.0.1, so exhausting an IP limit through the API would refuse the other files' logins.
// Here each test takes an address of its own (2001:db8::/32, the documentation range) and a clock far from now.
import { randomBytes } from 'node:crypto';
import { ErrorCode } from '@shared/api/errors';
import {
  RATE_LIMITS,
  type RateLimitedActionName,
  type RateLimitRule,
  rateLimitCounter,
  rateWindow,
} from '@shared/domain/security/rateLimits';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { getRateLimitHits } from '../../../functions/data/rateLimit';
import {
  type AppError,
  BadRequestError,
  DependencyUnavailableError,
  UnprocessableError,
} from '../../../functions/support/errors';
import { rateLimited, rateLimitedLogin } from '../../../functions/usecases/security/rateLimit';
import { testStack } from '../../support/stack';

jest.setTimeout(60_000);

const saved = { ...process.env };
beforeAll(() => Object.assign(process.env, testStack().functionEnv));
afterAll(() => {
  process.env = saved;
});

const unique = () => randomBytes(4).toString('hex');
const newIp = () => `2001:db8::${unique().slice(0, 4)}:${unique().slice(0, 4)}`;
const newUser = () => `rl-user-${unique()}`;
/** 10 minutes past an hour: inside one window of every rule (windows are whole hours or 10 minutes). */
const NOW = new Date('2031-05-06T02:10:00Z');

function ruleOf(action: RateLimitedActionName, dimension: 'USER' | 'IP', counts: 'ATTEMPTS' | 'FAILURES') {
  const rule = (RATE_LIMITS[action].rules as readonly RateLimitRule[]).find(
    (r) => r.dimension === dimension && r.counts === counts,
  );
  if (!rule) throw new Error(`no ${dimension} ${counts} rule for ${action}`);
  return rule;
}

/** What a request ended with: its result, or the error's status and code. */
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    const e = error as AppError;
    return `${e.status} ${e.code}`;
  }
}

/** Runs `count` requests, `batch` at a time, in order of batches. */
async function inBatches(count: number, batch: number, request: (i: number) => Promise<string>): Promise<string[]> {
  const results: string[] = [];
  for (let i = 0; i < count; i += batch) {
    const size = Math.min(batch, count - i);
    results.push(...(await Promise.all(Array.from({ length: size }, (_, j) => request(i + j)))));
  }
  return results;
}

const failures: Record<'VOUCHER_LOOKUP' | 'BINDING', () => AppError> = {
  VOUCHER_LOOKUP: () => new UnprocessableError(ErrorCode.VOUCHER_NOT_FOUND, '未查询到该电子票据'),
  BINDING: () => new UnprocessableError(ErrorCode.IDENTITY_MISMATCH, '姓名与身份证号码不一致'),
};

describe('per IP — failures of many users behind one address', () => {
  it.each([
    ['VOUCHER_LOOKUP', '422 VOUCHER_NOT_FOUND', /^电子票据查验失败次数过多，请于\d+分钟后再试$/],
    ['BINDING', '422 IDENTITY_MISMATCH', /^实名绑定失败次数过多，请于\d+分钟后再试$/],
  ] as const)(
    '%s: refuses a fresh user once the IP has used its allowance of failures',
    async (action, failed, message) => {
      const ip = newIp();
      const { limit } = ruleOf(action, 'IP', 'FAILURES');
      let ran = 0;
      const attempt = (user: string) =>
        rateLimited(
          action,
          { USER: user, IP: ip },
          async () => {
            ran += 1;
            throw failures[action]();
          },
          NOW,
        );

      const allowed = await inBatches(limit, 20, () => outcome(attempt(newUser())));
      const refused = await attempt(newUser()).catch((error: AppError) => error);
      const otherIp = await outcome(rateLimited(action, { USER: newUser(), IP: newIp() }, async () => undefined, NOW));

      expect(new Set(allowed)).toEqual(new Set([failed]));
      expect(refused).toMatchObject({ status: 429, code: 'RATE_LIMITED', message: expect.stringMatching(message) });
      expect(Number(refused.headers?.['retry-after'])).toBe(
        rateWindow(ruleOf(action, 'IP', 'FAILURES'), NOW).end - NOW.getTime() / 1000,
      );
      expect(ran).toBe(limit);
      expect(otherIp).toBe('ok');
    },
  );

  it('WECHAT_LOGIN: refuses invalid codes from one address past the failure limit, then every login from it', async () => {
    const ip = newIp();
    const event = { requestContext: { http: { sourceIp: ip } } } as unknown as APIGatewayProxyEventV2;
    const { limit } = ruleOf('WECHAT_LOGIN', 'IP', 'FAILURES');
    const invalid = () =>
      rateLimitedLogin(
        event,
        'mp',
        async () => {
          throw new BadRequestError(ErrorCode.WECHAT_CODE_INVALID, '微信登录凭证无效或已使用');
        },
        NOW,
      );
    const valid = () => rateLimitedLogin(event, 'mp', async () => ({ openid: `o-${unique()}` }), NOW);

    const allowed = await inBatches(limit, 20, () => outcome(invalid()));
    const refused = await outcome(invalid());
    const validAfter = await valid().catch((error: AppError) => error);

    expect(new Set(allowed)).toEqual(new Set(['400 WECHAT_CODE_INVALID']));
    expect(refused).toBe('429 RATE_LIMITED');
    expect(validAfter).toMatchObject({
      status: 429,
      message: expect.stringMatching(/^微信登录失败次数过多，请于\d+分钟后再试$/),
    });
  });

  it('WECHAT_LOGIN: refuses the login past the per-IP limit of all attempts, even of good accounts', async () => {
    const ip = newIp();
    const event = { requestContext: { http: { sourceIp: ip } } } as unknown as APIGatewayProxyEventV2;
    const { limit } = ruleOf('WECHAT_LOGIN', 'IP', 'ATTEMPTS');
    const login = () => rateLimitedLogin(event, 'mp', async () => ({ openid: `o-${unique()}` }), NOW);

    const allowed = await inBatches(limit, 25, () => outcome(login()));
    const refused = await login().catch((error: AppError) => error);

    expect(new Set(allowed)).toEqual(new Set(['ok']));
    expect(refused).toMatchObject({
      status: 429,
      message: expect.stringMatching(/^微信登录太频繁，请于\d+分钟后再试$/),
    });
  });
});

describe('per user — the counter, the window and what counts', () => {
  const lookUp = (user: string, ip: string, now: Date, run: () => Promise<unknown>) =>
    outcome(rateLimited('VOUCHER_LOOKUP', { USER: user, IP: ip }, run, now));
  const wrong = async () => {
    throw failures.VOUCHER_LOOKUP();
  };
  const right = async () => 'voucher';
  const { limit, windowSeconds } = ruleOf('VOUCHER_LOOKUP', 'USER', 'FAILURES');

  it('refuses the right code too once the failures are used up, and lets it through when the window has passed', async () => {
    const user = newUser();
    const ip = newIp();
    for (let i = 0; i < limit; i += 1) await lookUp(user, ip, NOW, wrong);

    const rightNow = await lookUp(user, ip, NOW, right);
    const nextWindow = new Date(
      (rateWindow(ruleOf('VOUCHER_LOOKUP', 'USER', 'FAILURES'), NOW).start + windowSeconds) * 1000,
    );
    const rightLater = await lookUp(user, ip, nextWindow, right);

    expect(rightNow).toBe('429 RATE_LIMITED');
    expect(rightLater).toBe('ok');
  });

  it('counts only failures against the failure limit: found vouchers and the platform being down give the hit back', async () => {
    const user = newUser();
    const ip = newIp();
    for (let i = 0; i < limit - 1; i += 1) await lookUp(user, ip, NOW, wrong);
    const down = async () => {
      throw new DependencyUnavailableError('电子票据查验服务暂时不可用，请稍后再试');
    };

    const others = [
      await lookUp(user, ip, NOW, right),
      await lookUp(user, ip, NOW, down),
      await lookUp(user, ip, NOW, right),
    ];
    const lastFailure = await lookUp(user, ip, NOW, wrong);
    const pastLimit = await lookUp(user, ip, NOW, right);

    expect(others).toEqual(['ok', '503 DEPENDENCY_UNAVAILABLE', 'ok']);
    expect(lastFailure).toBe('422 VOUCHER_NOT_FOUND');
    expect(pastLimit).toBe('429 RATE_LIMITED');
  });

  it('a user refused by their own limit does not spend the IP’s allowance', async () => {
    const user = newUser();
    const ip = newIp();
    const ipKey = {
      counter: rateLimitCounter('VOUCHER_LOOKUP', ruleOf('VOUCHER_LOOKUP', 'IP', 'FAILURES')),
      subject: ip,
      windowStart: rateWindow(ruleOf('VOUCHER_LOOKUP', 'IP', 'FAILURES'), NOW).start,
    };
    for (let i = 0; i < limit; i += 1) await lookUp(user, ip, NOW, wrong);

    const refused = await Promise.all([1, 2, 3, 4, 5].map(() => lookUp(user, ip, NOW, wrong)));

    expect(new Set(refused)).toEqual(new Set(['429 RATE_LIMITED']));
    expect(await getRateLimitHits(ipKey)).toBe(limit);
  });

  it('decides concurrent attempts by the counter: exactly the limit get through', async () => {
    const user = newUser();
    const ip = newIp();
    let ran = 0;
    const counted = async () => {
      ran += 1;
      throw failures.VOUCHER_LOOKUP();
    };

    const answers = await Promise.all(Array.from({ length: 3 * limit }, () => lookUp(user, ip, NOW, counted)));

    expect(answers.filter((a) => a === '422 VOUCHER_NOT_FOUND')).toHaveLength(limit);
    expect(answers.filter((a) => a === '429 RATE_LIMITED')).toHaveLength(2 * limit);
    expect(ran).toBe(limit);
  });
});
