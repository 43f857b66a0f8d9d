import { type AuthSession, WechatWebLoginRequestSchema } from '@shared/api/auth';
import { webOAuthLogin } from '../adapters/wechat';
import { httpHandler } from '../http/http';
import { parseBody } from '../http/request';
import { startSession, userForWechatLogin } from '../usecases/people/session';
import { rateLimitedLogin } from '../usecases/security/rateLimit';

/** POST /v1/auth/wechat-web — H5 login in the official account: web OAuth code → access_token → our session. */
export const handler = httpHandler(async (event) => {
  const { code } = parseBody(event, WechatWebLoginRequestSchema);
  const login = await rateLimitedLogin(event, 'oa', () => webOAuthLogin(code));
  const now = new Date();
  const user = await userForWechatLogin('oa', login, now);
  const body: AuthSession = await startSession(user, 'h5', now);
  return { body };
});
