import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import sirv from 'sirv';
import { ErrorCode } from '../shared/api/errors';
import { spawnChild } from './child';
import { inlineScriptHashes, SECURITY_HEADERS, securityHeadersFor } from './security-headers';

// Everything the H5 bundle is built from: a change to any of these makes `npm start` rebuild it.
const SOURCES = ['miniapp', 'shared', 'babel.config.js', 'package-lock.json'];
const STAMP = '.build-stamp';

async function* walk(path: string): AsyncGenerator<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) {
    yield path;
    return;
  }
  for (const entry of (await readdir(path)).sort()) if (entry !== 'node_modules') yield* walk(join(path, entry));
}

async function sourceHash(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for await (const file of walk(join(root, source))) {
      hash.update(relative(root, file)).update(await readFile(file));
    }
  }
  return hash.digest('hex');
}

/** Builds the H5 app (production) unless dist/h5 was already built from the same sources. */
export async function ensureH5Build(opts: { root: string; log: (line: string) => void }): Promise<'built' | 'fresh'> {
  const outDir = join(opts.root, 'dist', 'h5');
  const hash = await sourceHash(opts.root);
  const previous = await readFile(join(outDir, STAMP), 'utf8').catch(() => '');
  if (previous === hash) return 'fresh';
  opts.log('[h5] building the H5 app (about 20 s)…');
  const build = spawnChild('h5-build', 'npx', ['--no-install', 'taro', 'build', '--type', 'h5'], {
    cwd: opts.root,
    // Empty base URL: the app calls /v1 on its own origin, which the H5 server below forwards to the API.
    env: { ...process.env, NODE_ENV: 'production', TARO_APP_API_BASE_URL: '' },
    log: opts.log,
  });
  const code = await new Promise<number | null>((resolve) => build.process.once('exit', resolve));
  if (code !== 0) throw new Error(`The H5 build failed (exit ${code}); run \`npm run build:h5\` to see why.`);
  await writeFile(join(outDir, STAMP), hash);
  return 'built';
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** Answers in the project's error format, or cuts the connection if the answer has already begun. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  fields?: Record<string, string>,
): void {
  if (res.destroyed || res.writableEnded) return;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = status;
  if (!res.hasHeader('content-security-policy')) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  }
  for (const name of ['content-length', 'content-encoding', 'etag', 'last-modified', 'content-range']) {
    res.removeHeader(name);
  }
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify({ error: { code, message, ...(fields ? { fields } : {}) } }));
}

const INTERNAL_MESSAGE = '系统繁忙，请稍后再试';

/**
 * A request handler that cannot take the process down: a throw or a rejected promise is a 500 in the project's
 * format (the details go to `log`, never to the client), and so is a failing stream piped into the answer (a file
 * that vanished or cannot be read); once the answer has begun, the connection is cut instead.
 */
export function crashProof(handler: Handler, log: (line: string) => void): Handler {
  const fail = (res: ServerResponse, error: unknown) => {
    log(`[h5] request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    sendError(res, 500, ErrorCode.INTERNAL, INTERNAL_MESSAGE);
  };
  return (req, res) => {
    res.on('pipe', (source: Readable) => source.once('error', (error) => fail(res, error)));
    try {
      const pending = handler(req, res);
      if (pending) pending.catch((error: unknown) => fail(res, error));
    } catch (error) {
      fail(res, error);
    }
  };
}

/** Forwards one request to the API on `path`; a refused or broken connection is a 502 in the project's format. */
function proxy(req: IncomingMessage, res: ServerResponse, apiUrl: URL, path: string): void {
  const upstream = httpRequest({
    host: apiUrl.hostname,
    port: apiUrl.port,
    path,
    method: req.method,
    headers: req.headers,
  });
  upstream.on('response', (answer) => {
    answer.on('error', () => res.destroy());
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    // Drain what is left of the request, so the connection can carry the next one.
    req.unpipe(upstream);
    req.resume();
    sendError(res, 502, ErrorCode.DEPENDENCY_UNAVAILABLE, '服务暂时无法连接，请稍后再试');
  });
  req.on('error', () => upstream.destroy());
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}

/** A file name with a content hash (js/app.9c4846d1.js): its content never changes, so it may be cached for good. */
const HASHED_FILE = /\.[0-9a-f]{8,}\.[a-z0-9]+$/i;

/** The security headers of the current build: its index.html's inline scripts are allowed by their hashes. */
function headersOfBuild(indexFile: string, storageOrigin: string | undefined): () => Record<string, string> {
  let cache: { key: string; headers: Record<string, string> } | undefined;
  return () => {
    const info = statSync(indexFile, { throwIfNoEntry: false });
    const key = info ? `${info.mtimeMs}:${info.size}:${info.ino}` : 'none';
    if (cache?.key !== key) {
      const html = info ? readFileSync(indexFile, 'utf8') : '';
      cache = { key, headers: securityHeadersFor({ inlineScripts: inlineScriptHashes(html), storageOrigin }) };
    }
    return cache.headers;
  };
}

/**
 * Serves dist/h5 on 127.0.0.1 and forwards /v1/* to the API, so the app and its API share one origin.
 * Files are served by sirv, looked up on each request (a rebuild while the stack runs is served as it is), and only
 * from inside dist/h5; any other path without a file extension is the app shell (hash routing,
 * config/index.ts `h5.router.mode`). Every answer carries SECURITY_HEADERS (local/security-headers.ts);
 * `storageUrl` is the S3 endpoint presigned uploads and downloads go to, allowed by the CSP.
 */
export async function startH5Server(opts: {
  root: string;
  port: number;
  apiUrl: string;
  storageUrl?: string;
  log?: (line: string) => void;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const outDir = join(opts.root, 'dist', 'h5');
  const apiUrl = new URL(opts.apiUrl);
  const log = opts.log ?? ((line: string) => console.error(line));
  const securityHeaders = headersOfBuild(
    join(outDir, 'index.html'),
    opts.storageUrl && new URL(opts.storageUrl).origin,
  );
  const serve = sirv(outDir, {
    dev: true,
    etag: true,
    extensions: [],
    setHeaders: (res, pathname) => {
      const name = pathname.slice(pathname.lastIndexOf('/') + 1);
      res.setHeader('cache-control', HASHED_FILE.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const notFound = (res: ServerResponse) => sendError(res, 404, ErrorCode.NOT_FOUND, '没有找到要访问的页面或文件');
  const badPath = (res: ServerResponse, reason: string) =>
    sendError(res, 400, ErrorCode.VALIDATION_FAILED, '请求地址不正确，请检查后重试', { path: reason });

  const handle: Handler = (req, res) => {
    for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
    const target = req.url ?? '/';
    if (!target.startsWith('/')) return badPath(res, '地址应以 / 开头');
    let url: URL;
    let decoded: string;
    try {
      url = new URL(`http://h5.invalid${target}`);
      decoded = decodeURIComponent(url.pathname);
    } catch {
      return badPath(res, '地址中有无法识别的 % 编码');
    }
    // Dot segments are resolved by URL above, so what is routed is what is forwarded.
    if (url.pathname === '/v1' || url.pathname.startsWith('/v1/'))
      return proxy(req, res, apiUrl, url.pathname + url.search);
    const segments = decoded.split('/');
    if (/[\\\0]/.test(decoded) || segments.some((segment) => segment === '..' || segment === '.')) {
      return badPath(res, '地址不能指向网站目录以外');
    }
    if (segments.some((segment) => segment.startsWith('.'))) return notFound(res);
    // A server may ignore Range (RFC 9110 §14.2); sirv would answer a reversed range with a broken 206.
    delete req.headers.range;
    req.url = url.pathname + url.search;
    serve(req, res, () => {
      // Hash routing: a path with no file extension is the app shell; a missing file is a 404, never HTML.
      if ((segments.at(-1) ?? '').includes('.')) return notFound(res);
      req.url = '/index.html';
      serve(req, res, () => notFound(res));
    });
  };

  const server = createServer(crashProof(handle, log));
  // Stopping: close() drops the idle keep-alive connections; one still writing its answer is dropped when done.
  let stopping = false;
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (stopping) res.shouldKeepAlive = false;
    res.once('finish', () => {
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });
  // Unparseable requests: a 400 in the project's format rather than Node's bare one.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
    const body = JSON.stringify({ error: { code: ErrorCode.VALIDATION_FAILED, message: '请求格式不正确' } });
    const headers = {
      ...SECURITY_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
    };
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.end(`HTTP/1.1 400 Bad Request\r\n${head.join('')}\r\n${body}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        stopping = true;
        server.close(() => resolve());
      }),
  };
}
