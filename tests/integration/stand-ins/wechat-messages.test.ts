import { demoSubscribeTemplates, demoWechatApps } from '../../../local/seed/demo';
import type { RunningStandIn } from '../../../local/stand-ins/server';
import { startWechatStandIn } from '../../../local/stand-ins/wechat';
import { fault, get, post, recorded } from './http';

const mp = demoWechatApps.miniProgram;
const oa = demoWechatApps.officialAccount;
const sendPath = '/cgi-bin/message/subscribe/send';
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

const stableToken = (body: Record<string, unknown> = {}) =>
  post(`${wechat.url}/cgi-bin/stable_token`, {
    grant_type: 'client_credential',
    appid: mp.appid,
    secret: mp.secret,
    ...body,
  });

const tokenFor = async (app: { appid: string; secret: string } = mp) =>
  String((await stableToken({ appid: app.appid, secret: app.secret })).body.access_token);

/** A valid 受理结果通知 for the retiree. */
const acceptance = (data: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  touser: 'o-demo-retiree',
  template_id: demoSubscribeTemplates.acceptance.id,
  page: 'pages/cases/detail/index?id=01JD0000000000000000000000',
  miniprogram_state: 'developer',
  lang: 'zh_CN',
  data: {
    thing1: { value: '异地就医手工报销' },
    character_string2: { value: 'BX-2026-000123' },
    phrase3: { value: '已受理' },
    time4: { value: '2026-11-22 10:30' },
    thing5: { value: '请留意后续审核结果' },
    ...data,
  },
  ...extra,
});

const send = (token: string, body: unknown) =>
  post(`${wechat.url}${sendPath}?access_token=${encodeURIComponent(token)}`, body);

describe('WeChat stand-in — stable access token (POST /cgi-bin/stable_token)', () => {
  it('issues a token for 7200 s and hands the same one back while it is fresh', async () => {
    const first = await stableToken();
    clock += 60_000;
    const again = await stableToken();

    expect(first.body).toEqual({ access_token: expect.any(String), expires_in: 7200 });
    expect(again.body).toEqual({ access_token: first.body.access_token, expires_in: 7140 });
  });

  it('hands out a new token in the last 5 minutes, while the old one still works', async () => {
    const old = await tokenFor();
    clock += 7200_000 - 4 * 60_000;
    const fresh = await tokenFor();

    expect(fresh).not.toBe(old);
    expect((await send(old, acceptance())).body.errcode).toBe(0);
  });

  it('force_refresh invalidates the previous token at once (40001)', async () => {
    const old = await tokenFor();
    const { body } = await stableToken({ force_refresh: true });

    expect(body.access_token).not.toBe(old);
    expect((await send(old, acceptance())).body.errcode).toBe(40001);
    expect((await send(String(body.access_token), acceptance())).body.errcode).toBe(0);
  });

  it('answers 42001 once a token has expired, and the expire_tokens action expires them early', async () => {
    const token = await tokenFor();
    clock += 7200_000;
    expect((await send(token, acceptance())).body.errcode).toBe(42001);

    const next = await tokenFor();
    expect((await fault(wechat.url, { action: 'expire_tokens' })).status).toBe(200);
    expect((await send(next, acceptance())).body.errcode).toBe(42001);
    expect((await send(await tokenFor(), acceptance())).body.errcode).toBe(0);
  });

  it.each([
    ['a wrong secret', { secret: 'wrong' }, 40125],
    ['an unknown appid', { appid: 'wx0000000000000000' }, 40013],
    ['no secret', { secret: undefined }, 41004],
    ['no appid', { appid: undefined }, 41002],
    ['a wrong grant_type', { grant_type: 'authorization_code' }, 40002],
  ])('refuses %s', async (_what, overrides, errcode) => {
    expect((await stableToken(overrides)).body.errcode).toBe(errcode);
  });

  it('refuses a body that is not JSON (47001)', async () => {
    expect((await post(`${wechat.url}/cgi-bin/stable_token`, 'grant_type=client_credential')).body.errcode).toBe(47001);
  });
});

describe('WeChat stand-in — subscribe message (POST /cgi-bin/message/subscribe/send)', () => {
  it('sends a valid message and records exactly what was sent', async () => {
    const token = await tokenFor();
    const { status, body } = await send(token, acceptance());

    expect(status).toBe(200);
    expect(body).toEqual({ errcode: 0, errmsg: 'ok', msgid: expect.any(Number) });
    const [call] = await recorded(wechat.url, sendPath);
    expect(call).toMatchObject({ method: 'POST', query: { access_token: token }, body: acceptance(), faulted: false });
  });

  it.each([
    ['no token', '', 41001],
    ['an unknown token', 'not-a-token', 40001],
  ])('refuses %s', async (_what, token, errcode) => {
    expect((await send(token, acceptance())).body.errcode).toBe(errcode);
  });

  it("refuses the official account's token (48001) and an official-account openid (40003)", async () => {
    expect((await send(await tokenFor(oa), acceptance())).body.errcode).toBe(48001);
    expect((await send(await tokenFor(), acceptance({}, { touser: 'oa-demo-retiree' }))).body.errcode).toBe(40003);
  });

  it('refuses an unknown template (40037) and a body that is not JSON (47001)', async () => {
    const token = await tokenFor();
    expect((await send(token, acceptance({}, { template_id: 'tmpl-unknown' }))).body.errcode).toBe(40037);
    expect((await send(token, '{"touser":')).body.errcode).toBe(47001);
  });

  it.each([
    [
      'a thing over 20 characters',
      { thing5: { value: '请您留意后续的审核结果并及时查看办件进度谢谢' } },
      'data.thing5.value invalid',
    ],
    ['a missing keyword', { thing5: undefined }, 'data.thing5.value is empty'],
    ['an empty value', { thing1: { value: '' } }, 'data.thing1.value is empty'],
    ['a phrase that is not 1–5 Chinese characters', { phrase3: { value: 'OK' } }, 'data.phrase3.value invalid'],
    [
      'a character_string with Chinese',
      { character_string2: { value: '报销123' } },
      'data.character_string2.value invalid',
    ],
    ['a time that is not a time', { time4: { value: '明天上午' } }, 'data.time4.value invalid'],
    ['a control character', { thing1: { value: '异地\n报销' } }, 'data.thing1.value invalid'],
  ])('answers 47003 for %s', async (_what, data, problem) => {
    const { body } = await send(await tokenFor(), acceptance(data));
    expect(body.errcode).toBe(47003);
    expect(String(body.errmsg)).toContain(`argument invalid! ${problem}`);
  });

  it('accepts every keyword format of the result and supplement templates', async () => {
    const token = await tokenFor();
    const result = {
      touser: 'o-demo-worker',
      template_id: demoSubscribeTemplates.result.id,
      data: {
        thing1: { value: '异地就医手工报销' },
        character_string2: { value: 'BX-2026-000123' },
        phrase3: { value: '已办结' },
        amount4: { value: '¥12345.67' },
        time5: { value: '2026年11月22日 15:01' },
      },
    };
    const supplement = {
      touser: 'o-demo-worker',
      template_id: demoSubscribeTemplates.supplement.id,
      data: {
        thing1: { value: '异地就医手工报销' },
        character_string2: { value: 'BX-2026-000123' },
        thing3: { value: '缺少住院费用清单' },
        date4: { value: '2026-11-24' },
        thing5: { value: '请在期限内补正' },
      },
    };
    expect((await send(token, result)).body.errcode).toBe(0);
    expect((await send(token, supplement)).body.errcode).toBe(0);
  });

  it('answers 43101 for a user who refused messages, and the refuse/accept actions change that', async () => {
    const token = await tokenFor();
    expect((await send(token, acceptance({}, { touser: 'o-demo-suspended' }))).body.errcode).toBe(43101);

    await fault(wechat.url, { action: 'refuse', openid: 'o-demo-retiree' });
    expect((await send(token, acceptance())).body.errcode).toBe(43101);
    await fault(wechat.url, { action: 'accept', openid: 'o-demo-retiree' });
    expect((await send(token, acceptance())).body.errcode).toBe(0);
  });
});

describe('WeChat stand-in — fault injection', () => {
  it('answers the next N calls of a path with the injected errcode, then behaves again', async () => {
    const token = await tokenFor();
    const injected = await fault(wechat.url, { path: sendPath, errcode: 45009, times: 2 });

    expect(injected.status).toBe(201);
    expect((await send(token, acceptance())).body).toEqual({
      errcode: 45009,
      errmsg: expect.stringMatching(/^reach max api daily quota limit rid: /),
    });
    expect((await send(token, acceptance())).body.errcode).toBe(45009);
    expect((await send(token, acceptance())).body.errcode).toBe(0);
    expect((await recorded(wechat.url, sendPath)).map((r) => r.faulted)).toEqual([true, true, false]);
  });

  it.each([40001, -1, 43101])('can inject errcode %i into code2Session and send alike', async (errcode) => {
    await fault(wechat.url, { path: '/sns/jscode2session', errcode });
    const query = new URLSearchParams({
      appid: mp.appid,
      secret: mp.secret,
      js_code: 'demo-retiree',
      grant_type: 'authorization_code',
    });
    const { status, body } = await get(`${wechat.url}/sns/jscode2session?${query}`);
    expect(status).toBe(200);
    expect(body.errcode).toBe(errcode);
  });

  it('can delay a call without failing it', async () => {
    await fault(wechat.url, { path: '/cgi-bin/stable_token', delayMs: 300 });
    const started = Date.now();
    const { body } = await stableToken();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(body.access_token).toEqual(expect.any(String));
  });
});
