// Client of WeChat's server APIs for login (developers.weixin.qq.com): mini-program code2Session and the official
// account's web OAuth (网页授权) access_token. WeChat answers errors as HTTP 200 with { errcode, errmsg }; they are
// turned into AppErrors here, matched on errcode (errmsg carries a request id and changes). The session_key and
// WeChat's own tokens are dropped here: nothing outside this module ever sees them.
import { ErrorCode } from '@shared/api/errors';
import { z } from 'zod';
import { type WechatApp, wechatConfig } from '../config';
import {
  type AppError,
  BadRequestError,
  DependencyUnavailableError,
  ForbiddenError,
  TooManyRequestsError,
} from '../support/errors';
import { logger } from '../support/logger';

const TIMEOUT_MS = 5000;

/** Who WeChat says logged in: the openid in this app and, when WeChat gives it, the unionid across our apps. */
export type WechatLogin = { openid: string; unionid?: string };

const ErrorAnswerSchema = z.object({ errcode: z.number(), errmsg: z.string().optional() });
const Code2SessionSchema = z.object({
  openid: z.string().min(1),
  session_key: z.string().min(1),
  unionid: z.string().min(1).optional(),
});
const WebAccessTokenSchema = z.object({
  openid: z.string().min(1),
  access_token: z.string().min(1),
  scope: z.string(),
  unionid: z.string().min(1).optional(),
});

const BUSY_MESSAGE = '微信服务繁忙，请稍后再试';

/** The AppError for a WeChat errcode: the caller's code is bad (400), too fast (429), blocked (403), WeChat busy (503). */
export function wechatError(errcode: number, api: string): AppError {
  switch (errcode) {
    case 40029: // invalid code
    case 40163: // code been used
    case 41008: // missing code
      return new BadRequestError(ErrorCode.WECHAT_CODE_INVALID, '微信登录凭证无效或已使用，请重新打开页面登录');
    case 45011: // api minute-quota reach limit
      return new TooManyRequestsError(ErrorCode.WECHAT_RATE_LIMITED, '登录请求太频繁了，请休息一分钟后再试');
    case 40226: // high-risk user blocked by WeChat
      return new ForbiddenError(
        '您的微信账号暂时无法登录本服务，请在微信中完成安全验证后再试',
        ErrorCode.WECHAT_USER_BLOCKED,
      );
    case -1: // system busy
      return new DependencyUnavailableError(BUSY_MESSAGE);
    default:
      // Anything else (invalid appid/secret, grant_type, unauthorised api) is our configuration, not the user.
      logger.error('WeChat refused a login call', { api, errcode });
      return new DependencyUnavailableError('微信登录服务暂时不可用，请稍后再试');
  }
}

async function callWechat(api: string, query: Record<string, string>): Promise<unknown> {
  const url = new URL(api, wechatConfig().apiBase);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    logger.warn('WeChat did not answer', { api, errorName: error instanceof Error ? error.name : 'Unknown' });
    throw new DependencyUnavailableError(BUSY_MESSAGE, error);
  }
  const body: unknown = await response.json().catch(() => undefined);
  const failure = ErrorAnswerSchema.safeParse(body);
  if (failure.success && failure.data.errcode !== 0) {
    logger.info('WeChat answered an error', { api, errcode: failure.data.errcode });
    throw wechatError(failure.data.errcode, api);
  }
  if (!response.ok || body === undefined) {
    logger.warn('WeChat answered unexpectedly', { api, status: response.status });
    throw new DependencyUnavailableError(BUSY_MESSAGE);
  }
  return body;
}

function parseAnswer<S extends z.ZodType>(schema: S, body: unknown, api: string): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    logger.warn('WeChat answer has an unexpected shape', { api });
    throw new DependencyUnavailableError(BUSY_MESSAGE);
  }
  return parsed.data;
}

const credentials = (app: WechatApp) => ({ appid: app.appid, secret: app.secret });

/** 小程序登录 code2Session: a `wx.login` code → the user's openid (and unionid); the session_key is discarded. */
export async function code2Session(code: string): Promise<WechatLogin> {
  const api = '/sns/jscode2session';
  const body = await callWechat(api, {
    ...credentials(wechatConfig().miniProgram),
    js_code: code,
    grant_type: 'authorization_code',
  });
  const { openid, unionid } = parseAnswer(Code2SessionSchema, body, api);
  return unionid ? { openid, unionid } : { openid };
}

/** 网页授权: the OAuth redirect's code → the user's openid in the official account (and unionid for snsapi_userinfo). */
export async function webOAuthLogin(code: string): Promise<WechatLogin> {
  const api = '/sns/oauth2/access_token';
  const body = await callWechat(api, {
    ...credentials(wechatConfig().officialAccount),
    code,
    grant_type: 'authorization_code',
  });
  const { openid, unionid } = parseAnswer(WebAccessTokenSchema, body, api);
  return unionid ? { openid, unionid } : { openid };
}
