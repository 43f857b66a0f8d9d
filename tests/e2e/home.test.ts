import { HomeResponseSchema } from '@shared/api/home';
import type { Page } from 'playwright-core';
import { usePhonePage } from '../support/browser';
import { testStack } from '../support/stack';

describe('H5 home screen — served by the local stack, fed by the real API', () => {
  const phone = usePhonePage();
  let page: Page;
  beforeEach(() => {
    page = phone();
  });

  function h5Url(): string {
    const { urls } = testStack();
    if (!urls.h5) throw new Error('the e2e setup did not start the H5 server');
    return urls.h5;
  }

  it('shows every service and each region’s time-limit promise from GET /v1/home', async () => {
    const api = HomeResponseSchema.parse(await (await fetch(`${testStack().urls.api}/v1/home`)).json());

    // The loops below prove nothing over empty lists: the home screen has services and the four regions' promises.
    expect(api.services.length).toBeGreaterThan(0);
    expect(api.promises.length).toBeGreaterThan(0);
    await page.goto(h5Url());

    await page.getByTestId('home-title').waitFor();
    for (const service of api.services) {
      await expect(page.getByTestId(`service-tile-${service.id}`).textContent()).resolves.toContain(service.title);
    }
    for (const promise of api.promises) {
      const text = await page.getByTestId(`promise-${promise.region}`).textContent();
      expect(text).toContain(promise.promise);
      expect(text).toContain(promise.basis);
    }
    await page.screenshot({ path: '.local-data/screenshots/home.png', fullPage: true });
  });

  it('switches to elder mode (长辈模式) with larger type, and remembers it after a reload', async () => {
    await page.goto(h5Url());
    const title = page.getByTestId('home-title');
    await title.waitFor();
    const fontSize = async () => Number.parseFloat(await title.evaluate((el) => getComputedStyle(el).fontSize));
    const normal = await fontSize();

    await page.getByTestId('elder-toggle').click();
    await page.waitForFunction(
      (before) =>
        Number.parseFloat(getComputedStyle(document.querySelector('[data-testid="home-title"]') as Element).fontSize) >
        before,
      normal,
    );
    await page.reload();
    await title.waitFor();

    expect(await fontSize()).toBeGreaterThan(normal);
    await page.screenshot({ path: '.local-data/screenshots/home-elder.png', fullPage: true });
  });

  it('tells the user in plain Chinese when the network drops, and recovers on 重试', async () => {
    let failing = true;
    await page.route('**/v1/home', (route) => (failing ? route.abort('internetdisconnected') : route.continue()));

    await page.goto(h5Url());

    await expect(page.getByTestId('home-error').textContent()).resolves.toMatch(/网络/);
    failing = false;
    await page.getByTestId('retry-button').click();
    await page.getByTestId('service-tile-claim').waitFor();
    await expect(page.getByTestId('home-error').count()).resolves.toBe(0);
  });
});
