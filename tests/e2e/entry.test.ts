import { join } from 'node:path';
import { MeResponseSchema } from '@shared/api/me';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { idCheckCharacter, idNumberProblem } from '@shared/domain/validation/identity';
import type { Page } from 'playwright-core';
import { type DemoPerson, demoPersons } from '../../local/seed/demo';
import { usePhonePage } from '../support/browser';
import { BROWSER_PERSONS } from '../support/browser-persons';
import {
  button,
  elderMeasurements,
  h5Url,
  loginNewUser as loginNewUserOn,
  routeWechatStandIn,
  SHOTS,
  seriousViolations,
  visible,
} from '../support/phone-app';
import { testStack } from '../support/stack';

/** The same ID number with a check character that is not its own. */
function withWrongCheckDigit(idNumber: string): string {
  const right = idCheckCharacter(idNumber.slice(0, 17));
  return idNumber.slice(0, 17) + (right === '1' ? '2' : '1');
}

describe('Entry — privacy guide, WeChat login, real-name binding, home (H5 build on the local stack)', () => {
  const phone = usePhonePage(routeWechatStandIn);
  let page: Page;
  beforeEach(() => {
    page = phone();
  });

  const loginNewUser = () => loginNewUserOn(page);

  /** The whole walk from a brand-new WeChat user to home with the bound name; `check` runs on every page. */
  async function walk(person: DemoPerson, mode: 'normal' | 'elder', check: (step: string) => Promise<void>) {
    const shot = async (step: string) => {
      await page.waitForTimeout(400); // page transitions
      await page.screenshot({ path: join(SHOTS, `entry-${mode}-${step}.png`), fullPage: true });
      await check(step);
    };
    let bindingRequests = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/me/binding') bindingRequests += 1;
    });

    await page.goto(h5Url());
    await page.getByTestId('home-title').waitFor();
    if (mode === 'elder') {
      await page.getByTestId('elder-toggle').click();
      await page.locator('[data-theme="elder"]').first().waitFor();
    }
    await shot('1-home');

    // Login: home → login page → WeChat's authorize page (the stand-in's chooser) → back with a code.
    await button(page, '用微信登录').click();
    await page.waitForURL(/#\/packages\/entry\/login\/index/);
    await shot('2-login');
    // A new user is unbound: the binding page, and before the first typed ID number, the privacy guide.
    await loginNewUser();
    await page.getByTestId('privacy-gate').filter({ visible: true }).waitFor();
    expect(await page.getByTestId('privacy-gate').textContent()).toContain('隐私保护指引');
    await shot('3-privacy');
    await button(page, '同意并继续').click();

    // A wrong check digit is refused under the field, with the API's own message, and nothing is sent.
    const wrong = withWrongCheckDigit(person.idNumber);
    const today = todayInShanghai(new Date());
    await page.getByRole('textbox', { name: '请输入姓名' }).filter({ visible: true }).fill(person.name);
    await page.getByRole('textbox', { name: '请输入18位身份证号码' }).filter({ visible: true }).fill(wrong);
    await button(page, '提交认证').click();
    const message = idNumberProblem(wrong, today);
    expect(message).toBe('身份证号码校验位不正确，请核对后重新输入');
    await visible(page, message ?? '').waitFor();
    await shot('4-binding-refused');
    expect(bindingRequests).toBe(0);

    // The right one binds, and home greets the bound person by their masked name.
    await page.getByRole('textbox', { name: '请输入18位身份证号码' }).filter({ visible: true }).fill(person.idNumber);
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/v1/me/binding');
    await button(page, '提交认证').click();
    expect((await answered).status()).toBe(200);
    expect(bindingRequests).toBe(1);
    await page.getByTestId('account-name').filter({ visible: true }).waitFor();
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('auth.token') ?? '{}').data as string);
    const me = MeResponseSchema.parse(
      await (await fetch(`${testStack().urls.api}/v1/me`, { headers: { authorization: `Bearer ${token}` } })).json(),
    );
    const name = me.insuredPerson?.nameMasked ?? '';
    expect(name).toMatch(new RegExp(`^${person.name[0]}\\*`));
    await page.getByTestId('account-name').filter({ hasText: name }).waitFor();
    await shot('5-home-bound');
  }

  it('walks a new user from login through the privacy guide and binding to home, each page axe-clean', async () => {
    const violations: string[] = [];
    await walk(BROWSER_PERSONS.worker, 'normal', async (step) => {
      for (const v of await seriousViolations(page)) violations.push(`${step}: ${v}`);
    });
    expect(violations).toEqual([]);
  }, 120_000);

  it('walks the same way in elder mode (长辈模式): text ≥ 18 px, tap targets ≥ 44 × 44 px, axe-clean', async () => {
    const problems: string[] = [];
    await walk(BROWSER_PERSONS.student, 'elder', async (step) => {
      expect(await page.locator('[data-theme="elder"]').filter({ visible: true }).count()).toBeGreaterThan(0);
      const { smallText, smallTargets } = await elderMeasurements(page);
      problems.push(...smallText.map((t) => `${step}: small text ${t}`));
      problems.push(...smallTargets.map((t) => `${step}: small target ${t}`));
      for (const v of await seriousViolations(page)) problems.push(`${step}: ${v}`);
    });
    expect(problems).toEqual([]);
  }, 120_000);

  it('keeps one Idempotency-Key when a binding is retried after a dropped connection, ignores a second tap, and shows a refusal', async () => {
    const keys: string[] = [];
    let dropped = false;
    await page.route('**/v1/me/binding', async (route) => {
      keys.push((await route.request().headerValue('idempotency-key')) ?? '');
      if (!dropped) {
        dropped = true;
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await page.goto(`${h5Url()}#/packages/entry/login/index`);
    await loginNewUser();
    await button(page, '同意并继续').click();

    // A suspended insured person: the registry check refuses, after one dropped attempt retried with the same key.
    const person = demoPersons.suspended;
    await page.getByRole('textbox', { name: '请输入姓名' }).filter({ visible: true }).fill(person.name);
    await page.getByRole('textbox', { name: '请输入18位身份证号码' }).filter({ visible: true }).fill(person.idNumber);
    // The same button twice (by handle: its words change to 正在核对… while the write is in flight).
    const submit = await button(page, '提交认证').elementHandle();
    await submit?.click();
    await submit?.click({ force: true });
    const refusal = page.getByTestId('binding-refusal').filter({ visible: true });
    await refusal.waitFor();
    await page.screenshot({ path: join(SHOTS, 'entry-binding-refusal.png'), fullPage: true });

    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/.{16,}/);
    expect(keys[1]).toBe(keys[0]);
    // The refusal in plain words, with the rule it rests on (依据) from the API's error body.
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain('暂停参保');
    expect(text).toMatch(/依据：\S+/);
  }, 120_000);

  it('refreshes an expired access token once and repeats the call; a refused refresh goes back to login', async () => {
    const calls: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path === '/v1/me' || path === '/v1/auth/refresh') calls.push(path);
    });
    await page.goto(`${h5Url()}#/packages/entry/login/index`);
    await loginNewUser();

    // The access token goes stale (as after its 15 minutes); the refresh token is still good.
    await page.evaluate(() => localStorage.setItem('auth.token', JSON.stringify({ data: 'expired.token.value' })));
    calls.length = 0;
    const repeated = page.waitForResponse((r) => new URL(r.url()).pathname === '/v1/me' && r.status() === 200);
    await page.goto(h5Url());
    await repeated;
    await visible(page, '还差一步：实名认证').waitFor();
    expect(calls).toEqual(['/v1/me', '/v1/auth/refresh', '/v1/me']);

    // Both stale: the refresh is refused, the session ends, and the login page opens, remembering home.
    await page.evaluate(() => {
      localStorage.setItem('auth.token', JSON.stringify({ data: 'expired.token.value' }));
      localStorage.setItem('auth.refresh', JSON.stringify({ data: 'spent-refresh-token' }));
    });
    calls.length = 0;
    await page.reload();
    await page.waitForURL(/#\/packages\/entry\/login\/index/);
    await button(page, '用微信登录').waitFor();
    expect(calls).toEqual(['/v1/me', '/v1/auth/refresh']);
    expect(await page.evaluate(() => localStorage.getItem('auth.userId'))).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('auth.returnTo'))).toContain('/pages/home/index/index');
  }, 120_000);
});
