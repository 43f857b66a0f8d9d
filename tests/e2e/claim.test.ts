// 线上手工报销 in the browser (issue 12 items 1–2, "Done when" walks a, g and e): a 沈阳 employee's unfiled emergency
// visit in 北京 claimed from sign-in to submitted on the H5 production build against the real local stack, one
// question per screen, with the 预估 on the summary equal to what the reviewer's settlement preview computes for the
// same case; a double tap on 提交申请 makes one case; the same voucher on a new claim is refused with the reason on
// screen. Each walk claims for its own person and voucher (tests/support/browser-claim-persons.ts).
import { ClaimEstimateResponseSchema } from '@shared/api/estimates';
import { SettlementPreviewResponseSchema } from '@shared/api/staffActions';
import { bankCardProblem } from '@shared/domain/validation/identity';
import type { Page } from 'playwright-core';
import type { DemoInvoice, DemoPerson } from '../../local/seed/demo';
import { call } from '../support/api';
import { usePhonePage } from '../support/browser';
import { BROWSER_CLAIM_PERSONS, BROWSER_CLAIM_VOUCHERS } from '../support/browser-claim-persons';
import { jpegBytes } from '../support/files';
import {
  button,
  h5Url,
  type Mode,
  onScreen,
  pageChecks,
  routeWechatStandIn,
  shownText,
  signInAs,
  textbox,
  tokenOf,
  visible,
} from '../support/phone-app';
import { loginStaff } from '../support/staff';

jest.setTimeout(240_000);

/** Integer fen as the app writes money: 356780 → 3,567.80元. */
function yuan(fen: number): string {
  return `${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}元`;
}

/** The questions before the voucher, answered as the worker would: emergency, not filed, 北京, the day, the hospital. */
async function answerUpToVoucher(page: Page, invoice: DemoInvoice, checks?: ReturnType<typeof pageChecks>) {
  await page.goto(`${h5Url()}#/packages/claim/new/index`);
  await onScreen(page, 'claim-step-notice').waitFor();
  await checks?.step('01-notice');
  // The commitment must be ticked first: the tap without it is answered beside the button.
  await button(page, '我已阅读，开始申请').click();
  await visible(page, '请先勾选上面的承诺，再继续').waitFor();
  await onScreen(page, 'claim-commitment').click();
  await button(page, '我已阅读，开始申请').click();

  // Only herself to claim for: 为谁报销 is skipped; each case and type has its plain line.
  await onScreen(page, 'claim-step-case').waitFor();
  expect(await shownText(page, 'claim-case-EMERGENCY_UNFILED')).toContain('突发急病');
  await checks?.step('02-case');
  await onScreen(page, 'claim-case-EMERGENCY_UNFILED').click();
  await onScreen(page, 'claim-step-expense').waitFor();
  await checks?.step('03-expense');
  await onScreen(page, 'claim-expense-EMERGENCY').click();
  await onScreen(page, 'claim-step-facts').waitFor();
  await checks?.step('04-facts');
  await button(page, '下一步').click();

  // 北京 is a municipality: its one city is chosen with the province.
  await onScreen(page, 'claim-step-place').waitFor();
  await checks?.step('05-place');
  await onScreen(page, 'claim-place-110000').click();
  await onScreen(page, 'claim-step-dates').waitFor();
  await textbox(page, '例如 2026-09-27').fill('2999-01-01');
  await button(page, '保存，下一步').click();
  await visible(page, '就诊日期不能晚于今天').waitFor();
  await checks?.step('06-dates-refused');
  await textbox(page, '例如 2026-09-27').fill(invoice.bill.issueDate);
  const created = page.waitForResponse((r) => new URL(r.url()).pathname === '/v1/claims');
  await button(page, '保存，下一步').click();
  const draft = await created;
  expect(draft.status()).toBe(201);
  const caseId = ((await draft.json()) as { caseId: string }).caseId;

  await onScreen(page, 'claim-step-hospital').waitFor();
  await textbox(page, '输入医院名称中的几个字').fill('中日友好');
  await button(page, '查找医院').click();
  await onScreen(page, `claim-hospital-${invoice.hospitalCode}`).waitFor();
  await checks?.step('07-hospital');
  await onScreen(page, `claim-hospital-${invoice.hospitalCode}`).click();

  await onScreen(page, 'claim-step-voucher').waitFor();
  await textbox(page, '请输入票据代码').fill(invoice.bill.code);
  await textbox(page, '请输入票据号码').fill(invoice.bill.number);
  await textbox(page, '请输入校验码').fill(invoice.bill.checkCode);
  await checks?.step('08-voucher');
  await button(page, '查询票据').click();
  return caseId;
}

describe('Claim wizard — an unfiled emergency claim on the H5 build against the local stack', () => {
  const phone = usePhonePage(routeWechatStandIn);
  let page: Page;
  beforeEach(() => {
    page = phone();
  });

  async function emergencyWalk(person: DemoPerson, invoice: DemoInvoice, mode: Mode) {
    const checks = pageChecks(page, 'claim', mode);
    await signInAs(page, person, mode);
    const caseId = await answerUpToVoucher(page, invoice, checks);

    // What the e-voucher look-up found: hospital, dates, total, items.
    await onScreen(page, 'voucher-found').waitFor({ timeout: 20_000 });
    const found = await shownText(page, 'voucher-found');
    expect(found).toContain('中日友好医院');
    expect(found).toContain(yuan(invoice.amountsFen.total));
    for (const item of invoice.items) expect(found).toContain(item.name);
    await checks.step('09-voucher-found');
    await button(page, '没错，下一步').click();

    // The checklist: the voucher stands for the invoice and the fee list; the diagnosis is photographed.
    await onScreen(page, 'claim-step-materials').waitFor();
    await onScreen(page, 'material-INVOICE-by-voucher').waitFor();
    await onScreen(page, 'material-FEE_LIST-by-voucher').waitFor();
    expect(await shownText(page, 'material-EMERGENCY_DIAGNOSIS_OR_RECORD')).toContain('依据');
    await checks.step('10-materials');

    // (c) The draft left at the upload step: the page reloaded opens it where it stopped (the address names it).
    expect(page.url()).toContain(`id=${caseId}`);
    await page.reload();
    await onScreen(page, 'claim-step-materials').waitFor({ timeout: 20_000 });
    await onScreen(page, 'material-INVOICE-by-voucher').waitFor();
    await checks.step('10b-materials-resumed');
    const uploader = 'material-EMERGENCY_DIAGNOSIS_OR_RECORD-uploader';
    const chooser = page.waitForEvent('filechooser');
    await onScreen(page, `${uploader}-choose`).click();
    await (await chooser).setFiles({ name: '急诊病历.jpg', mimeType: 'image/jpeg', buffer: jpegBytes(8192, 480, 640) });
    await page
      .locator(`[data-testid="${uploader}-page-1"][data-status="done"]`)
      .filter({ visible: true })
      .waitFor({ timeout: 20_000 });
    await checks.step('10c-materials-uploaded');
    await button(page, '保存这1页').click();
    await onScreen(page, 'materials-complete').waitFor();
    await checks.step('11-materials-complete');
    await button(page, '下一步：收款银行卡').click();

    // The bank card: a wrong check digit never leaves the phone (the shared Luhn rule and its message).
    await onScreen(page, 'claim-step-bank').waitFor();
    await textbox(page, '请输入参保人姓名').fill(person.name);
    await textbox(page, '例如 中国工商银行沈阳分行').fill('中国工商银行沈阳分行');
    await textbox(page, '请输入银行卡号').fill('6222021234567890123');
    await button(page, '保存，下一步').click();
    await visible(page, bankCardProblem('6222021234567890123') ?? '?').waitFor();
    await checks.step('12-bank-refused');
    await textbox(page, '请输入银行卡号').fill('6222021234567890128');
    await button(page, '保存，下一步').click();

    // The summary with the 预估: the API's figures, shown as they are.
    await onScreen(page, 'claim-step-summary').waitFor();
    await onScreen(page, 'estimate-fund').waitFor({ timeout: 20_000 });
    const token = await tokenOf(page);
    const estimate = ClaimEstimateResponseSchema.parse(
      (await call('GET', `/v1/claims/${caseId}/estimate`, { token })).body,
    );
    if (!estimate.available) throw new Error(`no estimate: ${estimate.reason}`);
    expect(await shownText(page, 'estimate')).toContain('预估');
    expect(await shownText(page, 'estimate-fund')).toBe(yuan(estimate.fundPaymentFen));
    expect(await shownText(page, 'estimate-in-scope')).toContain(yuan(estimate.amounts.inScopeFen));
    expect(await shownText(page, 'estimate-deductible')).toContain(yuan(estimate.deductibleFen));
    expect(await shownText(page, 'estimate-ratio')).toContain(`${estimate.ratio.ratioPercent}%`);
    expect(await shownText(page, 'estimate-personal')).toContain(yuan(estimate.personalCashFen));
    for (const a of estimate.ratio.adjustments) expect(await shownText(page, 'estimate')).toContain(a.reason);
    expect(estimate.identities.every((i) => i.holds)).toBe(true);
    expect(await shownText(page, 'subscribe-note')).toContain('网页版不能订阅微信消息提醒');
    await checks.step('13-summary');
    await onScreen(page, 'summary-total').scrollIntoViewIfNeeded();
    await checks.step('13b-summary-details');
    await button(page, '提交申请').scrollIntoViewIfNeeded();
    await checks.step('13c-summary-submit');

    // (g) A double tap on 提交申请: one submit request, one case.
    const submits: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === `/v1/claims/${caseId}/submit`)
        submits.push(r.headers()['idempotency-key'] ?? '');
    });
    await button(page, '提交申请').dblclick();
    await onScreen(page, 'claim-submitted').waitFor({ timeout: 20_000 });
    expect(await shownText(page, 'claim-state')).toBe('已提交待受理');
    await onScreen(page, 'claim-deadline').waitFor();
    await checks.step('14-submitted');
    expect(new Set(submits).size).toBe(1);
    const cases = (await call('GET', '/v1/cases', { token })).body as { cases: { caseId: string; state: string }[] };
    expect(cases.cases.map((c) => [c.caseId, c.state])).toEqual([[caseId, 'submitted']]);

    // (a) The reviewer's settlement preview of the same case computes what the summary showed.
    const reviewer = await loginStaff('ln-clerk');
    const preview = await call('POST', `/v1/staff/cases/${caseId}/settlement-preview`, { token: reviewer, body: {} });
    expect(preview.status).toBe(200);
    const { settlement } = SettlementPreviewResponseSchema.parse(preview.body);
    expect({
      fund: settlement.fundTotalFen,
      personal: settlement.personalCashFen,
      deductible: settlement.deductibleFen,
    }).toEqual({
      fund: estimate.fundPaymentFen,
      personal: estimate.personalCashFen,
      deductible: estimate.deductibleFen,
    });

    // (e) The same voucher on a new claim: refused, with the reason on screen, beside the look-up.
    await answerUpToVoucher(page, invoice);
    await onScreen(page, 'voucher-refusal').waitFor({ timeout: 20_000 });
    expect(await shownText(page, 'voucher-refusal')).toContain('已用于另一笔报销申请');
    await checks.step('15-voucher-already-claimed');

    expect(checks.problems()).toEqual([]);
  }

  it('walks an unfiled emergency claim to submitted in normal mode, the 预估 equal to the reviewer’s preview', async () => {
    await emergencyWalk(BROWSER_CLAIM_PERSONS.claimWorker, BROWSER_CLAIM_VOUCHERS.claimWorker, 'normal');
  });

  it('walks the same claim in elder mode (长辈模式): large text and targets, axe clean', async () => {
    await emergencyWalk(BROWSER_CLAIM_PERSONS.claimWorkerElder, BROWSER_CLAIM_VOUCHERS.claimWorkerElder, 'elder');
  });
});
