// The local API's front door: a small HTTP gateway on the public API port, in front of serverless-offline on an
// internal loopback port. It does what API Gateway does in the cloud and serverless-offline does not do well:
// - its own answers (unknown route, body over the limit, a malformed path, a failed or timed-out function) come in the
//   project's error format `{ error: { code, message } }` with a Chinese message, never a route listing, a stack
//   trace or a path, and never a 2xx for a failure (serverless-offline answers a Lambda error with HTTP 200);
// - CORS for the configured origins only (serverless.yml's provider.httpApi.cors); serverless-offline reflects any
//   Origin, so its access-control-* headers are dropped here and this is the one place CORS is decided;
// - `x-content-type-options: nosniff` on every answer.
// Requests and answers stream through; only JSON (and error) answers are read whole, to be checked.
import {
  Agent,
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  request,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';
import { ErrorCode } from '../shared/api/errors';

/** provider.httpApi.cors of serverless.yml, as osls resolves it. */
export type CorsConfig = {
  allowedOrigins: string[];
  allowedHeaders?: string[];
  allowedMethods?: string[];
  exposedResponseHeaders?: string[];
  allowCredentials?: boolean;
  maxAge?: number;
};

/** API Gateway's payload limit (10 MB); serverless-offline refuses the same. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** API Gateway HTTP API waits at most 30 s for an integration. */
export const UPSTREAM_TIMEOUT_MS = 30_000;

type Refusal = { status: number; code: string; message: string };

/** The gateway's own answers. */
export const REFUSALS = {
  badRequest: { status: 400, code: ErrorCode.VALIDATION_FAILED, message: '请求地址或内容无法识别，请检查后重试' },
  notFound: { status: 404, code: ErrorCode.NOT_FOUND, message: '没有这个接口，请检查请求地址和方法' },
  tooLarge: { status: 413, code: ErrorCode.VALIDATION_FAILED, message: '请求内容过大，不能超过 10 MB' },
  headersTooLarge: { status: 431, code: ErrorCode.VALIDATION_FAILED, message: '请求头过大，请精简后重试' },
  failed: { status: 502, code: ErrorCode.INTERNAL, message: '系统繁忙，请稍后再试' },
  timeout: { status: 504, code: ErrorCode.DEPENDENCY_UNAVAILABLE, message: '系统处理超时，请稍后刷新查看结果再重试' },
} as const satisfies Record<string, Refusal>;

export type GatewayOptions = {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** serverless-offline's address, e.g. http://127.0.0.1:3001 */
  upstream: string;
  cors: CorsConfig | undefined;
  maxBodyBytes?: number;
  timeoutMs?: number;
  log: (line: string) => void;
};

export type Gateway = { url: string; port: number; stop(): Promise<void> };

// Hop-by-hop headers (RFC 9110 §7.6.1) are the connection's own; `expect` is answered here.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'expect',
]);

/** Starts the gateway; resolves once it listens. */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const upstream = new URL(options.upstream);
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const timeoutMs = options.timeoutMs ?? UPSTREAM_TIMEOUT_MS;
  // One connection per request: loopback connections are cheap, and a reused socket that serverless-offline closes
  // as idle at the same moment would turn into a spurious failure.
  const agent = new Agent({ keepAlive: false });

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const origin = single(req.headers.origin);
    const common = commonHeaders(options.cors, origin);
    const label = `${req.method} ${(req.url ?? '').slice(0, 200)}`;
    // Exactly one answer per request: whoever claims first (the relay, a refusal, the timeout) writes it.
    let answered = false;
    const claim = () => {
      if (answered) return false;
      answered = true;
      return true;
    };
    const refuse = (refusal: Refusal, why?: string) => {
      if (!claim()) return;
      if (why) options.log(`[gateway] ${label}: ${why} → ${refusal.status}`);
      sendRefusal(res, refusal, common);
    };

    if (!isWellFormedTarget(req.url)) {
      refuse(REFUSALS.badRequest);
      req.resume();
      return;
    }
    if (req.method === 'OPTIONS' && origin && req.headers['access-control-request-method']) {
      // A CORS preflight is answered here, as API Gateway does, whether or not the route exists.
      // Its CORS headers are all or nothing: none when the origin, the method or a requested header is not allowed.
      const cors = preflightHeaders(options.cors, origin, req.headers);
      res.writeHead(204, { ...commonHeaders(undefined, origin), ...cors, 'content-length': '0' });
      res.end();
      req.resume();
      return;
    }
    if (declaredLength(req) > maxBodyBytes) {
      refuse(REFUSALS.tooLarge);
      // Read and drop what the client still sends, so it gets to read the answer.
      req.resume();
      return;
    }

    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: forwardedHeaders(req.headers),
        agent,
      },
      (answer) => {
        // serverless-offline answers once the function has returned: the rest is reading its answer.
        clearTimeout(timer);
        if (answered) {
          answer.resume();
          return;
        }
        void relay(answer, res, req.method === 'HEAD', common, refuse, claim);
      },
    );
    const timer = setTimeout(() => {
      refuse(REFUSALS.timeout, `no answer from serverless-offline within ${timeoutMs / 1000} s`);
      forward.destroy();
      if (!res.writableEnded) res.destroy();
    }, timeoutMs);
    forward.on('error', (error) => {
      clearTimeout(timer);
      refuse(REFUSALS.failed, `serverless-offline unreachable (${error.message})`);
      if (!res.writableEnded) res.destroy();
    });
    // The client went away before its answer: stop the upstream request too (and answer nothing more).
    res.on('close', () => {
      clearTimeout(timer);
      if (res.writableFinished) return;
      claim();
      forward.destroy();
    });

    let received = 0;
    req.on('data', (chunk: Buffer) => {
      if (forward.destroyed) return;
      received += chunk.length;
      if (received > maxBodyBytes) {
        clearTimeout(timer);
        refuse(REFUSALS.tooLarge);
        forward.destroy();
        return;
      }
      if (!forward.write(chunk)) req.pause();
    });
    forward.on('drain', () => req.resume());
    req.on('end', () => {
      if (!forward.destroyed) forward.end();
    });
  };

  const server = createServer(handle);
  // A client announcing a body too large with `Expect: 100-continue` is refused before it sends it.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (declaredLength(req) > maxBodyBytes) {
      sendRefusal(res, REFUSALS.tooLarge, commonHeaders(options.cors, single(req.headers.origin)));
      req.resume();
      return;
    }
    res.writeContinue();
    handle(req, res);
  });
  // Requests Node's parser refuses (malformed, headers too large) get an answer in the same format, then the close.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const refusal = error.code === 'HPE_HEADER_OVERFLOW' ? REFUSALS.headersTooLarge : REFUSALS.badRequest;
    const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
    socket.end(
      `HTTP/1.1 ${refusal.status} ${refusal.status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        'content-type: application/json; charset=utf-8\r\nx-content-type-options: nosniff\r\n' +
        `cache-control: no-store\r\nconnection: close\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port, host: options.host }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host}:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

/**
 * Passes serverless-offline's answer on. JSON and error answers are read whole: an answer in the project's format
 * goes out as it came, anything else that reports a failure is replaced by one of the gateway's own answers.
 */
async function relay(
  answer: IncomingMessage,
  res: ServerResponse,
  isHead: boolean,
  common: Record<string, string>,
  refuse: (refusal: Refusal, why: string) => void,
  claim: () => boolean,
): Promise<void> {
  const status = answer.statusCode ?? 502;
  const type = single(answer.headers['content-type']) ?? '';
  const headers = { ...upstreamHeaders(answer.headers), ...common, vary: varyWith(answer.headers.vary) };
  if (isHead || !(type === '' || /json/i.test(type) || status >= 400)) {
    if (!claim()) {
      answer.resume();
      return;
    }
    res.writeHead(status, headers);
    answer.pipe(res);
    await new Promise<void>((resolve) =>
      answer.once('close', () => {
        // Cut off half-way: the client must see a broken answer, not a short one.
        if (!answer.complete) res.destroy();
        resolve();
      }),
    );
    return;
  }
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of answer) chunks.push(chunk as Buffer);
  } catch {
    refuse(REFUSALS.failed, 'serverless-offline broke off its answer');
    return;
  }
  const body = Buffer.concat(chunks);
  const verdict = judge(status, body);
  if (verdict) {
    refuse(verdict.refusal, verdict.why);
    return;
  }
  if (!claim()) return;
  delete headers['content-length'];
  res.writeHead(status, { ...headers, 'content-length': String(body.length) });
  res.end(body);
}

/** Why an answer of serverless-offline must not reach the client as it is, and what goes instead; null: pass it on. */
function judge(status: number, body: Buffer): { refusal: Refusal; why: string } | null {
  const parsed = parseJson(body);
  if (isProjectError(parsed)) return null;
  if (isLambdaFailure(parsed)) {
    const message = parsed.errorMessage.replace(/\s+/g, ' ').slice(0, 300);
    const timedOut = parsed.errorType === 'LambdaTimeoutError' || /\[504\]|timed? ?out/i.test(parsed.errorMessage);
    return timedOut
      ? { refusal: REFUSALS.timeout, why: `the function timed out (${message})` }
      : { refusal: REFUSALS.failed, why: `the function failed (${message})` };
  }
  if (status < 400) return null;
  const refusal =
    status === 404 || status === 405
      ? REFUSALS.notFound
      : status === 413
        ? REFUSALS.tooLarge
        : status === 431
          ? REFUSALS.headersTooLarge
          : status === 504
            ? REFUSALS.timeout
            : status >= 500
              ? REFUSALS.failed
              : { ...REFUSALS.badRequest, status };
  return { refusal, why: `serverless-offline answered ${status} outside the project's format` };
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isProjectError(value: unknown): boolean {
  return (
    isRecord(value) &&
    isRecord(value.error) &&
    typeof value.error.code === 'string' &&
    typeof value.error.message === 'string'
  );
}

/** Lambda's error object, as serverless-offline passes it on: `{ errorMessage, errorType, stackTrace }`. */
function isLambdaFailure(value: unknown): value is { errorMessage: string; errorType?: unknown } {
  return isRecord(value) && typeof value.errorMessage === 'string' && ('errorType' in value || 'stackTrace' in value);
}

function sendRefusal(res: ServerResponse, refusal: Refusal, common: Record<string, string>): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
  res.writeHead(refusal.status, {
    ...common,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}

/** A request target Lambda could be given: origin-form, and every %-escape decodes to valid UTF-8. */
function isWellFormedTarget(url: string | undefined): boolean {
  if (!url?.startsWith('/')) return false;
  try {
    decodeURIComponent(url);
    return true;
  } catch {
    return false;
  }
}

function declaredLength(req: IncomingMessage): number {
  const value = Number(req.headers['content-length'] ?? 0);
  return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's headers as serverless-offline gets them: all of them (Authorization, Idempotency-Key, Origin …) but
 * the hop-by-hop ones and Accept-Encoding. API Gateway passes a function's answer on uncompressed, and the answers
 * checked here must be readable.
 */
function forwardedHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const kept = withoutHopByHop(headers);
  delete kept['accept-encoding'];
  return kept;
}

function withoutHopByHop(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  }
  return kept;
}

/** serverless-offline's answer headers, without its CORS (decided here), nosniff (set here) and hop-by-hop ones. */
function upstreamHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const kept = withoutHopByHop(headers);
  for (const name of Object.keys(kept)) {
    if (name.startsWith('access-control-') || name === 'x-content-type-options' || name === 'vary') delete kept[name];
  }
  return kept;
}

function varyWith(vary: string | string[] | undefined): string {
  const names = (Array.isArray(vary) ? vary.join(',') : (vary ?? '')).split(',').map((name) => name.trim());
  const seen = new Map<string, string>([['origin', 'Origin']]);
  for (const name of names) if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  return [...seen.values()].join(', ');
}

/** What every answer carries: nosniff, and CORS for an allowed origin (as API Gateway adds them). */
function commonHeaders(cors: CorsConfig | undefined, origin: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { 'x-content-type-options': 'nosniff', vary: 'Origin' };
  if (!cors || !origin || !originAllowed(cors, origin)) return headers;
  headers['access-control-allow-origin'] = origin;
  if (cors.allowCredentials) headers['access-control-allow-credentials'] = 'true';
  if (cors.exposedResponseHeaders?.length) {
    headers['access-control-expose-headers'] = cors.exposedResponseHeaders.join(',');
  }
  return headers;
}

function originAllowed(cors: CorsConfig, origin: string): boolean {
  return cors.allowedOrigins.includes('*') || cors.allowedOrigins.includes(origin);
}

/** A CORS preflight's answer headers: only when the origin, the method and every requested header are allowed. */
function preflightHeaders(
  cors: CorsConfig | undefined,
  origin: string,
  request: IncomingHttpHeaders,
): Record<string, string> {
  if (!cors || !originAllowed(cors, origin)) return {};
  const method = (single(request['access-control-request-method']) ?? '').trim().toUpperCase();
  const methods = (cors.allowedMethods ?? []).map((m) => m.toUpperCase());
  if (!methods.includes('*') && !methods.includes(method)) return {};
  const allowedHeaders = (cors.allowedHeaders ?? []).map((h) => h.toLowerCase());
  const asked = (single(request['access-control-request-headers']) ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  if (!allowedHeaders.includes('*') && !asked.every((h) => allowedHeaders.includes(h))) return {};
  const headers: Record<string, string> = {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': (cors.allowedMethods ?? []).join(','),
    'access-control-allow-headers': (cors.allowedHeaders ?? []).join(','),
  };
  if (cors.maxAge !== undefined) headers['access-control-max-age'] = String(cors.maxAge);
  if (cors.allowCredentials) headers['access-control-allow-credentials'] = 'true';
  return headers;
}
