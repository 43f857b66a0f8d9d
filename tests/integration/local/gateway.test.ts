import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CorsConfig, type Gateway, startGateway } from '../../../local/gateway';
import { claimPort } from '../../../local/ports';
import { type MiniOffline, PDF_BYTES, startMiniOffline } from './mini-offline';

// The local API's gateway (local/gateway.ts) in front of a real serverless-offline whose functions fail as real ones
// do, and in front of tiny HTTP servers that misbehave as serverless-offline itself can (no answer, gone).
const H5 = 'http://127.0.0.1:10086';
const CORS: CorsConfig = {
  allowedOrigins: [H5],
  allowedHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key'],
  allowedMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  maxAge: 600,
};
const HAN = /\p{Script=Han}/u;

type Answer = { status: number; headers: Headers; text: string; json: unknown };

async function call(base: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** An answer in the project's error format with a Chinese message, telling nothing of the machine behind it. */
function expectProjectError(answer: Answer, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(answer.json).toEqual({ error: { code, message: expect.stringMatching(HAN) } });
  expect(answer.text).not.toMatch(/stack|errorMessage|route|\/work\/|node_modules|\.js|\.ts/i);
  expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('the local gateway in front of serverless-offline', () => {
  let offline: MiniOffline;
  let gateway: Gateway;
  const lines: string[] = [];

  beforeAll(async () => {
    offline = await startMiniOffline();
    gateway = await startGateway({
      host: '127.0.0.1',
      port: 0,
      upstream: offline.url,
      cors: CORS,
      log: (line) => lines.push(line),
    });
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await offline?.stop();
  });

  it('turns a missing handler module (serverless-offline: 200 with errorMessage) into 502, no stack, no path', async () => {
    const raw = await call(offline.url, '/v1/missing');
    expect(raw.status).toBe(200);
    expect(raw.text).toContain('Cannot find module');

    const answer = await call(gateway.url, '/v1/missing');

    expectProjectError(answer, 502, 'INTERNAL');
    expect(lines.some((line) => line.includes('GET /v1/missing') && line.includes('Cannot find module'))).toBe(true);
  });

  it('turns a handler that throws into 502', async () => {
    const answer = await call(gateway.url, '/v1/throws');

    expectProjectError(answer, 502, 'INTERNAL');
  });

  it('turns a Lambda timeout (serverless-offline: 200 with "[504] - Lambda timeout.") into 504', async () => {
    const answer = await call(gateway.url, '/v1/slow');

    expectProjectError(answer, 504, 'DEPENDENCY_UNAVAILABLE');
  });

  it('answers an unknown route with 404 and lists no routes', async () => {
    const raw = await call(offline.url, '/v1/nope');
    expect(raw.text).toContain('existingRoutes');

    for (const [method, path] of [
      ['GET', '/v1/nope'],
      ['DELETE', '/v1/ok'],
      ['GET', '/'],
    ] as const) {
      const answer = await call(gateway.url, path, { method });
      expectProjectError(answer, 404, 'NOT_FOUND');
      expect(answer.text).not.toContain('/v1/');
    }
  });

  it('refuses a declared body over 10 MB with 413, before serverless-offline reads it', async () => {
    const answer = await call(gateway.url, '/v1/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20),
    });

    expectProjectError(answer, 413, 'VALIDATION_FAILED');
  });

  it('refuses a streamed body (no content-length) once it passes 10 MB with 413', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 11) controller.enqueue(chunk);
        else controller.close();
      },
    });

    const answer = await call(gateway.url, '/v1/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);

    expectProjectError(answer, 413, 'VALIDATION_FAILED');
  });

  it('answers a lone surrogate or a broken escape in the path or query with 400', async () => {
    const raw = await call(offline.url, '/v1/%ED%A0%80');
    expect(raw.status).toBe(400);
    expect(raw.json).not.toHaveProperty('error.code');

    for (const path of ['/v1/%ED%A0%80', '/v1/ok/%ED%A0%80', '/v1/ok?q=%ED%A0%80', '/v1/%E0%A4%A']) {
      expectProjectError(await call(gateway.url, path), 400, 'VALIDATION_FAILED');
    }
  });

  it('allows only the configured origin, on answers and on preflights (serverless-offline reflects any)', async () => {
    const evil = await call(gateway.url, '/v1/ok', { headers: { origin: 'https://evil.example' } });
    const allowed = await call(gateway.url, '/v1/ok', { headers: { origin: H5 } });
    const preflight = (origin: string, requestHeaders: string) =>
      call(gateway.url, '/v1/echo', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': requestHeaders,
        },
      });
    const evilPreflight = await preflight('https://evil.example', 'content-type');
    const allowedPreflight = await preflight(H5, 'content-type,authorization,idempotency-key');
    const unknownHeader = await preflight(H5, 'x-unknown');

    expect(evil.status).toBe(200);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(allowed.headers.get('access-control-allow-origin')).toBe(H5);
    expect(allowed.headers.get('vary')).toMatch(/origin/i);
    expect(evilPreflight.status).toBe(204);
    expect(evilPreflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(allowedPreflight.status).toBe(204);
    expect(allowedPreflight.headers.get('access-control-allow-origin')).toBe(H5);
    expect(allowedPreflight.headers.get('access-control-allow-headers')).toBe(
      'Content-Type,Authorization,Idempotency-Key',
    );
    expect(allowedPreflight.headers.get('access-control-allow-methods')).toBe('GET,POST,PUT,PATCH,DELETE');
    expect(allowedPreflight.headers.get('access-control-max-age')).toBe('600');
    expect(unknownHeader.headers.get('access-control-allow-origin')).toBeNull();
    for (const answer of [evil, allowed, evilPreflight, allowedPreflight]) {
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('passes Authorization, Idempotency-Key and the body on untouched', async () => {
    const answer = await call(gateway.url, '/v1/echo', {
      method: 'POST',
      headers: {
        authorization: 'Bearer token-1',
        'idempotency-key': 'key-7f3a',
        'content-type': 'application/json',
        'x-custom': 'kept',
      },
      body: JSON.stringify({ name: '张三' }),
    });

    expect(answer.status).toBe(200);
    const echoed = answer.json as { headers: Record<string, string>; body: string };
    expect(echoed.headers).toMatchObject({
      authorization: 'Bearer token-1',
      'idempotency-key': 'key-7f3a',
      'content-type': 'application/json',
      'x-custom': 'kept',
    });
    expect(JSON.parse(echoed.body)).toEqual({ name: '张三' });
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('passes a file download on byte for byte with its headers, and an answer in the project format as it is', async () => {
    const response = await fetch(`${gateway.url}/v1/pdf`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const refused = await call(gateway.url, '/v1/refused');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="a.pdf"');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(bytes.equals(PDF_BYTES)).toBe(true);
    expect(refused.status).toBe(409);
    expect(refused.json).toEqual({ error: { code: 'CONFLICT', message: '已被他人处理' } });
    expect(refused.headers.get('retry-after')).toBe('3');
  });
});

describe('the local gateway when serverless-offline itself misbehaves', () => {
  const servers: Server[] = [];
  const gateways: Gateway[] = [];

  async function upstream(handler: Parameters<typeof createServer>[1]): Promise<string> {
    const server = createServer(handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async function gatewayTo(url: string, timeoutMs?: number): Promise<Gateway> {
    const gateway = await startGateway({
      host: '127.0.0.1',
      port: 0,
      upstream: url,
      cors: CORS,
      timeoutMs,
      log: () => {},
    });
    gateways.push(gateway);
    return gateway;
  }

  afterAll(async () => {
    for (const gateway of gateways) await gateway.stop();
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('answers 504 when serverless-offline does not answer in time', async () => {
    const gateway = await gatewayTo(await upstream(() => {}), 500);

    expectProjectError(await call(gateway.url, '/v1/anything'), 504, 'DEPENDENCY_UNAVAILABLE');
  });

  it('answers 502 when serverless-offline is not there', async () => {
    const gateway = await gatewayTo(`http://127.0.0.1:${await claimPort(0, 'nothing')}`);

    expectProjectError(await call(gateway.url, '/v1/anything'), 502, 'INTERNAL');
  });

  it('answers 502 for an error page or an error object in a 200 not in the project format', async () => {
    const gateway = await gatewayTo(
      await upstream((req, res) => {
        if (req.url === '/html') {
          res.writeHead(500, { 'content-type': 'text/html' });
          res.end('<h1>Internal Server Error at /work/main/x.js</h1>');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errorMessage: 'oops', errorType: 'Error', stackTrace: ['at /work/main/a.js:1'] }));
      }),
    );

    expectProjectError(await call(gateway.url, '/html'), 502, 'INTERNAL');
    expectProjectError(await call(gateway.url, '/json'), 502, 'INTERNAL');
  });
});
