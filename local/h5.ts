import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, relative } from 'node:path';
import { spawnChild } from './child';

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

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function proxy(req: IncomingMessage, res: ServerResponse, apiUrl: URL): void {
  const upstream = httpRequest(
    { host: apiUrl.hostname, port: apiUrl.port, path: req.url, method: req.method, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: { code: 'DEPENDENCY_UNAVAILABLE', message: '服务暂时无法连接，请稍后再试' } }));
  });
  req.pipe(upstream);
}

/** Serves dist/h5 on 127.0.0.1 and forwards /v1/* to the API, so the app and its API share one origin. */
export async function startH5Server(opts: {
  root: string;
  port: number;
  apiUrl: string;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const outDir = join(opts.root, 'dist', 'h5');
  const apiUrl = new URL(opts.apiUrl);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://h5').pathname);
    if (path.startsWith('/v1/') || path === '/v1') return proxy(req, res, apiUrl);
    const file = normalize(join(outDir, path === '/' ? 'index.html' : path));
    const info = file.startsWith(outDir) ? await stat(file).catch(() => undefined) : undefined;
    // Hash routing: any unknown path is the app shell.
    const served = info?.isFile() ? file : join(outDir, 'index.html');
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(served)] ?? 'application/octet-stream',
      'cache-control': served.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
    });
    createReadStream(served).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
