import { demoWechatApps } from '../../../local/seed/demo';
import type { RunningStandIn } from '../../../local/stand-ins/server';
import { startWechatStandIn } from '../../../local/stand-ins/wechat';
import { get, post, recorded } from './http';

const mp = demoWechatApps.miniProgram;
const oa = demoWechatApps.officialAccount;
let clock = Date.now();
let wechat: RunningStandIn;

beforeAll(async () => {
  wechat = await startWechatStandIn({ now: () => clock }, { port: 0 });
});
afterAll(() => wechat.stop());
beforeEach(async () => {
  clock = Date.now();
  await post(`${wechat.url}/__stand-in/reset`, {});
});

const code2Session = (jsCode: string, overrides: Record<string, string> = {}) => {
  const query = new URLSearchParams({
    appid: mp.appid,
    secret: mp.secret,
    js_code: jsCode,
    grant_type: 'authorization_code',
    ...overrides,
  });
  return get(`${wechat.url}/sns/jscode2session?${query}`);
};

const authorizeQuery = (extra: Record<string, string> = {}) =>
  new URLSearchParams({
    appid: oa.appid,
    redirect_uri: 'http://127.0.0.1:10086/#/pages/login/index',
    response_type: 'code',
    scope: 'snsapi_userinfo',
    state: 'from-h5',
    ...extra,
  });

const webToken = (code: string, overrides: Record<string, string> = {}) => {
  const query = new URLSearchParams({
    appid: oa.appid,
    secret: oa.secret,
    code,
    grant_type: 'authorization_code',
    ...overrides,
  });
  return get(`${wechat.url}/sns/oauth2/access_token?${query}`);
};

describe('WeChat stand-in — code2Session (GET /sns/jscode2session)', () => {
  it('answers a demo code with the fixed openid, unionid and a session key, as often as asked', async () => {
    const first = await code2Session('demo-retiree');
    const again = await code2Session('demo-retiree');

    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json; encoding=utf-8');
    expect(first.body).toEqual({
      openid: 'o-demo-retiree',
      unionid: 'u-demo-retiree',
      session_key: expect.any(String),
    });
    expect(Buffer.from(String(first.body.session_key), 'base64')).toHaveLength(16);
    expect(again.body.openid).toBe('o-demo-retiree');
  });

  it('derives a new user from any other demo- code', async () => {
    const { body } = await code2Session('demo-first-visit');
    expect(body).toMatchObject({ openid: 'o-demo-first-visit', unionid: 'u-demo-first-visit' });
  });

  it('lets a once- code log in once, then answers 40163 code been used', async () => {
    expect((await code2Session('once-7')).body.openid).toBe('o-once-7');
    const second = await code2Session('once-7');
    expect(second.status).toBe(200);
    expect(second.body.errcode).toBe(40163);
    expect(String(second.body.errmsg)).toMatch(/^code been used rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/);
  });

  it.each([
    ['invalid', 40029],
    ['ratelimited', 45011],
    ['busy', -1],
    ['blocked', 40226],
    ['not-a-demo-code', 40029],
  ])('answers the code %s with errcode %i', async (jsCode, errcode) => {
    const { status, body } = await code2Session(jsCode);
    expect(status).toBe(200);
    expect(body.errcode).toBe(errcode);
    expect(body.openid).toBeUndefined();
  });

  it.each([
    ['a wrong secret', { secret: 'nope' }, 40125],
    ['an unknown appid', { appid: 'wx0000000000000000' }, 40013],
    ["the official account's appid", { appid: oa.appid, secret: oa.secret }, 40013],
    ['a wrong grant_type', { grant_type: 'client_credential' }, 40002],
    ['no js_code', { js_code: '' }, 41008],
  ])('refuses %s', async (_what, overrides, errcode) => {
    expect((await code2Session('demo-retiree', overrides)).body.errcode).toBe(errcode);
  });

  it('records each call with its query', async () => {
    await code2Session('demo-student');
    const [call] = await recorded(wechat.url, '/sns/jscode2session');
    expect(call).toMatchObject({ method: 'GET', query: { js_code: 'demo-student', appid: mp.appid }, faulted: false });
  });
});

describe('WeChat stand-in — web OAuth (GET /connect/oauth2/authorize, /sns/oauth2/access_token)', () => {
  it('shows a chooser of the demo users that keeps the request parameters', async () => {
    const { status, text, headers } = await get(`${wechat.url}/connect/oauth2/authorize?${authorizeQuery()}`);

    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('text/html');
    expect(text).toContain('王秀兰');
    expect(text).toContain('demo_user=demo-retiree');
    expect(text).toContain('state=from-h5');
  });

  it('redirects a chosen user back with a one-time code and the state, before the hash as WeChat does', async () => {
    const { status, headers } = await get(
      `${wechat.url}/connect/oauth2/authorize?${authorizeQuery({ demo_user: 'demo-retiree' })}`,
    );

    expect(status).toBe(302);
    const location = new URL(headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe('http://127.0.0.1:10086/');
    expect(location.hash).toBe('#/pages/login/index');
    expect(location.searchParams.get('state')).toBe('from-h5');
    const code = location.searchParams.get('code') ?? '';
    expect(code).toMatch(/^oc-[0-9a-f]{32}$/);

    const token = await webToken(code);
    expect(token.body).toEqual({
      access_token: expect.any(String),
      expires_in: 7200,
      refresh_token: expect.any(String),
      openid: 'oa-demo-retiree',
      scope: 'snsapi_userinfo',
      unionid: 'u-demo-retiree',
    });
    expect((await webToken(code)).body.errcode).toBe(40163);
  });

  it('leaves unionid out for snsapi_base', async () => {
    const query = authorizeQuery({ scope: 'snsapi_base', demo_user: 'demo-worker' });
    const location = new URL(
      (await get(`${wechat.url}/connect/oauth2/authorize?${query}`)).headers.get('location') ?? '',
    );
    const { body } = await webToken(location.searchParams.get('code') ?? '');
    expect(body).toMatchObject({ openid: 'oa-demo-worker', scope: 'snsapi_base' });
    expect(body.unionid).toBeUndefined();
  });

  it('expires an unused OAuth code after 5 minutes', async () => {
    const query = authorizeQuery({ demo_user: 'demo-student' });
    const location = new URL(
      (await get(`${wechat.url}/connect/oauth2/authorize?${query}`)).headers.get('location') ?? '',
    );
    clock += 5 * 60_000 + 1;
    expect((await webToken(location.searchParams.get('code') ?? '')).body.errcode).toBe(40029);
  });

  it('accepts a demo code directly, so tests can skip the browser', async () => {
    const { body } = await webToken('demo-proxy');
    expect(body).toMatchObject({ openid: 'oa-demo-proxy', unionid: 'u-demo-proxy', scope: 'snsapi_userinfo' });
  });

  it.each([
    ['a redirect to a host not configured (10003)', { redirect_uri: 'https://evil.example/cb' }, '10003'],
    ['a bad scope (10005)', { scope: 'snsapi_login' }, '10005'],
    ['another appid', { appid: mp.appid }, 'appid'],
    ['a response_type other than code', { response_type: 'token' }, 'response_type'],
    ['a demo_user that is not a demo code', { demo_user: 'root' }, 'demo_user'],
  ])('shows an error page instead of redirecting for %s', async (_what, extra, mention) => {
    const { status, text, headers } = await get(`${wechat.url}/connect/oauth2/authorize?${authorizeQuery(extra)}`);
    expect(status).toBe(400);
    expect(headers.get('location')).toBeNull();
    expect(text).toContain(mention);
  });

  it.each([
    ['a wrong secret', { secret: 'nope' }, 40125],
    ["the mini-program's appid", { appid: mp.appid, secret: mp.secret }, 40013],
    ['a wrong grant_type', { grant_type: 'refresh_token' }, 40002],
    ['an unknown code', { code: 'oc-0000' }, 40029],
  ])('refuses a token exchange with %s', async (_what, overrides, errcode) => {
    expect((await webToken('demo-retiree', overrides)).body.errcode).toBe(errcode);
  });

  it('answers an unknown API with 404 and an errcode', async () => {
    const { status, body } = await get(`${wechat.url}/sns/userinfo?access_token=x&openid=y`);
    expect(status).toBe(404);
    expect(body.errcode).toBe(40066);
  });
});
