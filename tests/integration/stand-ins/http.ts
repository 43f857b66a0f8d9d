// Plain HTTP helpers for the stand-in tests: real requests with Node's fetch, JSON in and out.

/** A JSON answer: status, parsed body (or text when not JSON) and headers. */
export interface Answer {
  status: number;
  body: Record<string, unknown>;
  text: string;
  headers: Headers;
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (an HTML page, an empty redirect): callers read `text`.
  }
  return { status: response.status, body, text, headers: response.headers };
}

/** GET a URL without following redirects. */
export async function get(url: string): Promise<Answer> {
  return answer(await fetch(url, { redirect: 'manual' }));
}

/** POST a JSON body (or a raw string sent as is). */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  return answer(
    await fetch(url, { method: 'POST', body: payload, headers: { 'content-type': 'application/json', ...headers } }),
  );
}

/** DELETE a URL. */
export async function del(url: string): Promise<Answer> {
  return answer(await fetch(url, { method: 'DELETE' }));
}

/** The recorded requests of a stand-in, optionally only those to `path`. */
export async function recorded(base: string, path?: string): Promise<Record<string, unknown>[]> {
  const { body } = await get(`${base}/__stand-in/requests${path ? `?path=${encodeURIComponent(path)}` : ''}`);
  return Array.isArray(body.requests) ? (body.requests as Record<string, unknown>[]) : [];
}

/** Inject a fault (or run an admin action) on a stand-in. */
export async function fault(base: string, spec: Record<string, unknown>): Promise<Answer> {
  return post(`${base}/__stand-in/faults`, spec);
}
