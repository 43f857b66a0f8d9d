import { createIdempotencyKey } from '../../../lib/api/client';
import { isString, readStored, removeStored, StorageKey, writeStored } from '../../../lib/storage';

/**
 * 网页授权 (H5 in the official account): WeChat's authorize page, fixed at build time like the API origin —
 * `TARO_APP_WECHAT_OAUTH_URL` (https://open.weixin.qq.com/connect/oauth2/authorize in the cloud; the local stand-in's
 * by default) and the official account's `TARO_APP_WECHAT_WEB_APPID`.
 */
const AUTHORIZE_URL = process.env.TARO_APP_WECHAT_OAUTH_URL ?? '';
const WEB_APPID = process.env.TARO_APP_WECHAT_WEB_APPID ?? '';

/** Leaves for WeChat's authorize page; WeChat comes back to the login page with `?code=…&state=…`. */
export function startWebOAuth(): void {
  const state = createIdempotencyKey().replace(/-/g, '').slice(0, 32);
  writeStored(StorageKey.oauthState, state);
  const back = `${window.location.origin}${window.location.pathname}#/packages/entry/login/index`;
  const query = new URLSearchParams({
    appid: WEB_APPID,
    redirect_uri: back,
    response_type: 'code',
    scope: 'snsapi_base',
    state,
  });
  window.location.assign(`${AUTHORIZE_URL}?${query.toString()}#wechat_redirect`);
}

/** The code WeChat came back with, once, if its `state` is the one we sent (else none: a forged or stale link). */
export function takeWebOAuthCode(): string | undefined {
  const query = new URLSearchParams(window.location.search);
  const code = query.get('code');
  const state = query.get('state');
  if (!code) return undefined;
  // The code is single-use: take it out of the address bar so a reload does not spend it twice.
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
  const expected = readStored(StorageKey.oauthState, isString);
  removeStored(StorageKey.oauthState);
  return expected && state === expected ? code : undefined;
}
