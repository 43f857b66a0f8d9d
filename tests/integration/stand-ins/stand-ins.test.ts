import { createServer } from 'node:net';
import { DEFAULT_STAND_IN_PORTS, type StandIns, startStandIns } from '../../../local/stand-ins';
import { json, MAX_BODY_BYTES, startStandIn } from '../../../local/stand-ins/server';
import { del, fault, get, post, recorded } from './http';

let standIns: StandIns;

beforeAll(async () => {
  standIns = await startStandIns({ host: '127.0.0.1' });
});
afterAll(() => standIns.stop());
beforeEach(async () => {
  for (const url of Object.values(standIns.urls)) await post(`${url}/__stand-in/reset`, {});
});

describe('startStandIns', () => {
  it('starts all three on free loopback ports and reports the actual ones', async () => {
    const ports = Object.values(standIns.urls).map((url) => new URL(url).port);

    for (const url of Object.values(standIns.urls)) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(new Set(ports).size).toBe(3);
    expect(ports).not.toContain('0');
    expect((await get(`${standIns.urls.wechat}/__stand-in/health`)).body).toEqual({ name: 'wechat', ok: true });
    expect((await get(`${standIns.urls.invoice}/__stand-in/health`)).body).toEqual({ name: 'invoice', ok: true });
    expect((await get(`${standIns.urls.registry}/__stand-in/health`)).body).toEqual({ name: 'registry', ok: true });
  });

  it('has fixed default ports for npm start', () => {
    expect(DEFAULT_STAND_IN_PORTS).toEqual({ wechat: 4010, invoice: 4020, registry: 4030 });
  });

  it('stops all of them, even with keep-alive connections open', async () => {
    const extra = await startStandIns();
    await get(`${extra.urls.registry}/__stand-in/health`);
    await extra.stop();
    await expect(fetch(`${extra.urls.registry}/__stand-in/health`)).rejects.toThrow();
  });

  it('fails when a port is taken, and leaves none of the others running', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const taken = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(startStandIns({ invoicePort: taken })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('refuses to listen on anything but loopback', async () => {
    await expect(startStandIns({ host: '0.0.0.0' })).rejects.toThrow(/refusing to listen on 0\.0\.0\.0/);
  });
});

describe('shared admin routes (/__stand-in)', () => {
  it('records method, path, query, headers, JSON body and time of every request, oldest first', async () => {
    const base = standIns.urls.registry;
    await post(
      `${base}/insured/v1/query?trace=1`,
      { name: '王秀兰', idNumber: '140105195503120241' },
      { 'x-request-id': 'r-1' },
    );
    await get(`${base}/nowhere`);

    const calls = await recorded(base);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toEqual({
      method: 'POST',
      path: '/insured/v1/query',
      query: { trace: '1' },
      headers: expect.objectContaining({ 'x-request-id': 'r-1', 'content-type': 'application/json' }),
      body: { name: '王秀兰', idNumber: '140105195503120241' },
      time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      faulted: false,
    });
    expect(calls[1]).toMatchObject({ method: 'GET', path: '/nowhere', body: null });
  });

  it('filters by path, keeps admin calls out, and forgets on DELETE', async () => {
    const base = standIns.urls.invoice;
    await post(`${base}/einvoice/v1/verify`, {});
    await get(`${base}/__stand-in/faults`);

    expect(await recorded(base, '/einvoice/v1/verify')).toHaveLength(1);
    expect(await recorded(base, '/other')).toHaveLength(0);
    expect((await del(`${base}/__stand-in/requests`)).status).toBe(204);
    expect(await recorded(base)).toEqual([]);
  });

  it('records a body that is not JSON as its text', async () => {
    const base = standIns.urls.invoice;
    await post(`${base}/einvoice/v1/verify`, 'not json');
    expect((await recorded(base))[0]?.body).toBe('not json');
  });

  it('answers 413 to a body over 1 MB', async () => {
    const big = { padding: 'x'.repeat(MAX_BODY_BYTES) };
    const { status, body } = await post(`${standIns.urls.registry}/insured/v1/query`, big);
    expect(status).toBe(413);
    expect(body).toEqual({ error: 'payload too large', limitBytes: MAX_BODY_BYTES });
  });

  it('lists and drops pending faults', async () => {
    const base = standIns.urls.wechat;
    await fault(base, { path: '/sns/jscode2session', method: 'get', errcode: -1, times: 3 });

    expect((await get(`${base}/__stand-in/faults`)).body).toEqual({
      faults: [{ path: '/sns/jscode2session', method: 'GET', errcode: -1, times: 3 }],
    });
    expect((await del(`${base}/__stand-in/faults`)).status).toBe(204);
    expect((await get(`${base}/__stand-in/faults`)).body).toEqual({ faults: [] });
  });

  it('only faults the method it names', async () => {
    const base = standIns.urls.invoice;
    await fault(base, { path: '/einvoice/v1/verify', method: 'GET', status: 500 });
    expect((await post(`${base}/einvoice/v1/verify`, {})).status).toBe(400);
    expect((await get(`${base}/__stand-in/faults`)).body.faults).toHaveLength(1);
  });

  it.each([
    ['no path', { errcode: 1 }],
    ['a relative path', { path: 'x', errcode: 1 }],
    ['nothing to inject', { path: '/x' }],
    ['a bad times', { path: '/x', errcode: 1, times: 0 }],
    ['a bad status', { path: '/x', status: 42 }],
    ['an unknown action', { action: 'explode' }],
  ])('refuses a fault with %s (400)', async (_what, spec) => {
    expect((await fault(standIns.urls.wechat, spec)).status).toBe(400);
  });

  it('answers 404 to an unknown admin route', async () => {
    expect((await get(`${standIns.urls.wechat}/__stand-in/nothing`)).status).toBe(404);
  });
});

describe('startStandIn', () => {
  it('answers 500 naming the stand-in when a handler throws', async () => {
    const broken = await startStandIn({
      name: 'broken',
      routes: {
        'GET /boom': () => {
          throw new Error('kaput');
        },
      },
      faultResponse: () => json(503, {}),
      notFound: () => json(404, {}),
    });
    try {
      const { status, body } = await get(`${broken.url}/boom`);
      expect(status).toBe(500);
      expect(body).toEqual({ error: 'stand-in broken failed', message: 'kaput' });
      expect(broken.requests()).toHaveLength(1);
    } finally {
      await broken.stop();
    }
  });
});
