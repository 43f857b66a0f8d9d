// 办理进度 in the browser (issue 12 item 3): 我的办件 with the drafts first (继续填写) and each submitted case with
// its current deadline in official working days as the API computed it, the 办件详情 with its timeline and stage,
// and 撤回 (allowed before review) confirmed in a panel and shown withdrawn — on the H5 production build against
// the real local stack, in normal and elder mode. Each walk has its own person and voucher
// (tests/support/browser-claim-persons.ts); the claim is drafted and submitted through the API beside the browser.
import { CaseDetailSchema, CaseListResponseSchema, ChecklistResponseSchema } from '@shared/api/claims';
import { MyPersonsResponseSchema } from '@shared/api/me';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import type { Page } from 'playwright-core';
import type { DemoInvoice, DemoPerson } from '../../local/seed/demo';
import { call } from '../support/api';
import { usePhonePage } from '../support/browser';
import { BROWSER_CASE_PERSONS, BROWSER_CASE_VOUCHERS } from '../support/browser-claim-persons';
import { jpegBytes } from '../support/files';
import { button, h5Url, type Mode, pageChecks, routeWechatStandIn, signInAs, tokenOf } from '../support/phone-app';
import { confirmedUpload } from '../support/uploads';

jest.setTimeout(240_000);

const onScreen = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true }).first();
const shownText = async (page: Page, testId: string) => (await onScreen(page, testId).textContent()) ?? '';

async function ok(answer: Promise<{ status: number; text: string; body: Record<string, unknown> }>, what: string) {
  const a = await answer;
  if (a.status < 200 || a.status >= 300) throw new Error(`${what}: ${a.status} ${a.text}`);
  return a.body;
}

/** As the applicant does it through the API: a draft for the emergency visit, its voucher, materials, card, submit. */
async function submittedCase(token: string, person: DemoPerson, invoice: DemoInvoice): Promise<string> {
  const persons = MyPersonsResponseSchema.parse(await ok(call('GET', '/v1/me/persons', { token }), 'persons'));
  const self = persons.persons.find((p) => p.relation === 'self');
  if (!self) throw new Error('no self person');
  const draft = (body: Record<string, unknown>) => ok(call('POST', '/v1/claims', { token, body }), 'draft');
  const request = {
    insuredPersonId: self.personId,
    eligibilityCase: 'EMERGENCY_UNFILED',
    expenseType: 'EMERGENCY',
    facts: {},
    visit: { placeCode: '110000', admissionDate: invoice.bill.issueDate, dischargeDate: null },
  };
  const caseId = String((await draft(request)).caseId);
  const { bill } = invoice;
  await ok(
    call('POST', `/v1/claims/${caseId}/voucher`, {
      token,
      body: { invoiceCode: bill.code, invoiceNumber: bill.number, checkCode: bill.checkCode },
    }),
    'voucher',
  );
  const checklist = ChecklistResponseSchema.parse(
    await ok(call('GET', `/v1/claims/${caseId}/checklist`, { token }), 'checklist'),
  );
  for (const missing of checklist.missing) {
    const fileId = await confirmedUpload(token, 'CLAIM_MATERIAL', 'image/jpeg', jpegBytes(8192, 480, 640));
    await ok(
      call('POST', `/v1/claims/${caseId}/materials`, { token, body: { item: missing.item, fileIds: [fileId] } }),
      `attach ${missing.item}`,
    );
  }
  await ok(
    call('PUT', `/v1/claims/${caseId}/bank-account`, {
      token,
      body: { accountName: person.name, bankName: '中国工商银行沈阳分行', cardNumber: '6222021234567890128' },
    }),
    'bank account',
  );
  await ok(call('POST', `/v1/claims/${caseId}/submit`, { token, body: {} }), 'submit');
  return caseId;
}

/** `2026-12-03` as the app writes a day of this year (`12月3日`), else with its year. */
function dayText(iso: string): string {
  const [year, month, day] = iso.split('-');
  const text = `${Number(month)}月${Number(day)}日`;
  return year === todayInShanghai(new Date()).slice(0, 4) ? text : `${year}年${text}`;
}

describe('办理进度 — my cases, the case detail and 撤回 on the H5 build against the local stack', () => {
  const phone = usePhonePage(routeWechatStandIn);
  let page: Page;
  beforeEach(() => {
    page = phone();
  });

  async function trackingWalk(person: DemoPerson, invoice: DemoInvoice, mode: Mode) {
    const checks = pageChecks(page, 'cases', mode);
    await signInAs(page, person, mode);
    const token = await tokenOf(page);
    const caseId = await submittedCase(token, person, invoice);
    // A second claim left as a draft (no voucher yet): it comes first in the list, with 继续填写.
    const personId = MyPersonsResponseSchema.parse((await call('GET', '/v1/me/persons', { token })).body).persons[0]
      ?.personId;
    const draftId = String(
      (
        await ok(
          call('POST', '/v1/claims', {
            token,
            body: {
              insuredPersonId: personId,
              eligibilityCase: 'EMERGENCY_UNFILED',
              expenseType: 'EMERGENCY',
              facts: {},
              visit: { placeCode: '110000', admissionDate: invoice.bill.issueDate, dischargeDate: null },
            },
          }),
          'second draft',
        )
      ).caseId,
    );
    const listed = CaseListResponseSchema.parse((await call('GET', '/v1/cases', { token })).body);
    const summary = listed.cases.find((c) => c.caseId === caseId);
    if (!summary?.deadline) throw new Error('the submitted case has no deadline');
    const due = `预计 ${dayText(summary.deadline.due)} 前完成${summary.deadline.stageName}`;

    // 我的办件: the draft first with 继续填写; the submitted case with its state, both persons and its deadline.
    await page.goto(`${h5Url()}#/packages/cases/list/index`);
    await onScreen(page, 'case-list').waitFor({ timeout: 20_000 });
    await onScreen(page, `case-continue-${draftId}`).waitFor();
    const groups = await page.locator('[data-testid="cases-drafts"], [data-testid="cases-submitted"]').all();
    expect(await Promise.all(groups.map((g) => g.getAttribute('data-testid')))).toEqual([
      'cases-drafts',
      'cases-submitted',
    ]);
    const card = await shownText(page, `case-card-${caseId}`);
    expect(card).toContain('已提交待受理');
    expect(card).toContain('急诊报销');
    expect(card).toContain(`参保人：${summary.insuredPersonNameMasked}`);
    expect(card).toContain(`办理人：本人（${summary.submitter.nameMasked}）`);
    expect(card).toContain('中日友好医院');
    expect(await shownText(page, `case-deadline-${caseId}`)).toContain(due);
    if (summary.deadline.provisional) expect(card).toContain('日期暂定');
    await checks.step('01-list');

    // 办件详情: state in words, the stage with its working days and 依据, the timeline with the submission.
    await onScreen(page, `case-card-${caseId}`).click();
    await onScreen(page, 'case-detail').waitFor({ timeout: 20_000 });
    const detail = CaseDetailSchema.parse((await call('GET', `/v1/cases/${caseId}`, { token })).body);
    expect(await shownText(page, 'case-state')).toBe('已提交待受理');
    const stage = await shownText(page, 'case-stage');
    expect(stage).toContain(`办理时限：${summary.deadline.stageName}`);
    expect(stage).toContain(due);
    expect(stage).toContain(`${detail.deadline?.workingDays}个工作日`);
    expect(stage).toContain('依据');
    expect(await shownText(page, 'case-facts')).toContain(`办理人本人（${detail.claim.submitter.nameMasked}）`);
    await checks.step('02-detail');
    const submittedOn = detail.timeline[0]?.on ?? '';
    const [y, m, d] = submittedOn.split('-');
    const firstEvent = await shownText(page, 'case-event-1');
    expect(firstEvent).toContain('提交申请');
    expect(firstEvent).toContain(`${y}年${Number(m)}月${Number(d)}日`);
    await onScreen(page, 'case-timeline').scrollIntoViewIfNeeded();
    await checks.step('03-timeline');

    // 撤回: a confirm panel first; 不撤回 leaves it; 确定撤回 withdraws it once.
    await button(page, '撤回申请').scrollIntoViewIfNeeded();
    await button(page, '撤回申请').click();
    const dialog = page.getByRole('alertdialog').filter({ visible: true });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('确定要撤回这笔报销申请吗？');
    await checks.step('04-withdraw-confirm');
    await button(page, '确定撤回').dblclick();
    await page.locator('[data-testid="case-detail"][data-state="withdrawn"]').filter({ visible: true }).waitFor({
      timeout: 20_000,
    });
    expect(await shownText(page, 'case-state')).toBe('已撤回');
    expect(await shownText(page, 'case-state-line')).toContain('不再办理');
    expect(await page.getByTestId('case-actions').filter({ visible: true }).count()).toBe(0);
    expect(await page.getByTestId('case-stage').filter({ visible: true }).count()).toBe(0);
    expect(await shownText(page, 'case-event-2')).toContain('撤回申请');
    await checks.step('05-withdrawn');
    const after = CaseDetailSchema.parse((await call('GET', `/v1/cases/${caseId}`, { token })).body);
    expect(after.timeline.map((e) => e.action)).toEqual(['SUBMIT', 'WITHDRAW']);

    // Back in 我的办件 the case says so; 继续填写 opens the wizard on the draft.
    await page.goto(`${h5Url()}#/packages/cases/list/index`);
    await page.reload();
    await onScreen(page, `case-card-${caseId}`).waitFor({ timeout: 20_000 });
    expect(await shownText(page, `case-card-${caseId}`)).toContain('已撤回');
    await checks.step('06-list-withdrawn');
    await onScreen(page, `case-continue-${draftId}`).click();
    await page.waitForURL(new RegExp(`packages/claim/new/index\\?id=${draftId}`));

    expect(checks.problems()).toEqual([]);
  }

  it('lists my cases (draft first, deadline shown), opens one with its timeline and withdraws it', async () => {
    await trackingWalk(BROWSER_CASE_PERSONS.caseWorker, BROWSER_CASE_VOUCHERS.caseWorker, 'normal');
  });

  it('walks the same in elder mode (长辈模式): large text and targets, axe clean', async () => {
    await trackingWalk(BROWSER_CASE_PERSONS.caseWorkerElder, BROWSER_CASE_VOUCHERS.caseWorkerElder, 'elder');
  });
});
