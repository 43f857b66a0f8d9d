import type { AuthSession } from '@shared/api/auth';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { callEndpoint } from '../../../lib/api/client';
import { type ApiError, toApiError } from '../../../lib/api/errors';
import { navigate } from '../../../lib/navigate';
import { saveSession, takeReturnTo } from '../../../lib/session/session';
import { postAuthWechat, postAuthWechatWeb } from '../api/auth';
import { startWebOAuth, takeWebOAuthCode } from '../api/web-oauth';

const isH5 = process.env.TARO_ENV === 'h5';

/** After login: an unbound user binds first; then back to the remembered page (or home). */
function continueAfterLogin(session: AuthSession): void {
  const returnTo = takeReturnTo();
  if (!session.bound) void navigate.restart('binding', returnTo ? { returnTo } : {});
  else void navigate.toRemembered(returnTo);
}

/**
 * Login: weapp — `Taro.login()` and its code to `POST /v1/auth/wechat`; H5 — off to WeChat's authorize page, and
 * on the way back the code to `POST /v1/auth/wechat-web`. One attempt at a time.
 */
export function useLogin() {
  const [state, setState] = useState<{ busy: boolean; error?: ApiError }>({ busy: false });
  const busy = useRef(false);

  const exchange = useCallback(async (getSession: () => Promise<AuthSession>) => {
    busy.current = true;
    setState({ busy: true });
    try {
      const session = await getSession();
      saveSession(session);
      continueAfterLogin(session);
    } catch (error) {
      setState({ busy: false, error: toApiError(error) });
    } finally {
      busy.current = false;
    }
  }, []);

  // H5: back from WeChat's authorize page with a code.
  useEffect(() => {
    if (!isH5) return;
    const code = takeWebOAuthCode();
    if (code) void exchange(() => callEndpoint(postAuthWechatWeb, { body: { code } }));
  }, [exchange]);

  const login = useCallback(() => {
    if (busy.current) return;
    if (isH5) {
      busy.current = true;
      setState({ busy: true });
      startWebOAuth();
      return;
    }
    void exchange(async () => {
      const { code } = await Taro.login();
      return callEndpoint(postAuthWechat, { body: { code } });
    });
  }, [exchange]);

  return { login, ...state };
}
