// WeChat subscribe messages (订阅消息) for the notifier: the access token from `POST /cgi-bin/stable_token` (the
// stable token: every caller gets the same one until it expires, so several function instances do not invalidate
// each other's), cached in memory and refreshed 5 minutes early; `POST /cgi-bin/message/subscribe/send`. Errors come
// back as values, not exceptions, each errcode classified here (`sendFailureOf`) into the domain's `PushFailure`:
// the notifier decides on that (shared/domain/notice/delivery.ts) and never sees WeChat's numbers, except to log and
// record them. 40001/42001 (token invalid or expired) refresh the token once, with force_refresh, and send once more.
import type { PushFailure } from '@shared/domain/notice/delivery';
import { z } from 'zod';
import { wechatConfig } from '../config';
import { logger } from '../support/logger';

const TIMEOUT_MS = 5000;
const REFRESH_EARLY_MS = 5 * 60 * 1000;
/** errcode for "WeChat did not answer" (network, timeout, not JSON): treated like -1, system busy. */
export const NO_ANSWER = -1;

/** WeChat's errcodes the notifier's decision depends on (订阅消息 send and stable_token). */
export const WECHAT_ERRCODE = {
  SYSTEM_BUSY: -1,
  ACCESS_TOKEN_INVALID: 40001,
  ACCESS_TOKEN_EXPIRED: 42001,
  USER_REFUSED: 43101,
  QUOTA_REACHED: 45009,
} as const;

/** Token errors: the token is refreshed once (force_refresh) and the send tried once more. */
function isTokenError(errcode: number): boolean {
  return errcode === WECHAT_ERRCODE.ACCESS_TOKEN_INVALID || errcode === WECHAT_ERRCODE.ACCESS_TOKEN_EXPIRED;
}

/**
 * The kind of a WeChat send error: -1 (system busy, or no answer) and 45009 (the API's quota reached for now) are
 * BUSY; 43101 (the user refused, or the one-time authorisation is used up) is DECLINED; anything else — invalid
 * openid 40003, template 40037, data 47003, page 41030, a token still refused after the refresh — is REJECTED.
 */
export function sendFailureOf(errcode: number): PushFailure {
  switch (errcode) {
    case WECHAT_ERRCODE.SYSTEM_BUSY:
    case WECHAT_ERRCODE.QUOTA_REACHED:
      return 'BUSY';
    case WECHAT_ERRCODE.USER_REFUSED:
      return 'DECLINED';
    default:
      return 'REJECTED';
  }
}

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

/** How a send ended: WeChat's msgid, or the kind of failure with WeChat's errcode (for the record only). */
export type SendOutcome = { ok: true; msgid: string } | { ok: false; failure: PushFailure; errcode: number };

const failed = (errcode: number): SendOutcome => ({ ok: false, failure: sendFailureOf(errcode), errcode });

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
  return failed(errcode);
}

/** Sends one subscribe message; an invalid or expired token is refreshed once and the send tried once more. */
export async function sendSubscribeMessage(message: SubscribeMessage): Promise<SendOutcome> {
  const token = await accessToken();
  if (typeof token !== 'string') return failed(token.errcode);
  const first = await sendOnce(message, token);
  if (first.ok || !isTokenError(first.errcode)) return first;
  const fresh = await accessToken(true);
  if (typeof fresh !== 'string') return failed(fresh.errcode);
  return sendOnce(message, fresh);
}
