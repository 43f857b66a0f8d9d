import { createHmac } from 'node:crypto';
import { AuthSessionSchema } from '@shared/api/auth';
import { call, errorOf, login, newUserCode } from '../../support/api';
import { testStack } from '../../support/stack';

// The first call of each function starts its serverless-offline worker (seconds on a busy 2-core machine).
jest.setTimeout(30_000);

const HAN = /\p{Script=Han}/u;

/** An HS256 JWT signed with the stack's session secret: lets a test make an expired token. */
function signedToken(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  const secret = testStack().functionEnv.SESSION_SECRET ?? '';
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('POST /v1/auth/refresh — refresh tokens are single use and rotate', () => {
  it('trades a refresh token for a new pair that works', async () => {
    const first = await login(newUserCode());

    const answer = await call('POST', '/v1/auth/refresh', { body: { refreshToken: first.refreshToken } });

    expect(answer.status).toBe(200);
    const next = AuthSessionSchema.parse(answer.body);
    expect(next.userId).toBe(first.userId);
    expect(next.refreshToken).not.toBe(first.refreshToken);
    expect((await call('GET', '/v1/me', { token: next.accessToken })).status).toBe(200);
  });

  it('refuses the old refresh token, and then ends the session it belonged to', async () => {
    const first = await login(newUserCode());
    const rotated = AuthSessionSchema.parse(
      (await call('POST', '/v1/auth/refresh', { body: { refreshToken: first.refreshToken } })).body,
    );

    const reused = await call('POST', '/v1/auth/refresh', { body: { refreshToken: first.refreshToken } });
    const current = await call('POST', '/v1/auth/refresh', { body: { refreshToken: rotated.refreshToken } });

    expect(reused.status).toBe(401);
    expect(errorOf(reused).code).toBe('REFRESH_TOKEN_INVALID');
    expect(errorOf(reused).message).toMatch(HAN);
    // The reuse of a spent token means it leaked: the newer token of that session stops working too.
    expect(current.status).toBe(401);
  });

  it('refuses a refresh token that was never issued', async () => {
    const forged = await call('POST', '/v1/auth/refresh', {
      body: { refreshToken: 'rt1.01HXXXXXXXXXXXXXXXXXXXXXXX.abc' },
    });
    const garbage = await call('POST', '/v1/auth/refresh', { body: { refreshToken: 'not-a-token' } });
    const missing = await call('POST', '/v1/auth/refresh', { body: {} });

    expect(forged.status).toBe(401);
    expect(garbage.status).toBe(401);
    expect(missing.status).toBe(400);
    expect(errorOf(missing).fields?.refreshToken).toMatch(HAN);
  });
});

describe('authentication — every route but login knows its caller', () => {
  it('answers a request without a token with 401 and a Chinese message', async () => {
    const answer = await call('GET', '/v1/me');

    expect(answer.status).toBe(401);
    expect(errorOf(answer).code).toBe('UNAUTHENTICATED');
    expect(errorOf(answer).message).toMatch(HAN);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('refuses a token with a wrong signature or in the wrong scheme', async () => {
    const { accessToken } = await login(newUserCode());
    const [header, payload] = accessToken.split('.');

    const badSignature = await call('GET', '/v1/me', { token: `${header}.${payload}.AAAA` });
    const basic = await call('GET', '/v1/me', { headers: { authorization: `Basic ${accessToken}` } });
    const unsigned = await call('GET', '/v1/me', { token: `${header}.${payload}.` });

    expect(badSignature.status).toBe(401);
    expect(basic.status).toBe(401);
    expect(unsigned.status).toBe(401);
  });

  it('refuses an expired token, saying it expired', async () => {
    const { userId } = await login(newUserCode());
    const past = Math.floor(Date.now() / 1000) - 3 * 3600;
    const expired = signedToken({
      sub: userId,
      sid: 'S',
      bnd: false,
      iss: 'yidi-jiuyi',
      aud: 'applicant',
      iat: past,
      exp: past + 7200,
    });

    const answer = await call('GET', '/v1/me', { token: expired });

    expect(answer.status).toBe(401);
    expect(errorOf(answer).message).toContain('过期');
  });

  it('lets an unbound user see who they are, and nothing that needs a binding (403)', async () => {
    const { accessToken, userId } = await login(newUserCode());

    const me = await call('GET', '/v1/me', { token: accessToken });
    const persons = await call('GET', '/v1/me/persons', { token: accessToken });

    expect(me.status).toBe(200);
    expect(me.body).toEqual({ userId, bound: false, phoneMasked: null, insuredPerson: null });
    expect(persons.status).toBe(403);
    expect(errorOf(persons).code).toBe('BINDING_REQUIRED');
    expect(errorOf(persons).message).toMatch(HAN);
  });
});
