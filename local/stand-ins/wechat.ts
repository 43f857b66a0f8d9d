// Local stand-in for the WeChat server APIs we call, speaking their wire format (developers.weixin.qq.com):
//   GET  /sns/jscode2session?appid&secret&js_code&grant_type=authorization_code   (mini-program code2Session)
//        → { session_key, openid, unionid } | { errcode, errmsg }
//   GET  /connect/oauth2/authorize?appid&redirect_uri&response_type=code&scope&state   (official-account web OAuth)
//        → a chooser page of demo users; with demo_user=<code> → 302 redirect_uri?code=<one-time code>&state=…
//   GET  /sns/oauth2/access_token?appid&secret&code&grant_type=authorization_code
//        → { access_token, expires_in, refresh_token, openid, scope, unionid (snsapi_userinfo only) }
//   POST /cgi-bin/stable_token { grant_type: 'client_credential', appid, secret, force_refresh? }
//        → { access_token, expires_in }
//   POST /cgi-bin/message/subscribe/send?access_token=… { touser, template_id, page?, data, miniprogram_state?, lang? }
//        → { errcode: 0, errmsg: 'ok', msgid }
// Like WeChat, errors come back as HTTP 200 with { errcode, errmsg: '… rid: …' }: match on errcode, never on errmsg.
// Login codes: `demo-<x>` always works (reusable, so a newcomer can log in again and again), `once-<x>` works once
// (then 40163), `invalid` → 40029, `ratelimited` → 45011, `busy` → -1, `blocked` → 40226; anything else → 40029.
// Openids are per app, as on WeChat: `o-demo-x` in the mini-program, `oa-demo-x` in the official account; the
// unionid `u-demo-x` is shared. Admin actions (POST /__stand-in/faults): { action: 'expire_tokens' } makes every
// issued access token answer 42001; { action: 'refuse', openid } / { action: 'accept', openid } toggle 43101.
import { randomBytes } from 'node:crypto';
import { NOTICE_TEMPLATE, type NoticeKind } from '../../shared/domain/notice/templates';
import {
  demoNoticeTemplateIds,
  demoSubscribeTemplates,
  demoWechatApps,
  demoWechatIdentity,
  demoWechatUsers,
  type WechatIdentity,
} from '../seed/demo';
import {
  type Fault,
  isRecord,
  json,
  type ListenOptions,
  type RunningStandIn,
  type StandInDefinition,
  type StandInResponse,
  startStandIn,
  stringField,
} from './server';
import { chooserPage, oauthErrorPage } from './wechat-chooser';
import { keywordProblem } from './wechat-keywords';

/** An app's credentials. */
export interface WechatApp {
  appid: string;
  secret: string;
}

/** How the WeChat stand-in is configured; every field has a demo default. */
export interface WechatStandInOptions {
  miniProgram?: WechatApp;
  officialAccount?: WechatApp;
  /** Lifetime of issued access tokens, seconds (WeChat: 7200). */
  tokenTtlSeconds?: number;
  /** Subscribe templates the mini-program owns: template id → its keyword keys. Empty: any id, keys by prefix. */
  templates?: Readonly<Record<string, readonly string[]>>;
  /** Hosts redirect_uri may point at (WeChat's 网页授权域名); default localhost and 127.0.0.1. */
  allowedRedirectHosts?: readonly string[];
  /** Clock in milliseconds, for tests of expiry. */
  now?: () => number;
}

const errmsgs: Readonly<Record<number, string>> = {
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40002: 'invalid grant_type',
  40003: 'invalid openid',
  40013: 'invalid appid',
  40029: 'invalid code',
  40037: 'invalid template_id',
  40125: 'invalid appsecret',
  40163: 'code been used',
  40226: 'code blocked',
  41001: 'access_token missing',
  41002: 'appid missing',
  41004: 'appsecret missing',
  41008: 'missing code',
  42001: 'access_token expired',
  43101: 'user refuse to accept the msg',
  45009: 'reach max api daily quota limit',
  45011: 'api minute-quota reach limit  mustslower  retry next minute',
  47001: 'data format error',
  47003: 'argument invalid!',
  48001: 'api unauthorized',
};

const specialCodes: Readonly<Record<string, number>> = { invalid: 40029, ratelimited: 45011, busy: -1, blocked: 40226 };
const oauthCodeTtlMs = 5 * 60_000;

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const opaque = () => randomBytes(48).toString('base64url');

/** A WeChat error answer: HTTP 200, errmsg with a request id appended as WeChat does. */
function wx(errcode: number, errmsg = errmsgs[errcode] ?? 'error'): StandInResponse {
  return json(200, { errcode, errmsg: `${errmsg} rid: ${hex(4)}-${hex(4)}-${hex(4)}` });
}

const isAnswer = (value: object): value is StandInResponse => 'status' in value;

interface IssuedToken {
  appid: string;
  expiresAt: number;
  revoked: boolean;
}

/** The WeChat stand-in's behaviour, for startStandIn. */
export function wechatStandIn(options: WechatStandInOptions = {}): StandInDefinition {
  const mp = options.miniProgram ?? demoWechatApps.miniProgram;
  const oa = options.officialAccount ?? demoWechatApps.officialAccount;
  const ttlMs = (options.tokenTtlSeconds ?? 7200) * 1000;
  // WeChat hands out a fresh stable token in the last 5 minutes of the old one's life (both stay valid).
  const refreshMarginMs = Math.min(5 * 60_000, ttlMs / 2);
  const templates =
    options.templates ??
    Object.fromEntries([
      ...Object.values(demoSubscribeTemplates).map((t) => [t.id, Object.keys(t.keywords)] as const),
      ...Object.entries(demoNoticeTemplateIds).map(
        ([kind, id]) => [id, Object.keys(NOTICE_TEMPLATE[kind as NoticeKind])] as const,
      ),
    ]);
  const allowedHosts = options.allowedRedirectHosts ?? ['localhost', '127.0.0.1'];
  const now = options.now ?? Date.now;
  const initiallyRefusing = demoWechatUsers.filter((u) => u.refusesSubscribeMessages).map((u) => u.miniProgramOpenid);

  const tokens = new Map<string, IssuedToken>();
  const latestToken = new Map<string, string>();
  const usedOnceCodes = new Set<string>();
  const oauthCodes = new Map<string, { identity: WechatIdentity; scope: string; expiresAt: number; used: boolean }>();
  let refusing = new Set(initiallyRefusing);
  let msgid = 1_000_000_000;

  const credentials = (appid: unknown, secret: unknown, apps: readonly WechatApp[]): StandInResponse | undefined => {
    if (typeof appid !== 'string' || appid === '') return wx(41002);
    if (typeof secret !== 'string' || secret === '') return wx(41004);
    const app = apps.find((a) => a.appid === appid);
    if (!app) return wx(40013);
    return app.secret === secret ? undefined : wx(40125);
  };

  const redeemLoginCode = (code: string | null): WechatIdentity | StandInResponse => {
    if (!code) return wx(41008);
    const special = specialCodes[code];
    if (special !== undefined) return wx(special);
    const identity = demoWechatIdentity(code);
    if (!identity) return wx(40029);
    if (code.startsWith('once-')) {
      if (usedOnceCodes.has(code)) return wx(40163);
      usedOnceCodes.add(code);
    }
    return identity;
  };

  const validToken = (token: string | null): IssuedToken | StandInResponse => {
    if (!token) return wx(41001);
    const issued = tokens.get(token);
    if (!issued || issued.revoked) return wx(40001);
    return issued.expiresAt <= now() ? wx(42001) : issued;
  };

  const authorize = (query: URLSearchParams): StandInResponse => {
    if (query.get('appid') !== oa.appid) {
      return { status: 400, html: oauthErrorPage('appid 参数错误：不是本公众号的 AppID') };
    }
    if (query.get('response_type') !== 'code') return { status: 400, html: oauthErrorPage('response_type 应为 code') };
    const scope = query.get('scope');
    if (scope !== 'snsapi_base' && scope !== 'snsapi_userinfo') {
      return { status: 400, html: oauthErrorPage('10005：scope 参数错误或没有 scope 权限') };
    }
    let redirect: URL;
    try {
      redirect = new URL(query.get('redirect_uri') ?? '');
    } catch {
      return { status: 400, html: oauthErrorPage('redirect_uri 参数错误') };
    }
    if (!/^https?:$/.test(redirect.protocol) || !allowedHosts.includes(redirect.hostname)) {
      return { status: 400, html: oauthErrorPage('10003：redirect_uri 域名与后台配置不一致') };
    }
    const chosen = query.get('demo_user');
    if (!chosen) return { status: 200, html: chooserPage(query, demoWechatUsers) };
    const identity = demoWechatIdentity(chosen);
    if (!identity) return { status: 400, html: oauthErrorPage('demo_user 应为 demo-… 或 once-… 形式的代码') };
    const code = `oc-${hex(16)}`;
    oauthCodes.set(code, { identity, scope, expiresAt: now() + oauthCodeTtlMs, used: false });
    redirect.searchParams.set('code', code);
    redirect.searchParams.set('state', query.get('state') ?? '');
    return { status: 302, location: redirect.toString() };
  };

  const webAccessToken = (query: URLSearchParams): StandInResponse => {
    const refused = credentials(query.get('appid'), query.get('secret'), [oa]);
    if (refused) return refused;
    if (query.get('grant_type') !== 'authorization_code') return wx(40002);
    const code = query.get('code');
    const issued = code ? oauthCodes.get(code) : undefined;
    let identity: WechatIdentity;
    let scope = 'snsapi_userinfo';
    if (issued) {
      // Codes from the authorize redirect are WeChat's: single use, 5 minutes.
      if (issued.used) return wx(40163);
      if (issued.expiresAt <= now()) return wx(40029);
      issued.used = true;
      identity = issued.identity;
      scope = issued.scope;
    } else {
      // A demo code given directly acts as a consented snsapi_userinfo login, so tests can skip the browser.
      const redeemed = redeemLoginCode(code);
      if (isAnswer(redeemed)) return redeemed;
      identity = redeemed;
    }
    return json(200, {
      access_token: opaque(),
      expires_in: 7200,
      refresh_token: opaque(),
      openid: identity.officialAccountOpenid,
      scope,
      // Per the current docs, unionid comes back only for snsapi_userinfo.
      ...(scope === 'snsapi_userinfo' ? { unionid: identity.unionid } : {}),
    });
  };

  const stableToken = (body: unknown, badJson: boolean): StandInResponse => {
    if (badJson || !isRecord(body)) return wx(47001);
    if (body.grant_type !== 'client_credential') return wx(40002);
    const refused = credentials(body.appid, body.secret, [mp, oa]);
    if (refused) return refused;
    const appid = String(body.appid);
    const at = now();
    const currentToken = latestToken.get(appid);
    const current = currentToken ? tokens.get(currentToken) : undefined;
    if (currentToken && current && body.force_refresh !== true && !current.revoked) {
      if (current.expiresAt - at > refreshMarginMs) {
        return json(200, { access_token: currentToken, expires_in: Math.floor((current.expiresAt - at) / 1000) });
      }
    }
    // Force refresh invalidates the previous token at once (it then answers 40001).
    if (current && body.force_refresh === true) current.revoked = true;
    const token = opaque();
    tokens.set(token, { appid, expiresAt: at + ttlMs, revoked: false });
    latestToken.set(appid, token);
    return json(200, { access_token: token, expires_in: Math.floor(ttlMs / 1000) });
  };

  const subscribeSend = (query: URLSearchParams, body: unknown, badJson: boolean): StandInResponse => {
    const issued = validToken(query.get('access_token'));
    if (isAnswer(issued)) return issued;
    if (issued.appid !== mp.appid) return wx(48001);
    if (badJson || !isRecord(body)) return wx(47001);
    const touser = stringField(body, 'touser');
    // Mini-program openids here start with `o-`; an official-account openid (`oa-`) is not valid for this app.
    if (!touser?.startsWith('o-')) return wx(40003);
    const templateId = stringField(body, 'template_id');
    const keys = templateId ? templates[templateId] : undefined;
    if (!templateId || (Object.keys(templates).length > 0 && !keys)) return wx(40037);
    const data = body.data;
    if (!isRecord(data)) return wx(47003, 'argument invalid! data is empty');
    for (const key of keys ?? Object.keys(data)) {
      const problem = keywordProblem(key, data[key]);
      if (problem) return wx(47003, `argument invalid! ${problem}`);
    }
    if (refusing.has(touser)) return wx(43101);
    msgid += 1;
    return json(200, { errcode: 0, errmsg: 'ok', msgid });
  };

  const openidArg = (args: Record<string, unknown>) => stringField(args, 'openid');

  return {
    name: 'wechat',
    jsonContentType: 'application/json; encoding=utf-8',
    routes: {
      'GET /sns/jscode2session': ({ query }) => {
        const refused = credentials(query.get('appid'), query.get('secret'), [mp]);
        if (refused) return refused;
        if (query.get('grant_type') !== 'authorization_code') return wx(40002);
        const identity = redeemLoginCode(query.get('js_code'));
        if (isAnswer(identity)) return identity;
        const sessionKey = randomBytes(16).toString('base64');
        return json(200, { session_key: sessionKey, openid: identity.miniProgramOpenid, unionid: identity.unionid });
      },
      'GET /connect/oauth2/authorize': ({ query }) => authorize(query),
      'GET /sns/oauth2/access_token': ({ query }) => webAccessToken(query),
      'POST /cgi-bin/stable_token': ({ body, bodyError }) => stableToken(body, bodyError !== undefined),
      'POST /cgi-bin/message/subscribe/send': ({ query, body, bodyError }) =>
        subscribeSend(query, body, bodyError !== undefined),
    },
    faultResponse: (fault: Fault) => {
      const errcode = Number(fault.errcode ?? -1);
      const answer = wx(Number.isFinite(errcode) ? errcode : -1, fault.errmsg);
      return 'json' in answer ? { ...answer, status: fault.status ?? 200 } : answer;
    },
    notFound: ({ method, path }) =>
      json(404, { errcode: 40066, errmsg: `invalid url: the stand-in has no ${method} ${path}` }),
    actions: {
      expire_tokens: () => {
        for (const token of tokens.values()) token.expiresAt = Math.min(token.expiresAt, now() - 1);
        return undefined;
      },
      refuse: (args) => {
        const openid = openidArg(args);
        if (!openid) return 'openid is required';
        refusing.add(openid);
        return undefined;
      },
      accept: (args) => {
        const openid = openidArg(args);
        if (!openid) return 'openid is required';
        refusing.delete(openid);
        return undefined;
      },
    },
    reset: () => {
      tokens.clear();
      latestToken.clear();
      usedOnceCodes.clear();
      oauthCodes.clear();
      refusing = new Set(initiallyRefusing);
    },
  };
}

/** Start the WeChat stand-in (loopback only; port 0 picks a free port). */
export function startWechatStandIn(
  options: WechatStandInOptions = {},
  listen: ListenOptions = {},
): Promise<RunningStandIn> {
  return startStandIn(wechatStandIn(options), listen);
}
