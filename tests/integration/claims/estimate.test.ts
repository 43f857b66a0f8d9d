// 预估报销金额 (issue 12 item 2) over real HTTP: the demo worker (a fresh person shaped like 陈静, 沈阳 employee) claims
// her unfiled emergency visit in 北京 (`worker-emergency`); the summary's estimate equals, figure by figure, what the
// reviewer's settlement preview computes for the same case once it is submitted — one rule, not two. A draft without
// its e-voucher gets the reason, not an error; nobody else may read it. This file alone submits the voucher
// `worker-emergency`, once (the other suites only draft for its treatment).
import { ClaimEstimateResponseSchema } from '@shared/api/estimates';
import { SettlementPreviewResponseSchema } from '@shared/api/staffActions';
import type { SettlementForm } from '@shared/domain/benefit/settlement';
import { demoInvoice } from '../../../local/seed/demo';
import { call, errorOf } from '../../support/api';
import { attachStored, bankAccountOf, createDraft, draftFor, submitClaim } from '../../support/claims';
import { type Applicant, demoShapedApplicant, unboundUser, useStackEnvironment } from '../../support/people';
import { loginStaff } from '../../support/staff';
import { step } from '../../support/steps';

jest.setTimeout(60_000);

const HAN = /\p{Script=Han}/u;
const VOUCHER = 'worker-emergency';
const visit = demoInvoice(VOUCHER);

beforeAll(() => {
  useStackEnvironment();
});

function estimateOf(token: string, caseId: string) {
  return call('GET', `/v1/claims/${caseId}/estimate`, { token });
}

/** The worker's unfiled emergency claim as she declares it (北京 is her place of treatment, no filing there). */
function emergencyDraft(person: Applicant) {
  return draftFor(person, VOUCHER, {
    eligibilityCase: 'EMERGENCY_UNFILED',
    expenseType: 'EMERGENCY',
    facts: { rescue: false },
  });
}

describe('GET /v1/claims/{id}/estimate — the summary’s 预估, by the reviewer’s own calculation', () => {
  it('equals, figure by figure, the reviewer’s settlement preview of the submitted case; the identities hold', async () => {
    const worker = await demoShapedApplicant('worker');
    const reviewer = await loginStaff('ln-clerk');
    let caseId = '';
    let estimate: ReturnType<typeof ClaimEstimateResponseSchema.parse> | undefined;

    await step('1. her draft with the e-voucher and every missing material, ready to submit', async () => {
      caseId = (await createDraft(worker, emergencyDraft(worker))).caseId;
      const voucher = await call('POST', `/v1/claims/${caseId}/voucher`, {
        token: worker.token,
        body: {
          invoiceCode: visit.bill.code,
          invoiceNumber: visit.bill.number,
          checkCode: visit.bill.checkCode,
        },
      });
      expect(voucher.status).toBe(200);
      const checklist = await call('GET', `/v1/claims/${caseId}/checklist`, { token: worker.token });
      for (const missing of (checklist.body.missing as { item: string }[]) ?? []) {
        expect((await attachStored(worker, caseId, missing.item)).status).toBe(200);
      }
      const bank = await call('PUT', `/v1/claims/${caseId}/bank-account`, {
        token: worker.token,
        body: bankAccountOf('worker'),
      });
      expect(bank.status).toBe(200);
    });

    await step('2. the summary shows the estimate, labelled 预估, each figure with its 依据', async () => {
      const answer = await estimateOf(worker.token, caseId);
      expect(answer.status).toBe(200);
      estimate = ClaimEstimateResponseSchema.parse(answer.body);
      if (!estimate.available) throw new Error(`no estimate: ${estimate.reason}`);
      expect(estimate.label).toBe('预估');
      expect(estimate.notice).toContain('以经办机构审核核定的结果为准');
      expect(estimate.amounts).toEqual({
        totalFen: visit.amountsFen.total,
        inScopeFen: visit.amountsFen.inScope,
        classBPrepayFen: visit.amountsFen.classBSelfPay,
        overLimitFen: visit.amountsFen.overLimitSelfPay,
        selfPayFen: visit.amountsFen.selfPaid,
      });
      expect(estimate.fundPaymentFen).toBeGreaterThan(0);
      // An emergency is not reduced (003 Art. 19), with the reason and its 依据.
      expect(estimate.ratio.ratioPercent).toBe(estimate.ratio.basePercent);
      expect(estimate.ratio.adjustments[0]?.reason).toMatch(HAN);
      expect(estimate.ratio.adjustments[0]?.source).toMatch(/^依据：/);
      for (const figure of estimate.figures) {
        expect(Number.isSafeInteger(figure.amountFen)).toBe(true);
        expect(figure.source).toMatch(/^依据：/);
      }
      expect(estimate.identities.length).toBeGreaterThanOrEqual(2);
      expect(estimate.identities.every((i) => i.holds)).toBe(true);
      const a = estimate.amounts;
      expect(a.totalFen).toBe(a.inScopeFen + a.classBPrepayFen + a.overLimitFen + a.selfPayFen);
      expect(a.totalFen).toBe(estimate.fundPaymentFen + estimate.personalCashFen);
      expect(estimate.personalParts.reduce((sum, p) => sum + p.amountFen, 0)).toBe(estimate.personalCashFen);
    });

    await step('3. submitted, the reviewer’s preview computes the same figures', async () => {
      const submitted = await submitClaim(worker, caseId);
      expect(submitted.status).toBe(200);
      const preview = await call('POST', `/v1/staff/cases/${caseId}/settlement-preview`, {
        token: reviewer,
        body: {},
      });
      expect(preview.status).toBe(200);
      SettlementPreviewResponseSchema.parse(preview.body);
      const form = preview.body.settlement as unknown as SettlementForm;
      if (!estimate?.available) throw new Error('no estimate');
      expect(estimate.amounts).toEqual(form.amounts);
      expect(estimate.deductibleFen).toBe(form.deductibleFen);
      expect(estimate.fundPaymentFen).toBe(form.fundTotalFen);
      expect(estimate.personalCashFen).toBe(form.personalCashFen);
      expect(estimate.ratio).toEqual({
        basePercent: form.ratio.basePercent,
        ratioPercent: form.ratio.ratioPercent,
        baseSource: form.ratio.baseSource.label,
        adjustments: form.ratio.adjustments.map((x) => ({
          points: x.points,
          reason: x.reason,
          source: x.source.label,
        })),
      });
      const figure = (code: string) => estimate?.available && estimate.figures.find((f) => f.code === code)?.amountFen;
      expect(figure('DEDUCTIBLE')).toBe(form.deductibleFen);
      expect(figure('FUND')).toBe(form.fundTotalFen);
      expect(figure('ELIGIBLE')).toBe(form.years.reduce((sum, y) => sum + y.eligibleFen, 0));
      // And after submission the applicant's estimate is still the same.
      expect(ClaimEstimateResponseSchema.parse((await estimateOf(worker.token, caseId)).body)).toEqual(estimate);
    });
  });

  it('answers a draft without its e-voucher with the reason (200, available false), not an error', async () => {
    const worker = await demoShapedApplicant('worker');
    const draft = await createDraft(worker, emergencyDraft(worker));

    const answer = await estimateOf(worker.token, draft.caseId);

    expect(answer.status).toBe(200);
    expect(ClaimEstimateResponseSchema.parse(answer.body)).toEqual({
      caseId: draft.caseId,
      available: false,
      label: '预估',
      notice: expect.stringMatching(HAN),
      reason: '请先查询电子票据，才能估算报销金额',
    });
  });

  it('is refused to anyone not party to the claim exactly as GET /v1/cases/{id} is', async () => {
    // A draft without a voucher: the demo vouchers each back one suite's claim (retiree-inpatient is others').
    const retiree = await demoShapedApplicant('worker');
    const { caseId } = await createDraft(retiree, emergencyDraft(retiree));
    const stranger = await demoShapedApplicant('worker');
    const unbound = await unboundUser('estimate');

    const own = await estimateOf(retiree.token, caseId);
    const theirs = await estimateOf(stranger.token, caseId);
    const theirCase = await call('GET', `/v1/cases/${caseId}`, { token: stranger.token });
    const notBound = await estimateOf(unbound.accessToken, caseId);
    const noToken = await call('GET', `/v1/claims/${caseId}/estimate`);
    const badId = await estimateOf(retiree.token, 'not-a-case');

    expect(own.status).toBe(200);
    expect(ClaimEstimateResponseSchema.parse(own.body).caseId).toBe(caseId);
    expect(theirs.status).toBe(404);
    expect(theirs.status).toBe(theirCase.status);
    expect(errorOf(theirs)).toEqual(errorOf(theirCase));
    expect(notBound.status).toBe(403);
    expect(noToken.status).toBe(401);
    expect(badId.status).toBe(400);
    expect(errorOf(badId).fields?.id).toMatch(HAN);
  });
});
