import { AuthSessionSchema } from '@shared/api/auth';
import { call, errorOf, login, newUserCode } from '../../support/api';
import { testStack } from '../../support/stack';

// The first call of each function starts its serverless-offline worker (seconds on a busy 2-core machine).
jest.setTimeout(30_000);

const HAN = /\p{Script=Han}/u;

/** Runs the official account's OAuth page of the stand-in as a browser would and returns the redirect's code. */
async function webOAuthCode(demoUser: string): Promise<string> {
  const query = new URLSearchParams({
    appid: 'wxdemoofficialacct',
    redirect_uri: 'http://127.0.0.1:10086/',
    response_type: 'code',
    scope: 'snsapi_userinfo',
    state: 'login',
    demo_user: demoUser,
  });
  const response = await fetch(`${testStack().urls.wechat}/connect/oauth2/authorize?${query}`, { redirect: 'manual' });
  const location = new URL(response.headers.get('location') ?? '');
  return location.searchParams.get('code') ?? '';
}

describe('POST /v1/auth/wechat — mini-program login (code2Session)', () => {
  it('gives a new WeChat user our own session, unbound, and never WeChat’s session_key', async () => {
    const answer = await call('POST', '/v1/auth/wechat', { body: { code: newUserCode() } });

    expect(answer.status).toBe(200);
    const session = AuthSessionSchema.parse(answer.body);
    expect(session.bound).toBe(false);
    expect(session.tokenType).toBe('Bearer');
    expect(session.expiresIn).toBe(7200);
    expect(session.accessToken.split('.')).toHaveLength(3);
    expect(answer.text).not.toMatch(/session_key|sessionKey|openid|unionid/i);
  });

  it('finds the same user at the next login', async () => {
    const code = newUserCode();

    const first = await login(code);
    const again = await login(code);

    expect(again.userId).toBe(first.userId);
    expect(again.refreshToken).not.toBe(first.refreshToken);
  });

  it('answers a bad code with 400 and a Chinese message', async () => {
    const answer = await call('POST', '/v1/auth/wechat', { body: { code: 'invalid' } });

    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe('WECHAT_CODE_INVALID');
    expect(errorOf(answer).message).toMatch(HAN);
  });

  it('answers a code used a second time (40163) with 400', async () => {
    const code = `once-${newUserCode().slice(5)}`;
    await login(code);

    const answer = await call('POST', '/v1/auth/wechat', { body: { code } });

    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe('WECHAT_CODE_INVALID');
  });

  it('answers WeChat’s rate limit (45011) with 429 and Retry-After', async () => {
    const answer = await call('POST', '/v1/auth/wechat', { body: { code: 'ratelimited' } });

    expect(answer.status).toBe(429);
    expect(errorOf(answer).code).toBe('WECHAT_RATE_LIMITED');
    expect(errorOf(answer).message).toMatch(HAN);
    expect(answer.headers.get('retry-after')).toBe('60');
  });

  it('answers WeChat being busy (-1) with 503', async () => {
    const answer = await call('POST', '/v1/auth/wechat', { body: { code: 'busy' } });

    expect(answer.status).toBe(503);
    expect(errorOf(answer).message).toMatch(HAN);
  });

  it('answers a user WeChat has blocked (40226) with 403', async () => {
    const answer = await call('POST', '/v1/auth/wechat', { body: { code: 'blocked' } });

    expect(answer.status).toBe(403);
    expect(errorOf(answer).code).toBe('WECHAT_USER_BLOCKED');
  });

  it('refuses a missing or malformed code with a Chinese field message', async () => {
    const missing = await call('POST', '/v1/auth/wechat', { body: {} });
    const malformed = await call('POST', '/v1/auth/wechat', { body: { code: 'no spaces allowed' } });
    const notJson = await fetch(`${testStack().urls.api}/v1/auth/wechat`, { method: 'POST', body: '{code:' });

    expect(missing.status).toBe(400);
    expect(errorOf(missing).fields?.code).toMatch(HAN);
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed).fields?.code).toMatch(HAN);
    expect(notJson.status).toBe(400);
  });
});

describe('POST /v1/auth/wechat-web — H5 login in the official account (web OAuth)', () => {
  it('logs in with the code of the OAuth redirect, once', async () => {
    const code = await webOAuthCode(newUserCode('web'));

    const first = await call('POST', '/v1/auth/wechat-web', { body: { code } });
    const replayed = await call('POST', '/v1/auth/wechat-web', { body: { code } });

    expect(first.status).toBe(200);
    expect(AuthSessionSchema.parse(first.body).bound).toBe(false);
    expect(replayed.status).toBe(400);
    expect(errorOf(replayed).code).toBe('WECHAT_CODE_INVALID');
  });

  it('is the same user as in the mini-program (one unionid across both apps)', async () => {
    const person = newUserCode('both');
    const inMiniProgram = await login(person);

    const answer = await call('POST', '/v1/auth/wechat-web', { body: { code: await webOAuthCode(person) } });

    expect(answer.status).toBe(200);
    expect(AuthSessionSchema.parse(answer.body).userId).toBe(inMiniProgram.userId);
  });

  it('maps the web flow’s WeChat errors the same way', async () => {
    expect((await call('POST', '/v1/auth/wechat-web', { body: { code: 'invalid' } })).status).toBe(400);
    expect((await call('POST', '/v1/auth/wechat-web', { body: { code: 'ratelimited' } })).status).toBe(429);
    expect((await call('POST', '/v1/auth/wechat-web', { body: { code: 'busy' } })).status).toBe(503);
  });
});
