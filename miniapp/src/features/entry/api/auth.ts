import { AuthSessionSchema, WechatLoginRequestSchema, WechatWebLoginRequestSchema } from '@shared/api/auth';
import { endpoint } from '../../../lib/api/endpoint';

/** `POST /v1/auth/wechat` — mini-program login with the code of `wx.login()`. */
export const postAuthWechat = endpoint('postAuthWechat', {
  method: 'POST',
  path: '/v1/auth/wechat',
  auth: false,
  body: WechatLoginRequestSchema,
  response: AuthSessionSchema,
});

/** `POST /v1/auth/wechat-web` — H5 login with the code of the web OAuth redirect (网页授权). */
export const postAuthWechatWeb = endpoint('postAuthWechatWeb', {
  method: 'POST',
  path: '/v1/auth/wechat-web',
  auth: false,
  body: WechatWebLoginRequestSchema,
  response: AuthSessionSchema,
});
