import { type AuthSession, WechatLoginRequestSchema } from '@shared/api/auth';
import { code2Session } from '../adapters/wechat';
import { httpHandler } from '../http/http';
import { parseBody } from '../http/request';
import { startSession, userForWechatLogin } from '../usecases/people/session';
import { rateLimitedLogin } from '../usecases/security/rateLimit';

/** POST /v1/auth/wechat — mini-program login: `wx.login` code → code2Session → our session (new users unbound). */
export const handler = httpHandler(async (event) => {
  const { code } = parseBody(event, WechatLoginRequestSchema);
  const login = await rateLimitedLogin(event, 'mp', () => code2Session(code));
  const now = new Date();
  const user = await userForWechatLogin('mp', login, now);
  const body: AuthSession = await startSession(user, 'mp', now);
  return { body };
});
