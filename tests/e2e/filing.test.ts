import { FilingOptionsResponseSchema, FilingResponseSchema } from '@shared/api/filings';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { mobilePhoneProblem } from '@shared/domain/validation/identity';
import { policyFor } from '@shared/policy';
import type { Page } from 'playwright-core';
import type { DemoPerson } from '../../local/seed/demo';
import { usePhonePage } from '../support/browser';
import { BROWSER_PERSONS } from '../support/browser-persons';
import { jpegBytes, signaturePng } from '../support/files';
import {
  button,
  drawSignature,
  h5Url,
  type Mode,
  pageChecks,
  routeWechatStandIn,
  shownText,
  signInAs,
  tokenOf,
  visible,
} from '../support/phone-app';
import { testStack } from '../support/stack';

/** 2026-06-01 → 2026年6月1日, as the app writes dates (a timestamp as its day in Shanghai). */
function chineseDate(iso: string): string {
  const date = iso.includes('T') ? todayInShanghai(new Date(iso)) : iso.slice(0, 10);
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

async function api<T>(page: Page, path: string, schema: { parse: (v: unknown) => T }): Promise<T> {
  const token = await tokenOf(page);
  const response = await fetch(`${testStack().urls.api}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return schema.parse(await response.json());
}

/** Signs in and opens 我的备案 from the home tile (the URL only if the tile does not lead there). */
async function openFilingList(page: Page, person: DemoPerson, mode: Mode) {
  await signInAs(page, person, mode);
  await page.getByTestId('service-tile-filing').filter({ visible: true }).click();
  await page.waitForURL(/#\/packages\/filing\/list\/index/, { timeout: 5_000 }).catch(async () => {
    await page.goto(`${h5Url()}#/packages/filing/list/index`);
  });
  await button(page, '办理新的备案').waitFor();
}

describe('Filing journey — commitment and proof filings on the H5 build against the local stack', () => {
  const phone = usePhonePage(routeWechatStandIn);
  let page: Page;
  beforeEach(() => {
    page = phone();
  });

  /**
   * A Shandong retiree resettled in Sanya files by 个人承诺书: 海南省 at province level, the letter read and
   * confirmed, the signature drawn with the mouse, approved at once or queued as Shandong's policy says; then
   * 取消备案 is refused for the 6-month lock, with the plain explanation on screen before and the 依据 after.
   */
  async function commitmentWalk(person: DemoPerson, mode: Mode) {
    const checks = pageChecks(page, 'filing-commitment', mode);
    await openFilingList(page, person, mode);
    await visible(page, '我的备案').first().waitFor();
    await checks.step('1-list');

    await button(page, '办理新的备案').click();
    // Only the person themself to file for: 为谁办理 is skipped, the first question is the person type.
    await page.getByTestId('filing-step-type').filter({ visible: true }).waitFor();
    const token = await tokenOf(page);
    expect(token).toBeTruthy();
    const me = await api(page, '/v1/me/persons', {
      parse: (v) => v as { persons: { personId: string }[] },
    });
    const personId = me.persons[0]?.personId ?? '';
    const options = await api(page, `/v1/filings/options?insuredPersonId=${personId}`, FilingOptionsResponseSchema);
    const retiree = options.types.find((t) => t.type === 'RETIREE_RESETTLED');
    expect(retiree?.offered).toBe(true);
    expect(await shownText(page, 'filing-type-RETIREE_RESETTLED')).toContain(retiree?.explanation ?? '?');
    await checks.step('2-type');
    await page.getByTestId('filing-type-RETIREE_RESETTLED').filter({ visible: true }).click();

    // 就医地: provinces first; 海南 is chosen as the province (no city list follows).
    await page.getByTestId('filing-step-destination').filter({ visible: true }).waitFor();
    await visible(page, options.destination.explanation).waitFor();
    await checks.step('3-destination');
    await page.getByTestId('destination-460000').filter({ visible: true }).click();

    await page.getByTestId('filing-step-date').filter({ visible: true }).waitFor();
    await checks.step('4-start-date');
    await button(page, '暂不填写，下一步').click();

    // 证明方式: the lock is said on the commitment option before it is chosen.
    await page.getByTestId('filing-step-basis').filter({ visible: true }).waitFor();
    expect(options.commitmentLock.months).toBe(6);
    expect(await shownText(page, 'filing-basis-COMMITMENT')).toContain(options.commitmentLock.explanation ?? '?');
    await checks.step('5-basis');
    await page.getByTestId('filing-basis-COMMITMENT').filter({ visible: true }).click();

    // The letter's phone, refused with the shared schema's message before anything is sent.
    await page.getByTestId('filing-step-signer').filter({ visible: true }).waitFor();
    const phoneBox = page.getByRole('textbox', { name: '请输入11位手机号码' }).filter({ visible: true });
    await phoneBox.fill('12345');
    await button(page, '下一步：阅读承诺书').click();
    await visible(page, mobilePhoneProblem('12345') ?? '?').waitFor();
    await checks.step('6-signer-phone-refused');
    await phoneBox.fill(person.phone ?? '13905310106');
    await button(page, '下一步：阅读承诺书').click();

    // The letter word for word from the preview route; it must be ticked as read before signing.
    await page.getByTestId('filing-step-letter').filter({ visible: true }).waitFor();
    const letter = page.getByTestId('commitment-letter').filter({ visible: true });
    await letter.waitFor();
    const letterText = (await letter.textContent()) ?? '';
    expect(letterText).toContain('承诺事项');
    expect(letterText).toContain('海南');
    await button(page, '下一步：手写签名').click();
    await visible(page, '请先阅读承诺书，并勾选“我已阅读并同意以上承诺内容”').waitFor();
    await page.getByTestId('letter-confirm').filter({ visible: true }).click();
    expect(await page.getByTestId('letter-confirm').filter({ visible: true }).getAttribute('aria-checked')).toBe(
      'true',
    );
    await checks.step('7-letter-confirmed');
    await button(page, '下一步：手写签名').click();

    await page.getByTestId('filing-step-sign').filter({ visible: true }).waitFor();
    await drawSignature(page, 'commitment-signature');
    await checks.step('8-signature');
    const signed = page.waitForResponse(
      (r) => new URL(r.url()).pathname === '/v1/signatures' && r.request().method() === 'POST',
    );
    await button(page, '确认签名').click();
    expect((await signed).status()).toBe(201);

    // 确认提交: one POST even when tapped twice.
    await page.getByTestId('filing-step-confirm').filter({ visible: true }).waitFor();
    expect(await shownText(page, 'filing-summary')).toContain('海南省');
    await checks.step('9-confirm');
    let posts = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/v1/filings') posts += 1;
    });
    const filed = page.waitForResponse((r) => new URL(r.url()).pathname === '/v1/filings');
    const submit = await button(page, '确认提交').elementHandle();
    await submit?.click();
    await submit?.click({ force: true }).catch(() => undefined);
    const filing = FilingResponseSchema.parse(await (await filed).json()).filing;

    // Approved at once or queued, as Shandong's policy says (self-service, 004 §2(4)).
    const selfService = policyFor('SHANDONG').filing.selfService.enabled;
    expect(filing.status).toBe(selfService ? 'ACTIVE' : 'PENDING_REVIEW');
    await page.getByTestId('filing-result').filter({ visible: true }).waitFor();
    const result = await shownText(page, 'filing-result');
    expect(result).toContain(selfService ? '备案成功' : '已提交，等待审核');
    expect(result).toMatch(/依据：\S+/);
    expect(posts).toBe(1);
    await checks.step('10-result');

    // 备案详情: the lock explained before the tap; the tap still asks, and the API's refusal shows with its 依据.
    await button(page, '查看备案详情').click();
    await page.getByTestId('filing-detail').filter({ visible: true }).waitFor();
    expect(filing.changeAllowedFrom).not.toBeNull();
    const allowed = chineseDate(filing.changeAllowedFrom ?? '');
    const lock = `凭个人承诺书办理的备案，${allowed}前不能变更或取消，${allowed}起可以办理`;
    expect(await shownText(page, 'filing-lock')).toBe(lock);
    const decisions = await shownText(page, 'filing-decisions');
    expect(decisions).toMatch(/依据：\S+/);
    expect(decisions).toContain(chineseDate(filing.filedOn));
    await button(page, '查看签署的承诺书（PDF）').waitFor();
    expect(await page.getByTestId('filing-proofs').filter({ visible: true }).count()).toBe(0);
    await checks.step('11-detail');

    const popup = page.waitForEvent('popup');
    await button(page, '查看签署的承诺书（PDF）').click();
    const pdf = await popup;
    expect(pdf.url()).toMatch(/^blob:/);
    // Back to the app: a page left in the background has its animation frames paused.
    await pdf.close();
    await page.bringToFront();

    await button(page, '取消备案').click();
    await page.getByTestId('filing-confirm-dialog').filter({ visible: true }).waitFor();
    await checks.step('12-cancel-confirm');
    const cancelled = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/cancel'));
    await button(page, '确定取消备案').click();
    const answer = await cancelled;
    expect(answer.status()).toBe(422);
    const body = (await answer.json()) as { error: { message: string } };
    const refusal = page.getByTestId('action-refusal').filter({ visible: true });
    await refusal.waitFor();
    const refusalText = (await refusal.textContent()) ?? '';
    expect(refusalText).toContain(body.error.message);
    expect(refusalText).toMatch(/依据：\S+/);
    await checks.step('13-cancel-refused');

    expect(checks.problems()).toEqual([]);
  }

  /** A Nanjing employee stationed in Shanghai files with two uploaded pages of work proof: queued for review. */
  async function proofWalk(person: DemoPerson, mode: Mode) {
    const checks = pageChecks(page, 'filing-proof', mode);
    await openFilingList(page, person, mode);
    await button(page, '办理新的备案').click();
    await page.getByTestId('filing-step-type').filter({ visible: true }).waitFor();
    await page.getByTestId('filing-type-STATIONED_WORKER').filter({ visible: true }).click();
    await page.getByTestId('filing-step-destination').filter({ visible: true }).waitFor();
    await page.getByTestId('destination-310000').filter({ visible: true }).click();
    await button(page, '暂不填写，下一步').click();
    await page.getByTestId('filing-step-basis').filter({ visible: true }).waitFor();
    await page.getByTestId('filing-basis-PROOF').filter({ visible: true }).click();

    await page.getByTestId('filing-step-proof').filter({ visible: true }).waitFor();
    await checks.step('1-proof');
    const pages = [
      { name: '派出证明-1.png', mimeType: 'image/png', buffer: signaturePng(480, 640) },
      { name: '派出证明-2.jpg', mimeType: 'image/jpeg', buffer: jpegBytes(8192, 480, 640) },
    ];
    for (const [index, file] of pages.entries()) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('proof-WORK_PROOF-choose').filter({ visible: true }).click();
      await (await chooser).setFiles(file);
      await page
        .locator(`[data-testid="proof-WORK_PROOF-page-${index + 1}"][data-status="done"]`)
        .filter({ visible: true })
        .waitFor({ timeout: 20_000 });
    }
    await checks.step('2-proof-uploaded');
    await button(page, '已上传2页，下一步').click();

    await page.getByTestId('filing-step-confirm').filter({ visible: true }).waitFor();
    expect(await shownText(page, 'filing-summary')).toContain('证明材料，共2页');
    await checks.step('3-confirm');
    const filed = page.waitForResponse((r) => new URL(r.url()).pathname === '/v1/filings');
    await button(page, '确认提交').click();
    const filing = FilingResponseSchema.parse(await (await filed).json()).filing;
    const selfService = policyFor('JIANGSU').filing.selfService.enabled;
    expect(selfService).toBe(false);
    expect(filing.status).toBe('PENDING_REVIEW');
    expect(filing.proofs[0]?.fileIds).toHaveLength(2);
    await page.getByTestId('filing-result').filter({ visible: true }).waitFor();
    expect(await shownText(page, 'filing-result')).toContain('已提交，等待审核');
    expect(await shownText(page, 'filing-result')).toContain(chineseDate(filing.review?.deadline ?? ''));
    await checks.step('4-result');

    await button(page, '查看备案详情').click();
    await page.getByTestId('filing-detail').filter({ visible: true }).waitFor();
    await visible(page, '第1页 已上传').waitFor();
    await visible(page, '第2页 已上传').waitFor();
    await checks.step('5-detail');

    // 我的备案 lists it with the insured person and who submitted it.
    await page.goto(`${h5Url()}#/packages/filing/list/index`);
    const card = page.getByTestId(`filing-card-${filing.filingId}`).filter({ visible: true });
    await card.waitFor();
    const cardText = (await card.textContent()) ?? '';
    expect(cardText).toContain('上海市');
    expect(cardText).toContain('本人办理');
    expect(cardText).toContain(filing.insuredPerson.nameMasked);
    await checks.step('6-list');

    expect(checks.problems()).toEqual([]);
  }

  it('files by 个人承诺书 with a drawn signature; the cancel is refused for the 6-month lock (normal mode)', async () => {
    await commitmentWalk(BROWSER_PERSONS.filingRetiree, 'normal');
  }, 240_000);

  it('files by 个人承诺书 and is refused the cancel in elder mode (长辈模式)', async () => {
    await commitmentWalk(BROWSER_PERSONS.filingRetireeElder, 'elder');
  }, 240_000);

  it('files with two uploaded pages of work proof, queued for review (normal mode)', async () => {
    await proofWalk(BROWSER_PERSONS.filingWorker, 'normal');
  }, 240_000);

  it('files with two uploaded pages of work proof in elder mode (长辈模式)', async () => {
    await proofWalk(BROWSER_PERSONS.filingWorkerElder, 'elder');
  }, 240_000);
});
