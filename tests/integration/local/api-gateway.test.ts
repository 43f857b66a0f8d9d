import { type Answer, call } from '../../support/api';
import { testStack } from '../../support/stack';

// The running stack's API as a client meets it: the gateway's own answers in the project's error format, CORS for
// the configured origin only (serverless.yml's provider.httpApi.cors), nosniff on every answer.
const HAN = /\p{Script=Han}/u;

function expectProjectError(answer: Answer, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(answer.body).toEqual({ error: { code, message: expect.stringMatching(HAN) } });
  expect(answer.text).not.toMatch(/\/v1\/|existingRoutes|stack|statusCode/i);
  expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('the local API gateway — its own answers (issue 9 item 7)', () => {
  it('answers an unknown route or method with 404 in the project format, listing no routes', async () => {
    expectProjectError(await call('GET', '/v1/no-such-route'), 404, 'NOT_FOUND');
    expectProjectError(await call('DELETE', '/v1/health'), 404, 'NOT_FOUND');
  });

  it('answers a body over 10 MB with 413 in the project format', async () => {
    const response = await fetch(`${testStack().urls.api}/v1/auth/wechat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20),
    });
    const text = await response.text();

    expectProjectError(
      { status: response.status, headers: response.headers, text, body: JSON.parse(text) },
      413,
      'VALIDATION_FAILED',
    );
  });

  it('answers a lone surrogate in the path with 400 in the project format', async () => {
    expectProjectError(await call('GET', '/v1/%ED%A0%80'), 400, 'VALIDATION_FAILED');
    expectProjectError(await call('GET', '/v1/signatures/%ED%A0%80'), 400, 'VALIDATION_FAILED');
  });
});

describe('the local API gateway — CORS and headers (issue 9 item 7)', () => {
  it('allows the configured origin and no other', async () => {
    const { h5Origin } = testStack().urls;

    const evil = await call('GET', '/v1/health', { headers: { origin: 'https://evil.example' } });
    const allowed = await call('GET', '/v1/health', { headers: { origin: h5Origin } });

    expect(evil.status).toBe(200);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(h5Origin);
    // The app reads a 429's Retry-After (rate limits) from the browser: it must be exposed to the allowed origin.
    expect(allowed.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('retry-after');
  });

  it('answers a preflight for the configured origin only, with the configured methods and headers', async () => {
    const { h5Origin } = testStack().urls;
    const preflight = (origin: string) =>
      call('OPTIONS', '/v1/auth/wechat', {
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,idempotency-key',
        },
      });

    const evil = await preflight('https://evil.example');
    const allowed = await preflight(h5Origin);

    expect(evil.status).toBe(204);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(evil.headers.get('access-control-allow-methods')).toBeNull();
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(h5Origin);
    expect(allowed.headers.get('access-control-allow-headers')).toBe('Content-Type,Authorization,Idempotency-Key');
    expect(allowed.headers.get('access-control-max-age')).toBe('600');
  });

  it('sends X-Content-Type-Options: nosniff on every answer', async () => {
    const answers = [
      await call('GET', '/v1/health'),
      await call('GET', '/v1/home'),
      await call('GET', '/v1/openapi.json'),
      await call('GET', '/v1/me'),
      await call('POST', '/v1/auth/wechat', { body: { code: '' } }),
    ];

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 401, 400]);
    for (const answer of answers) expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
