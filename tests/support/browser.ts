import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumPath } from './stack';

/**
 * Debian's Chromium, headless, with no background traffic (this machine has no internet). Playwright gives each
 * launch a fresh temporary profile of its own.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The phone the browser tests hold: an iPhone-sized viewport at twice the pixel density. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 } as const;

/**
 * Registers the browser hooks of a suite: one Chromium for the file, a fresh phone-sized page for each test
 * (`prepare` runs on it first, e.g. to route the WeChat stand-in). Answers a getter for the current page.
 */
export function usePhonePage(prepare?: (page: Page) => Promise<void>): () => Page {
  let browser: Browser | undefined;
  let page: Page | undefined;
  // Starting Chromium takes more than Jest's default 5 s when the machine is busy (a CI run after the suites).
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    page = await browser.newPage(PHONE);
    await prepare?.(page);
  }, 30_000);
  afterEach(async () => {
    await page?.close();
  });
  return () => {
    if (!page) throw new Error('no page: usePhonePage() hands one out inside a test only');
    return page;
  };
}

/**
 * Like `usePhonePage`, for walks with two people at once (a proxy and the insured person): two phone-sized pages,
 * each in a browser context of its own (its own storage: its own login), fresh for each test.
 */
export function usePhonePagePair(prepare?: (page: Page) => Promise<void>): () => [Page, Page] {
  let browser: Browser | undefined;
  let pages: [Page, Page] | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    pages = [await browser.newPage(PHONE), await browser.newPage(PHONE)];
    for (const page of pages) await prepare?.(page);
  }, 30_000);
  afterEach(async () => {
    for (const page of pages ?? []) await page.close();
    pages = undefined;
  });
  return () => {
    if (!pages) throw new Error('no pages: usePhonePagePair() hands them out inside a test only');
    return pages;
  };
}
