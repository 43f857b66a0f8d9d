// WeChat subscribe messages (订阅消息) for the notifier: the access token from `POST /cgi-bin/stable_token` (the
// stable token: every caller gets the same one until it expires, so several function instances do not invalidate
// each other's), cached in memory and refreshed 5 minutes early; `POST /cgi-bin/message/subscribe/send`. Errors come
// back as values (errcode), not exceptions: the notifier decides per errcode (43101 inbox only, 45009/-1 retry).
// 40001/42001 (token invalid or expired) refresh the token once, with force_refresh, and send once more.
import { z } from 'zod';
import { wechatConfig } from '../config';
import { logger } from '../lib/logger';

const TIMEOUT_MS = 5000;
const REFRESH_EARLY_MS = 5 * 60 * 1000;
/** errcode for "WeChat did not answer" (network, timeout, not JSON): treated like -1, system busy. */
export const NO_ANSWER = -1;

const TokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.number().int().positive() });
const AnswerSchema = z.object({ errcode: z.number().int().optional(), errmsg: z.string().optional() });

let cached: { token: string; refreshAt: number } | undefined;

async function post(path: string, body: unknown, query: Record<string, string> = {}): Promise<unknown> {
  const url = new URL(path, wechatConfig().apiBase);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return await response.json();
  } catch (error) {
    logger.warn('WeChat did not answer', { path, errorName: error instanceof Error ? error.name : 'Unknown' });
    return { errcode: NO_ANSWER };
  }
}

/** The mini-program's access token (cached; `force` asks WeChat for a new one). */
export async function accessToken(force = false, now = Date.now()): Promise<string | { errcode: number }> {
  if (!force && cached && now < cached.refreshAt) return cached.token;
  const { appid, secret } = wechatConfig().miniProgram;
  const body = await post('/cgi-bin/stable_token', {
    grant_type: 'client_credential',
    appid,
    secret,
    ...(force ? { force_refresh: true } : {}),
  });
  const token = TokenSchema.safeParse(body);
  if (!token.success) {
    const errcode = AnswerSchema.safeParse(body).data?.errcode ?? NO_ANSWER;
    logger.warn('WeChat refused an access token', { errcode });
    return { errcode };
  }
  cached = { token: token.data.access_token, refreshAt: now + token.data.expires_in * 1000 - REFRESH_EARLY_MS };
  return cached.token;
}

/** One subscribe message to send. */
export type SubscribeMessage = {
  touser: string;
  templateId: string;
  page?: string;
  data: Readonly<Record<string, string>>;
};

/** How a send ended: WeChat's msgid, or its errcode. */
export type SendOutcome = { ok: true; msgid: string } | { ok: false; errcode: number };

async function sendOnce(message: SubscribeMessage, token: string): Promise<SendOutcome> {
  const body = await post(
    '/cgi-bin/message/subscribe/send',
    {
      touser: message.touser,
      template_id: message.templateId,
      ...(message.page ? { page: message.page } : {}),
      data: Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, { value }])),
      miniprogram_state: 'formal',
      lang: 'zh_CN',
    },
    { access_token: token },
  );
  const answer = AnswerSchema.safeParse(body);
  const errcode = answer.success ? (answer.data.errcode ?? 0) : NO_ANSWER;
  if (errcode === 0) return { ok: true, msgid: String((body as { msgid?: unknown }).msgid ?? '') };
  return { ok: false, errcode };
}

/** Sends one subscribe message; an invalid or expired token is refreshed once and the send tried once more. */
export async function sendSubscribeMessage(message: SubscribeMessage): Promise<SendOutcome> {
  const token = await accessToken();
  if (typeof token !== 'string') return { ok: false, errcode: token.errcode };
  const first = await sendOnce(message, token);
  if (first.ok || (first.errcode !== 40001 && first.errcode !== 42001)) return first;
  const fresh = await accessToken(true);
  if (typeof fresh !== 'string') return { ok: false, errcode: fresh.errcode };
  return sendOnce(message, fresh);
}
