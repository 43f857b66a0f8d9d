// The small HTTP server every stand-in is built on: loopback only, JSON bodies up to 1 MB, every request recorded,
// and the admin routes under /__stand-in shared by all stand-ins:
//   GET    /__stand-in/health              → { name, ok: true }
//   GET    /__stand-in/requests[?path=/x]  → { requests: RecordedRequest[] } (oldest first; admin calls not recorded)
//   DELETE /__stand-in/requests            → 204, forget them
//   GET    /__stand-in/faults              → { faults: Fault[] }
//   POST   /__stand-in/faults              → { path, method?, errcode?, errmsg?, status?, times? = 1, delayMs? }: the next
//                                            `times` calls of `path` answer that error (in the service's own format);
//                                            with only `delayMs`, they are answered normally but late.
//                                            Or { action, ...args }: a service-specific action (e.g. expire_tokens).
//   DELETE /__stand-in/faults              → 204, drop pending faults
//   POST   /__stand-in/reset               → 204, forget requests, faults and the service's own state
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The largest request body a stand-in reads (1 MB); bigger bodies get 413. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** How many requests a stand-in remembers; the oldest are dropped first, so a long `npm start` session stays small. */
export const MAX_RECORDED_REQUESTS = 5000;
/** Path prefix of the admin routes. */
export const ADMIN_PREFIX = '/__stand-in';

/** A request as the stand-in received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** The parsed JSON body, the raw text when it is not JSON, or null when there is none. */
  body: unknown;
  time: string;
  /** Answered by an injected fault rather than the service. */
  faulted: boolean;
}

/** An injected fault: the next `times` calls of `path` answer this error. */
export interface Fault {
  path: string;
  method?: string;
  errcode?: number | string;
  errmsg?: string;
  status?: number;
  times: number;
  delayMs?: number;
}

/** What a route handler receives. */
export interface StandInRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** Set when a body was sent but is not valid JSON. */
  bodyError?: 'invalid_json';
}

/** What a route handler answers: JSON, HTML or a redirect. */
export type StandInResponse =
  | { status: number; json: unknown; headers?: Record<string, string> }
  | { status: number; html: string }
  | { status: 301 | 302 | 303 | 307; location: string };

export type RouteHandler = (request: StandInRequest) => StandInResponse | Promise<StandInResponse>;

/** An admin action: returns an error message for bad arguments, or nothing when done. */
export type AdminAction = (args: Record<string, unknown>) => string | undefined;

/** How one stand-in behaves: its routes, its error format, and its extra admin actions and state. */
export interface StandInDefinition {
  name: string;
  /** Keyed `METHOD /path`, e.g. `GET /sns/jscode2session`. */
  routes: Readonly<Record<string, RouteHandler>>;
  faultResponse: (fault: Fault) => StandInResponse;
  notFound: (request: StandInRequest) => StandInResponse;
  actions?: Readonly<Record<string, AdminAction>>;
  reset?: () => void;
  /** Content-Type of JSON answers (WeChat answers `application/json; encoding=utf-8`). */
  jsonContentType?: string;
}

/** Where a stand-in listens. Port 0 picks a free port. */
export interface ListenOptions {
  port?: number;
  host?: string;
}

/** A running stand-in. */
export interface RunningStandIn {
  name: string;
  url: string;
  port: number;
  /** The recorded requests, oldest first (a copy). */
  requests(): RecordedRequest[];
  stop(): Promise<void>;
}

const loopbackHosts = new Set(['127.0.0.1', '::1', 'localhost']);

/** Narrow an unknown JSON value to a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field of an unknown JSON body, or undefined. */
export function stringField(body: unknown, key: string): string | undefined {
  if (!isRecord(body)) return undefined;
  const value = body[key];
  return typeof value === 'string' ? value : undefined;
}

/** A JSON answer. */
export function json(status: number, body: unknown): StandInResponse {
  return { status, json: body };
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function readBody(req: IncomingMessage): Promise<{ text: string; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Keep draining past the limit so the client can read our 413 instead of seeing a reset connection.
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve({ text: tooLarge ? '' : Buffer.concat(chunks).toString('utf8'), tooLarge }));
    req.on('error', reject);
  });
}

function parseBody(text: string): { body: unknown; bodyError?: 'invalid_json' } {
  if (text.trim() === '') return { body: null };
  try {
    const parsed: unknown = JSON.parse(text);
    return { body: parsed };
  } catch {
    return { body: text, bodyError: 'invalid_json' };
  }
}

function send(res: ServerResponse, response: StandInResponse, jsonContentType: string): void {
  if ('location' in response) {
    res.writeHead(response.status, { location: response.location, 'content-length': '0' });
    res.end();
  } else if ('html' in response) {
    res.writeHead(response.status, { 'content-type': 'text/html; charset=utf-8' });
    res.end(response.html);
  } else if (response.status === 204) {
    res.writeHead(204);
    res.end();
  } else {
    res.writeHead(response.status, { 'content-type': jsonContentType, ...response.headers });
    res.end(JSON.stringify(response.json));
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function parseFault(body: unknown): Fault | string {
  if (!isRecord(body)) return 'body must be a JSON object';
  const { path, method, errcode, errmsg, status, times = 1, delayMs } = body;
  if (typeof path !== 'string' || !path.startsWith('/')) {
    return 'path must be an absolute path such as /sns/jscode2session';
  }
  if (errcode !== undefined && typeof errcode !== 'number' && typeof errcode !== 'string') {
    return 'errcode: number or string';
  }
  if (status !== undefined && (typeof status !== 'number' || status < 100 || status > 599)) {
    return 'status: an HTTP status';
  }
  if (typeof times !== 'number' || !Number.isInteger(times) || times < 1) return 'times must be a positive integer';
  if (delayMs !== undefined && (typeof delayMs !== 'number' || delayMs < 0 || delayMs > 60_000)) {
    return 'delayMs: 0–60000';
  }
  if (errcode === undefined && status === undefined && delayMs === undefined) return 'give errcode, status or delayMs';
  return {
    path,
    times,
    ...(typeof method === 'string' ? { method: method.toUpperCase() } : {}),
    ...(errcode !== undefined ? { errcode } : {}),
    ...(typeof errmsg === 'string' ? { errmsg } : {}),
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof delayMs === 'number' ? { delayMs } : {}),
  };
}

/** Start a stand-in on 127.0.0.1 (loopback only) and resolve once it listens; port 0 picks a free port. */
export async function startStandIn(
  definition: StandInDefinition,
  options: ListenOptions = {},
): Promise<RunningStandIn> {
  const host = options.host ?? '127.0.0.1';
  // The stand-ins hand out tokens and record secrets: they must never be reachable from another machine.
  if (!loopbackHosts.has(host)) throw new Error(`stand-in ${definition.name}: refusing to listen on ${host}`);
  const jsonContentType = definition.jsonContentType ?? 'application/json; charset=utf-8';
  const recorded: RecordedRequest[] = [];
  let faults: Fault[] = [];

  const admin = (method: string, path: string, query: URLSearchParams, body: unknown): StandInResponse => {
    const route = `${method} ${path.slice(ADMIN_PREFIX.length)}`;
    if (route === 'GET /health') return json(200, { name: definition.name, ok: true });
    if (route === 'GET /requests') {
      const only = query.get('path');
      return json(200, { requests: only ? recorded.filter((r) => r.path === only) : recorded });
    }
    if (route === 'DELETE /requests') recorded.length = 0;
    else if (route === 'GET /faults') return json(200, { faults });
    else if (route === 'DELETE /faults') faults = [];
    else if (route === 'POST /reset') {
      recorded.length = 0;
      faults = [];
      definition.reset?.();
    } else if (route === 'POST /faults') {
      const action = stringField(body, 'action');
      if (action !== undefined && isRecord(body)) {
        const run = definition.actions?.[action];
        if (!run) {
          return json(400, { error: `unknown action ${action}`, actions: Object.keys(definition.actions ?? {}) });
        }
        const problem = run(body);
        return problem ? json(400, { error: problem }) : json(200, { done: action });
      }
      const fault = parseFault(body);
      if (typeof fault === 'string') return json(400, { error: fault });
      faults.push(fault);
      return json(201, { fault });
    } else return json(404, { error: `no admin route ${route}` });
    return { status: 204, json: null };
  };

  const takeFault = (method: string, path: string): Fault | undefined => {
    const index = faults.findIndex((f) => f.path === path && (f.method === undefined || f.method === method));
    const fault = faults[index];
    if (!fault) return undefined;
    if (fault.times <= 1) faults.splice(index, 1);
    else faults[index] = { ...fault, times: fault.times - 1 };
    return fault;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const method = (req.method ?? 'GET').toUpperCase();
    const { text, tooLarge } = await readBody(req);
    if (tooLarge) {
      return send(res, json(413, { error: 'payload too large', limitBytes: MAX_BODY_BYTES }), jsonContentType);
    }
    const { body, bodyError } = parseBody(text);
    if (url.pathname.startsWith(ADMIN_PREFIX)) {
      return send(res, admin(method, url.pathname, url.searchParams, body), jsonContentType);
    }

    const fault = takeFault(method, url.pathname);
    const answeredByFault = fault !== undefined && (fault.errcode !== undefined || fault.status !== undefined);
    recorded.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: flatHeaders(req.headers),
      body,
      time: new Date().toISOString(),
      faulted: answeredByFault,
    });
    if (recorded.length > MAX_RECORDED_REQUESTS) recorded.splice(0, recorded.length - MAX_RECORDED_REQUESTS);
    if (fault?.delayMs) await delay(fault.delayMs);
    if (fault && answeredByFault) return send(res, definition.faultResponse(fault), jsonContentType);

    const request: StandInRequest = { method, path: url.pathname, query: url.searchParams, headers: req.headers, body };
    if (bodyError) request.bodyError = bodyError;
    const route = definition.routes[`${method} ${url.pathname}`];
    send(res, route ? await route(request) : definition.notFound(request), jsonContentType);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A throw here is a bug in the stand-in itself: say so loudly rather than imitate the service.
      const message = error instanceof Error ? error.message : String(error);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      send(res, json(500, { error: `stand-in ${definition.name} failed`, message }), jsonContentType);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    name: definition.name,
    url: `http://${urlHost}:${port}`,
    port,
    requests: () => [...recorded],
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections (Node's fetch keeps them) would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
