import { z } from 'zod';

/** A WeChat login code (`wx.login` or the web OAuth redirect): short-lived, single use, never stored. */
const WechatCodeSchema = z
  .string({ error: '缺少微信登录凭证，请重新进入小程序' })
  .trim()
  .regex(/^[\w-]{1,128}$/, { error: '微信登录凭证格式不正确，请重新进入小程序' });

/** `POST /v1/auth/wechat` — mini-program login: the `code` of `wx.login()`. */
export const WechatLoginRequestSchema = z.object({ code: WechatCodeSchema });

/** `POST /v1/auth/wechat-web` — H5 login in the official account: the `code` of the web OAuth redirect (网页授权). */
export const WechatWebLoginRequestSchema = z.object({ code: WechatCodeSchema });

/** `POST /v1/auth/refresh` — trade a refresh token for a new session; the old refresh token stops working. */
export const RefreshRequestSchema = z.object({
  refreshToken: z
    .string({ error: '缺少刷新凭证，请重新登录' })
    .trim()
    .min(1, { error: '缺少刷新凭证，请重新登录' })
    .max(512, { error: '刷新凭证格式不正确，请重新登录' }),
});

/**
 * Our own session (never WeChat's): a short-lived bearer token for `Authorization: Bearer …` and an opaque refresh
 * token for `POST /v1/auth/refresh`. Keep the refresh token in local storage only; each refresh replaces it.
 */
export const AuthSessionSchema = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int().positive(),
  refreshToken: z.string(),
  /** Seconds until the refresh token expires unless used first. */
  refreshExpiresIn: z.number().int().positive(),
  userId: z.string(),
  /** Whether this WeChat user is real-name bound (实名绑定); unbound users can only bind. */
  bound: z.boolean(),
});

export type WechatLoginRequest = z.infer<typeof WechatLoginRequestSchema>;
export type WechatWebLoginRequest = z.infer<typeof WechatWebLoginRequestSchema>;
export type RefreshRequest = z.infer<typeof RefreshRequestSchema>;
export type AuthSession = z.infer<typeof AuthSessionSchema>;
