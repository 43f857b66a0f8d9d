// What every browser walk of the applicant app needs: the H5 address of the test stack, the WeChat stand-in behind
// the build's OAuth origin, finding things as a person does (by their words, on the page now shown), the axe-core
// scan, the elder-mode measurements, screenshots, and logging a new WeChat user in and binding them.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { DemoPerson } from '../../local/seed/demo';
import { testStack } from './stack';

/** The WeChat stand-in's default origin, baked into the H5 build (config/index.ts); the test stack's is on a free port. */
const BUILT_IN_WECHAT = 'http://127.0.0.1:4010';
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** Where the browser tests save their screenshots (a CI artefact). */
export const SHOTS = join(__dirname, '..', '..', '.local-data', 'screenshots');

export type Mode = 'normal' | 'elder';

/** The H5 production build, served by the test stack's H5 host. */
export function h5Url(): string {
  const { urls } = testStack();
  if (!urls.h5) throw new Error('the e2e setup did not start the H5 server');
  return urls.h5;
}

/** Sends the build's WeChat origin to the test stack's stand-in, as DNS would send open.weixin.qq.com to WeChat. */
export async function routeWechatStandIn(page: Page): Promise<void> {
  const target = testStack().urls.wechat;
  await page.route(`${BUILT_IN_WECHAT}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${target}${url.pathname}${url.search}`, maxRedirects: 0 });
    await route.fulfill({ response });
  });
}

/** Text as a person sees it, on the page now shown (Taro keeps earlier pages in the DOM, hidden). */
export const visible = (page: Page, text: string) => page.getByText(text, { exact: true }).filter({ visible: true });
/** A button as a person finds it: by its words, on the page now shown. */
export const button = (page: Page, text: string) =>
  page.locator('taro-button-core').filter({ hasText: text, visible: true }).first();
/** A text box by its placeholder, on the page now shown. */
export const textbox = (page: Page, placeholder: string) =>
  page.getByRole('textbox', { name: placeholder }).filter({ visible: true });
/** A test id's element on the page now shown (the first, if the page repeats it). */
export const onScreen = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true }).first();
/** The visible text of a test id (what a person reads on the screen now shown). */
export const shownText = async (page: Page, testId: string): Promise<string> =>
  (await onScreen(page, testId).textContent()) ?? '';

/** Draws a wavy stroke across a signature box (`${testId}-canvas`) with the mouse, as a person signs with a finger. */
export async function drawSignature(page: Page, testId: string): Promise<void> {
  const canvas = onScreen(page, `${testId}-canvas`);
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the signature box is not on screen');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 20, y);
  await page.mouse.down();
  for (let i = 1; i <= 24; i += 1) {
    await page.mouse.move(box.x + 20 + (i * (box.width - 40)) / 24, y + Math.sin(i / 2) * (box.height / 4), {
      steps: 2,
    });
  }
  await page.mouse.up();
}

/** axe-core on the page as it is now: the serious and critical violations, with where they are. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Through DevTools rather than addScriptTag: the app's CSP (script-src 'self') rightly refuses an inline script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    type AxeViolation = { id: string; impact: string | null; nodes: { target: string[]; html: string }[] };
    const { violations } = await axe.run();
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`),
    }));
  });
  return results
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.join(' | ')}`);
}

/** In elder mode: every visible text ≥ 18 CSS px, every tap target ≥ 44 × 44 CSS px — measured, not assumed. */
export async function elderMeasurements(page: Page): Promise<{ smallText: string[]; smallTargets: string[] }> {
  return page.evaluate(() => {
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    const smallText: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!ownText || !shown(el)) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < 18) smallText.push(`${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 20)}" ${size}px`);
    }
    const smallTargets: string[] = [];
    const targets =
      'button, a[href], input, textarea, select, [role=button], [role=switch], [role=radio], [role=checkbox], taro-button-core, [data-tap]';
    for (const el of Array.from(document.querySelectorAll(targets))) {
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 44 || r.height < 44) {
        smallTargets.push(
          `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
      }
    }
    return { smallText, smallTargets };
  });
}

/**
 * A walk's per-page check: saves a screenshot named `<walk>-<mode>-<step>.png`, and collects the axe findings
 * (both modes) and, in elder mode, the small texts and targets. `problems()` is what the test expects to be empty.
 */
export function pageChecks(page: Page, walk: string, mode: Mode) {
  mkdirSync(SHOTS, { recursive: true });
  const problems: string[] = [];
  return {
    async step(step: string): Promise<void> {
      await page.waitForTimeout(400); // page transitions
      await page.screenshot({ path: join(SHOTS, `${walk}-${mode}-${step}.png`), fullPage: true });
      if (mode === 'elder') {
        if ((await page.locator('[data-theme="elder"]').filter({ visible: true }).count()) === 0) {
          problems.push(`${step}: the page is not in elder mode`);
        }
        const { smallText, smallTargets } = await elderMeasurements(page);
        problems.push(...smallText.map((t) => `${step}: small text ${t}`));
        problems.push(...smallTargets.map((t) => `${step}: small target ${t}`));
      }
      for (const v of await seriousViolations(page)) problems.push(`${step}: ${v}`);
    },
    problems: () => problems,
  };
}

/** Logs a brand-new WeChat user in through the stand-in's OAuth chooser, from the login page, to the binding page. */
export async function loginNewUser(page: Page): Promise<void> {
  await button(page, '用微信登录').click();
  await page.waitForURL(/\/connect\/oauth2\/authorize/);
  await page.locator('input[name="demo_user"]').fill(`demo-e2e-${randomBytes(6).toString('hex')}`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/#\/packages\/entry\/binding\/index/);
}

/**
 * From a fresh page to home as a new WeChat user bound to `person`: home (elder mode switched on first when asked)
 * → login → the stand-in's chooser → privacy guide agreed → binding → home with the bound name.
 */
export async function signInAs(page: Page, person: DemoPerson, mode: Mode): Promise<void> {
  await page.goto(h5Url());
  await page.getByTestId('home-title').waitFor();
  if (mode === 'elder') {
    await page.getByTestId('elder-toggle').click();
    await page.locator('[data-theme="elder"]').first().waitFor();
  }
  await button(page, '用微信登录').click();
  await page.waitForURL(/#\/packages\/entry\/login\/index/);
  // The home page stays on screen while the login page slides in: wait until it is gone, or its own 用微信登录
  // (still visible for a moment) is the button found and then hidden under the test's finger.
  await page.getByTestId('home-title').waitFor({ state: 'hidden' });
  await loginNewUser(page);
  await button(page, '同意并继续').click();
  await textbox(page, '请输入姓名').fill(person.name);
  await textbox(page, '请输入18位身份证号码').fill(person.idNumber);
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/v1/me/binding');
  await button(page, '提交认证').click();
  const response = await answered;
  if (response.status() !== 200) throw new Error(`binding ${person.name} answered ${response.status()}`);
  await page.getByTestId('account-name').filter({ visible: true }).waitFor();
}

/** The access token the page holds now (to prepare or check things through the API beside the browser). */
export async function tokenOf(page: Page): Promise<string> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('auth.token') ?? '{}').data as string);
}
