import { type Browser, chromium } from 'playwright-core';
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
