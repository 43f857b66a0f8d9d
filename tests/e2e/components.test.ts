// The shared upload component (components/page-uploader + lib/uploads) in the real H5 build against the local stack,
// where the filing journey's 证明材料 step mounts it: a page refused on the phone before any request, a PUT that
// fails and is retried with the same announce, several pages at once, a page removed and the rest renumbered.
import type { Page } from 'playwright-core';
import type { DemoPerson } from '../../local/seed/demo';
import { usePhonePage } from '../support/browser';
import { BROWSER_PERSONS } from '../support/browser-persons';
import { jpegBytes, signaturePng } from '../support/files';
import { button, h5Url, type Mode, pageChecks, routeWechatStandIn, signInAs, visible } from '../support/phone-app';
import { testStack } from '../support/stack';

// A real 1 × 1 GIF: an image the browser shows, of a type the API does not take.
const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
const UPLOADER = 'proof-WORK_PROOF';

// Two Jiangsu employees stationed in Shanghai of this suite's own (a person binds to one WeChat user only, and
// filing.test.ts binds filingWorker / filingWorkerElder).
const persons: Record<Mode, DemoPerson> = {
  normal: BROWSER_PERSONS.uploaderWorker,
  elder: BROWSER_PERSONS.uploaderWorkerElder,
};

async function pickFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId(`${UPLOADER}-choose`).filter({ visible: true }).click();
  await (await chooser).setFiles(files);
}

const pageRow = (page: Page, n: number, status?: string) =>
  page
    .locator(`[data-testid="${UPLOADER}-page-${n}"]${status ? `[data-status="${status}"]` : ''}`)
    .filter({ visible: true });

describe('Shared page uploader on the H5 build (filing proof step)', () => {
  const phone = usePhonePage(routeWechatStandIn);

  async function walk(mode: Mode) {
    const page = phone();
    const checks = pageChecks(page, 'uploader', mode);
    const person = persons[mode];
    await signInAs(page, person, mode);
    await page.goto(`${h5Url()}#/packages/filing/new/index`);
    await page.getByTestId('filing-type-STATIONED_WORKER').filter({ visible: true }).click();
    await page.getByTestId('destination-310000').filter({ visible: true }).click();
    await button(page, '暂不填写，下一步').click();
    await page.getByTestId('filing-basis-PROOF').filter({ visible: true }).click();
    await page.getByTestId('filing-step-proof').filter({ visible: true }).waitFor();

    const announces: (string | null)[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/v1/uploads') {
        announces.push(r.headers()['idempotency-key'] ?? null);
      }
    });
    // The first PUT to the bucket is cut off, as on a dropped phone line.
    let puts = 0;
    await page.route(`${testStack().urls.s3}/**`, async (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      puts += 1;
      return puts === 1 ? route.abort('connectionfailed') : route.continue();
    });

    // A GIF: refused on the phone with the API's own message, no request sent, no 重试 (another photo is needed).
    await pickFiles(page, [{ name: 'x.gif', mimeType: 'image/gif', buffer: GIF }]);
    await pageRow(page, 1, 'failed').waitFor();
    expect(await page.getByTestId(`${UPLOADER}-error-1`).textContent()).toBe('只能上传 JPG、PNG 图片或 PDF 文件');
    expect(announces).toEqual([]);
    expect(await page.getByTestId(`${UPLOADER}-retry-1`).count()).toBe(0);
    await page.getByTestId(`${UPLOADER}-remove-1`).filter({ visible: true }).click();
    await pageRow(page, 1).waitFor({ state: 'detached' });

    // A JPEG whose PUT is cut off: the reason beside it and 重试; the retry keeps the announce (one POST).
    await pickFiles(page, [{ name: 'p1.jpg', mimeType: 'image/jpeg', buffer: jpegBytes(8192, 480, 640) }]);
    await pageRow(page, 1, 'failed').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId(`${UPLOADER}-error-1`).textContent()).toContain('照片没有传上去');
    await checks.step('1-put-failed');
    await page.getByTestId(`${UPLOADER}-retry-1`).filter({ visible: true }).click();
    await pageRow(page, 1, 'done').waitFor({ timeout: 20_000 });
    expect(announces).toHaveLength(1);
    expect(announces[0]).toBeTruthy();

    // Two more pages at once, uploaded one after the other.
    await pickFiles(page, [
      { name: 'p2.png', mimeType: 'image/png', buffer: signaturePng(480, 640) },
      { name: 'p3.jpg', mimeType: 'image/jpeg', buffer: jpegBytes(6000, 320, 480) },
    ]);
    await pageRow(page, 3, 'done').waitFor({ timeout: 20_000 });
    await pageRow(page, 2, 'done').waitFor();
    expect(new Set(announces).size).toBe(3);
    await visible(page, '第3页').waitFor();
    await checks.step('2-three-pages');

    // 删除 the first: the others move up (第1页, 第2页) and the journey gets the two confirmed files.
    await page.getByTestId(`${UPLOADER}-remove-1`).filter({ visible: true }).click();
    await pageRow(page, 3).waitFor({ state: 'detached' });
    await pageRow(page, 2, 'done').waitFor();
    await button(page, '已上传2页，下一步').waitFor();
    await checks.step('3-removed');
    expect(checks.problems()).toEqual([]);
  }

  it('refuses, retries, adds and removes pages (normal mode)', async () => {
    await walk('normal');
  }, 120_000);

  it('does the same in elder mode (长辈模式)', async () => {
    await walk('elder');
  }, 120_000);
});
