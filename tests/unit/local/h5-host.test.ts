import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import { connect, createServer as createNetServer, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crashProof, startH5Server } from '../../../local/h5';
import { SECURITY_HEADERS } from '../../../local/security-headers';

// The local H5 host (local/h5.ts) over real HTTP, against a throw-away build folder: dist/h5 with an index.html and
// hashed assets, next to a sibling folder dist/h5-private that must never be reachable.

const INLINE_SCRIPT = 'document.documentElement.style.fontSize="20px";';
const indexHtml = (script: string) =>
  `<!doctype html><html><head><script>${script}</script><script defer src="./js/app.0123abcd.js"></script>` +
  '</head><body><div id="app"></div></body></html>';
const ASSET = 'console.log("app");';
const SECRET = 'the secret next door';

type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

/** One request with the path sent exactly as given (fetch would normalise `..` and `%2e`). */
function get(base: string, path: string, init: { method?: string; body?: string } = {}): Promise<Answer> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** A JSON body in the project's error format with a Chinese message. */
function expectProjectError(answer: Answer, status: number): void {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  const parsed = JSON.parse(answer.body) as { error: { code: string; message: string } };
  expect(typeof parsed.error.code).toBe('string');
  expect(parsed.error.message).toMatch(/[\u4e00-\u9fff]/);
  expect(answer.body).not.toMatch(/at .*\(|\/tmp\/|node_modules/);
}

function expectSecurityHeaders(answer: Answer): void {
  const csp = String(answer.headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  expect(answer.headers['x-frame-options']).toBe('DENY');
  expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const permissions = String(answer.headers['permissions-policy']);
  expect(permissions).toContain('camera=(self)');
  for (const feature of ['geolocation', 'microphone', 'payment']) expect(permissions).toContain(`${feature}=()`);
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

describe('local H5 host — static files by sirv, /v1 forwarded, security headers, no request stops it', () => {
  let root: string;
  let outDir: string;
  let upstream: Server;
  let upstreamUrl: string;
  let seen: Array<{ method?: string; url?: string; body: string }>;
  let h5: { url: string; stop(): Promise<void> };
  let socketFile: NetServer;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'h5-host-'));
    outDir = join(root, 'dist', 'h5');
    await mkdir(join(outDir, 'js'), { recursive: true });
    await mkdir(join(root, 'dist', 'h5-private'), { recursive: true });
    await writeFile(join(outDir, 'index.html'), indexHtml(INLINE_SCRIPT));
    await writeFile(join(outDir, 'js', 'app.0123abcd.js'), ASSET);
    await writeFile(join(outDir, '.build-stamp'), 'stamp');
    await writeFile(join(root, 'dist', 'h5-private', 'secret.txt'), SECRET);
    await writeFile(join(root, 'dist', 'h5-secret.txt'), SECRET);
    // A socket in the build folder: it looks like a file, but opening it fails (ENXIO) once the answer has begun.
    socketFile = createNetServer();
    await new Promise<void>((resolve) => socketFile.listen(join(outDir, 'js', 'socket.js'), resolve));

    seen = [];
    upstream = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        body += chunk;
      });
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, body });
        res.writeHead(201, { 'content-type': 'application/json; charset=utf-8', 'x-upstream': 'yes' });
        res.end(JSON.stringify({ echoed: body, path: req.url }));
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const address = upstream.address();
    upstreamUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    h5 = await startH5Server({ root, port: 0, apiUrl: upstreamUrl, log: () => {} });
  });

  afterAll(async () => {
    await h5?.stop();
    await new Promise((resolve) => upstream?.close(resolve));
    await new Promise((resolve) => socketFile?.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  it('answers a malformed percent escape with a 400 in the project format, and keeps answering', async () => {
    const bad = await get(h5.url, '/%E0%A4%A');
    expectProjectError(bad, 400);
    expectSecurityHeaders(bad);

    const next = await get(h5.url, '/');
    expect(next.status).toBe(200);
    expect(next.body).toContain('<div id="app">');
  });

  it('never serves a file outside dist/h5, however the path is spelt', async () => {
    const attempts = [
      '/..%2fh5-private%2fsecret.txt',
      '/..%2Fh5-private%2Fsecret.txt',
      '/%2e%2e%2fh5-private%2fsecret.txt',
      '/%2e%2e/h5-private/secret.txt',
      '/../h5-private/secret.txt',
      '/js/../../h5-private/secret.txt',
      '/..%5ch5-private%5csecret.txt',
      '/..%2fh5-secret.txt',
      '/../h5-secret.txt',
      '//..%2f..%2fh5-private%2fsecret.txt',
    ];
    for (const path of attempts) {
      const answer = await get(h5.url, path);
      expect(answer.body).not.toContain(SECRET);
      expect([400, 404]).toContain(answer.status);
      expectProjectError(answer, answer.status);
    }
    const dotfile = await get(h5.url, '/.build-stamp');
    expectProjectError(dotfile, 404);
  });

  it('keeps answering after any of a batch of hostile paths', async () => {
    const paths = [
      '/%',
      '/%ZZ',
      '/%ED%A0%80',
      '/%00',
      '/a%00.js',
      '/%C0%AE%C0%AE/',
      '/v1/%E0%A4%A',
      `/${'a'.repeat(5000)}`,
    ];
    for (const path of paths) {
      const answer = await get(h5.url, path);
      expect(answer.status).toBeGreaterThanOrEqual(200);
      expect(answer.status).toBeLessThan(500);
      if (answer.status >= 400) expectProjectError(answer, answer.status);
    }
    expect((await get(h5.url, '/')).status).toBe(200);
  });

  it('answers an unparseable request with a 400 in the project format', async () => {
    const { port } = new URL(h5.url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('GARBAGE\r\n\r\n'));
      let data = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        data += chunk;
      });
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(raw).toMatch(/x-content-type-options: nosniff/i);
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as { error: { message: string } };
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await get(h5.url, '/')).status).toBe(200);
  });

  it('cuts an answer whose file cannot be read, and keeps answering', async () => {
    await expect(get(h5.url, '/js/socket.js')).rejects.toThrow();
    expect((await get(h5.url, '/')).status).toBe(200);
  });

  it('sends every security header on index.html, on an asset, on the app shell and on errors', async () => {
    const answers = [
      await get(h5.url, '/'),
      await get(h5.url, '/index.html'),
      await get(h5.url, '/js/app.0123abcd.js'),
      await get(h5.url, '/pages/home/index/index'),
      await get(h5.url, '/js/missing.0123abcd.js'),
      await get(h5.url, '/v1/health'),
    ];
    for (const answer of answers) expectSecurityHeaders(answer);
    // The one inline script of the page is allowed by its hash, nothing else inline.
    expect(answers[0]?.headers['content-security-policy']).toContain(`'sha256-${sha256(INLINE_SCRIPT)}'`);
    for (const name of ['x-content-type-options', 'x-frame-options', 'referrer-policy', 'permissions-policy']) {
      expect(answers[2]?.headers[name]).toBe(SECURITY_HEADERS[name]);
    }
  });

  it('follows a rebuilt index.html: its new inline script is allowed, the old one no longer', async () => {
    const rebuilt = 'document.documentElement.style.fontSize="21px";';
    await writeFile(join(outDir, 'index.html'), indexHtml(rebuilt));
    try {
      const answer = await get(h5.url, '/');
      expect(answer.body).toContain(rebuilt);
      expect(answer.headers['content-security-policy']).toContain(`'sha256-${sha256(rebuilt)}'`);
      expect(answer.headers['content-security-policy']).not.toContain(`'sha256-${sha256(INLINE_SCRIPT)}'`);
    } finally {
      await writeFile(join(outDir, 'index.html'), indexHtml(INLINE_SCRIPT));
    }
  });

  it('serves index.html no-cache and hashed assets cacheable for good, with their own types', async () => {
    const page = await get(h5.url, '/');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await get(h5.url, '/js/app.0123abcd.js');
    expect(asset.status).toBe(200);
    expect(asset.body).toBe(ASSET);
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    expect(asset.headers['cache-control']).toMatch(/max-age=31536000/);
  });

  it('answers any path without a file extension with the app shell (hash routing), a missing file with a 404', async () => {
    for (const path of ['/pages/home/index/index', '/cases', '/some/where/?x=1']) {
      const shell = await get(h5.url, path);
      expect(shell.status).toBe(200);
      expect(shell.headers['content-type']).toMatch(/^text\/html/);
      expect(shell.headers['cache-control']).toBe('no-cache');
      expect(shell.body).toContain('<div id="app">');
    }
    const missing = await get(h5.url, '/js/missing.0123abcd.js');
    expectProjectError(missing, 404);
    expect(missing.body).not.toContain('<div id="app">');
  });

  it('forwards /v1/* to the API: method, path, query, body, status and headers', async () => {
    seen.length = 0;
    const answer = await get(h5.url, '/v1/claims?page=2', { method: 'POST', body: '{"a":1}' });
    expect(answer.status).toBe(201);
    expect(answer.headers['x-upstream']).toBe('yes');
    expect(JSON.parse(answer.body)).toEqual({ echoed: '{"a":1}', path: '/v1/claims?page=2' });
    expect(seen).toEqual([{ method: 'POST', url: '/v1/claims?page=2', body: '{"a":1}' }]);
    expectSecurityHeaders(answer);
  });

  it('forwards the path it routed on: dot segments resolved, never a different one', async () => {
    seen.length = 0;
    const answer = await get(h5.url, '/x/../v1/health');
    expect(answer.status).toBe(201);
    expect(seen.map((request) => request.url)).toEqual(['/v1/health']);
  });

  it('answers a 502 in the project format when the API cannot be reached, and keeps answering', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = closed.address();
    const deadUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    await new Promise((resolve) => closed.close(resolve));
    const lonely = await startH5Server({ root, port: 0, apiUrl: deadUrl, log: () => {} });
    try {
      expectProjectError(await get(lonely.url, '/v1/home'), 502);
      expect((await get(lonely.url, '/')).status).toBe(200);
    } finally {
      await lonely.stop();
    }
  });
});

describe('crashProof — a request handler that cannot take the process down', () => {
  let server: Server;
  let base: string;
  const logged: string[] = [];

  beforeAll(async () => {
    server = createServer(
      crashProof(
        (req, res) => {
          if (req.url === '/throw') throw new Error('boom at /secret/path.ts:1');
          if (req.url === '/reject') return Promise.reject(new Error('rejected'));
          res.end('ok');
        },
        (line) => logged.push(line),
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it('turns a throw or a rejection into a 500 in the project format, logs it, and keeps answering', async () => {
    for (const path of ['/throw', '/reject']) {
      const answer = await get(base, path);
      expectProjectError(answer, 500);
      expect(answer.body).not.toContain('boom');
      expectSecurityHeaders(answer);
    }
    expect(logged.some((line) => line.includes('boom'))).toBe(true);
    expect((await get(base, '/fine')).body).toBe('ok');
  });
});
