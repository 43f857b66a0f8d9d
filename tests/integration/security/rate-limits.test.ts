// 防刷限流 (SPEC §7 Abuse, issue 9 item 6) over real HTTP: a user guessing check codes, a user testing names against
// an ID number, an account logging in again and again — each refused with 429 in the project's error format, a
// Chinese message saying when to try again and Retry-After. Per-user limits only: every request of the suite comes
// from 127.0.0.1, so the per-IP limits are proven at the rate-limit layer (rate-limit-counters.test.ts).
import { randomBytes } from 'node:crypto';
import { CaseDetailSchema } from '@shared/api/claims';
import { RATE_LIMITS, type RateLimitRule } from '@shared/domain/security/rateLimits';
import { demoPersons } from '../../../local/seed/demo';
import { type Answer, call, errorOf, login, newUserCode } from '../../support/api';
import { activeFiling, createDraft, demoApplicant, draftFor, useStackEnvironment, voucherOf } from '../claims/people';

// Thirty calls in a row, and each function's first call starts it in serverless-offline.
jest.setTimeout(90_000);

beforeAll(() => useStackEnvironment());

const perUser = (rules: readonly RateLimitRule[], counts: 'ATTEMPTS' | 'FAILURES') => {
  const rule = rules.find((r) => r.dimension === 'USER' && r.counts === counts);
  if (!rule) throw new Error(`no per-user ${counts} rule`);
  return rule;
};

/**
 * Waits for the next window when the current one ends within `seconds`: a test that crossed into a new window
 * half-way would see its counter start again (windows are fixed and aligned to the epoch).
 */
async function awayFromWindowEnd(windowSeconds: number, seconds = 30): Promise<void> {
  const left = windowSeconds - ((Date.now() / 1000) % windowSeconds);
  if (left < seconds) await new Promise((resolve) => setTimeout(resolve, left * 1000 + 100));
}

/** A 429 in the project's error format, with a Chinese "try again in …" and a Retry-After within the window. */
function expectRefusal(answer: Answer, message: RegExp, windowSeconds: number): void {
  expect(answer.status).toBe(429);
  expect(answer.body).toEqual({ error: { code: 'RATE_LIMITED', message: expect.stringMatching(message) } });
  const retryAfter = Number(answer.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
}

describe('POST /v1/claims/{id}/voucher — wrong check codes', () => {
  it('answers 30 wrong check codes in a row only up to the limit, then 429 — and the right code is refused too', async () => {
    const { limit, windowSeconds } = perUser(RATE_LIMITS.VOUCHER_LOOKUP.rules, 'FAILURES');
    const applicant = await demoApplicant('retiree');
    await activeFiling(applicant, { code: '460000', level: 'PROVINCE' });
    const draft = await createDraft(applicant, draftFor(applicant, 'retiree-inpatient'));
    const right = voucherOf('retiree-inpatient');
    const lookUp = (checkCode: string) =>
      call('POST', `/v1/claims/${draft.caseId}/voucher`, { token: applicant.token, body: { ...right, checkCode } });
    await awayFromWindowEnd(windowSeconds);

    const answers: Answer[] = [];
    for (let i = 0; i < 30; i += 1) answers.push(await lookUp(`zz${randomBytes(2).toString('hex')}`));
    const rightCode = await lookUp(right.checkCode ?? '');
    const detail = await call('GET', `/v1/cases/${draft.caseId}`, { token: applicant.token });

    expect(limit).toBeLessThan(30);
    expect(answers.slice(0, limit).map((a) => `${a.status} ${errorOf(a).code}`)).toEqual(
      Array(limit).fill('422 VOUCHER_NOT_FOUND'),
    );
    for (const answer of [...answers.slice(limit), rightCode]) {
      expectRefusal(answer, /^电子票据查验失败次数过多，请于\d+(秒|分钟)后再试$/, windowSeconds);
    }
    expect(detail.status).toBe(200);
    expect(CaseDetailSchema.parse(detail.body).claim.voucher).toBeNull();
  });
});

describe('POST /v1/me/binding — wrong identities', () => {
  it('refuses a user who keeps giving a name that does not match the ID number — then any identity', async () => {
    const { limit, windowSeconds } = perUser(RATE_LIMITS.BINDING.rules, 'FAILURES');
    const { accessToken } = await login(newUserCode('rl-binding'));
    const bind = (body: Record<string, string>) => call('POST', '/v1/me/binding', { token: accessToken, body });
    const { retiree, suspended } = demoPersons;
    await awayFromWindowEnd(windowSeconds);

    const answers: Answer[] = [];
    for (let i = 0; i < limit + 2; i += 1) answers.push(await bind({ name: '王秀英', idNumber: retiree.idNumber }));
    // A matching identity (the registry would answer INSURANCE_SUSPENDED): refused before the registry is asked.
    const matching = await bind({ name: suspended.name, idNumber: suspended.idNumber });
    const me = await call('GET', '/v1/me', { token: accessToken });

    expect(answers.slice(0, limit).map((a) => `${a.status} ${errorOf(a).code}`)).toEqual(
      Array(limit).fill('422 IDENTITY_MISMATCH'),
    );
    for (const answer of [...answers.slice(limit), matching]) {
      expectRefusal(answer, /^实名绑定失败次数过多，请于\d+(秒|分钟)后再试$/, windowSeconds);
    }
    expect(me.body.bound).toBe(false);
  });
});

describe('POST /v1/auth/wechat — one WeChat account logging in again and again', () => {
  it('gives sessions up to the per-account limit, then 429; another account logs in meanwhile', async () => {
    const { limit, windowSeconds } = perUser(RATE_LIMITS.WECHAT_LOGIN_ACCOUNT.rules, 'ATTEMPTS');
    const code = newUserCode('rl-login');
    const logIn = (c: string) => call('POST', '/v1/auth/wechat', { body: { code: c } });
    await awayFromWindowEnd(windowSeconds);

    const answers: Answer[] = [];
    for (let i = 0; i < limit + 1; i += 1) answers.push(await logIn(code));
    const other = await logIn(newUserCode('rl-other'));

    expect(answers.slice(0, limit).map((a) => a.status)).toEqual(Array(limit).fill(200));
    expectRefusal(answers[limit] as Answer, /^微信登录太频繁，请于\d+(秒|分钟)后再试$/, windowSeconds);
    expect(other.status).toBe(200);
  });
});
