// Response headers of every browser-facing host of ours: the H5 app (local/h5.ts) and, later, the staff console.
import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy of a Taro H5 build (checked against dist/h5: its JS and CSS, and headless Chromium):
 * - script-src 'self': the bundles only; the one inline script (Taro's rem script in index.html) is allowed by its
 *   hash (`securityHeadersFor`). No 'unsafe-eval': zod probes `new Function('')` once, in a try/catch, and falls
 *   back to its interpreter when it is refused (one harmless violation report on h5; app.tsx sets jitless on weapp).
 * - style-src 'unsafe-inline': Taro's runtime and the app bundle insert `<style>` elements at run time (under
 *   `style-src 'self'` Chromium blocks nine of them and the page loses its styles).
 * - img-src data: blob: — NutUI's icons are data: SVGs, a chosen photo is previewed from a blob: URL, a signature
 *   canvas is a data: URL.
 * - connect-src 'self' blob: data: — the API is same-origin (/v1, forwarded by the host); Taro's H5 upload reads
 *   the chosen photo (blob:) or the signature canvas (data:) with XHR before sending it. The storage origin that
 *   presigned uploads and downloads go to is added per host (`withStorageOrigin`).
 * - form-action 'self': no form posts anywhere else. WeChat web OAuth (网页授权) is a top-level navigation to
 *   open.weixin.qq.com (locally the stand-in), which CSP does not restrict; it comes back to this origin.
 * - frame-ancestors 'none' (and X-Frame-Options below for old browsers): nobody may frame the app.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'blob:', 'data:'],
  'media-src': ["'self'", 'blob:'],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Serialises CSP directives in their listed order. */
export function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * The headers every answer of a browser-facing host carries (pages, assets, errors, forwarded API answers).
 * Permissions-Policy: the camera for this origin only (applicants photograph their documents); everything else off.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': serializeCsp(CSP_DIRECTIVES),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': [
    'camera=(self)',
    'microphone=()',
    'geolocation=()',
    'payment=()',
    'usb=()',
    'serial=()',
    'hid=()',
    'midi=()',
    'accelerometer=()',
    'gyroscope=()',
    'magnetometer=()',
    'display-capture=()',
    'publickey-credentials-get=()',
    'browsing-topics=()',
  ].join(', '),
  'cross-origin-opener-policy': 'same-origin',
};

/** The `'sha256-…'` source of each inline `<script>` (one without `src`) in an HTML page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\ssrc\s*=/i.test(attributes) || body === '') continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** CSP directives with extra sources added to some of them (no duplicates). */
export function extendCsp(
  directives: Readonly<Record<string, readonly string[]>>,
  extra: Readonly<Record<string, readonly string[]>>,
): Record<string, readonly string[]> {
  const result: Record<string, readonly string[]> = { ...directives };
  for (const [name, sources] of Object.entries(extra)) {
    result[name] = [...new Set([...(result[name] ?? []), ...sources])];
  }
  return result;
}

/**
 * SECURITY_HEADERS for a host whose page has inline scripts (allowed by hash) and whose files live on another origin
 * (the S3 bucket presigned uploads go to and downloads come from).
 */
export function securityHeadersFor(opts: {
  inlineScripts?: readonly string[];
  storageOrigin?: string;
}): Record<string, string> {
  const extra: Record<string, readonly string[]> = { 'script-src': opts.inlineScripts ?? [] };
  if (opts.storageOrigin) {
    extra['connect-src'] = [opts.storageOrigin];
    extra['img-src'] = [opts.storageOrigin];
  }
  return { ...SECURITY_HEADERS, 'content-security-policy': serializeCsp(extendCsp(CSP_DIRECTIVES, extra)) };
}
