// 预估报销金额 — the applicant's estimate of a claim: the reviewer's settlement preview for the same case with nothing
// the reviewer alone knows (no review adjustments, no pooling-fund payments earlier in the year), i.e. exactly
// `calculateCaseSettlement(stored, [], {})` — the same input gathering (settlementInput.ts) and the same domain
// rule (`calculateSettlement`), presented by the domain's `settlementEstimate`. So the estimate of a case equals what
// `POST /v1/staff/cases/{id}/settlement-preview` with an empty body computes for it, as long as its filings are
// unchanged. Like the preview, it uses the e-voucher's settlement columns (统筹基金支付范围内 / 乙类先行自付 / 超限价
// 自付 / 自费), not its itemised list; without an e-voucher there is no estimate (a declared total alone says nothing
// about what is in scope), and a draft lacking what the calculation needs gets the reason instead of an error.
import { type ClaimEstimateResponse, ESTIMATE_LABEL, ESTIMATE_NOTICE } from '@shared/api/estimates';
import { settlementEstimate } from '@shared/domain/benefit/estimate';
import type { StoredCase } from '../../data/case';
import { RefusalError, UnprocessableError } from '../../support/errors';
import { calculateCaseSettlement } from './settlementInput';

const NO_VOUCHER = '请先查询电子票据，才能估算报销金额';
const NO_HOSPITAL = '电子票据上缺少就诊医院的等级或定点信息，暂时无法估算报销金额；提交后由经办机构核定';
const BASIS =
  '按电子票据上的费用分类（统筹基金支付范围内费用、乙类先行自付、超限价自付、自费）和您的备案情况计算；未计入经办机构审核时可能作出的调整，也未计入本年度此前已由统筹基金支付的金额。';

function unavailable(caseId: string, reason: string): ClaimEstimateResponse {
  return { caseId, available: false, label: ESTIMATE_LABEL, notice: ESTIMATE_NOTICE, reason };
}

/** The estimate of the case, or why there is none yet. */
export async function claimEstimate(stored: StoredCase): Promise<ClaimEstimateResponse> {
  if (!stored.voucher) return unavailable(stored.caseId, NO_VOUCHER);
  if (!stored.visit.hospitalLevel || stored.visit.designated === null) return unavailable(stored.caseId, NO_HOSPITAL);
  let settlement: Awaited<ReturnType<typeof calculateCaseSettlement>>['settlement'];
  try {
    ({ settlement } = await calculateCaseSettlement(stored, [], {}));
  } catch (error) {
    // The domain refused the draft's figures (e.g. its dates): the reason is the summary's, not an error of this read.
    if (error instanceof RefusalError || error instanceof UnprocessableError) {
      return unavailable(stored.caseId, error.message);
    }
    throw error;
  }
  const estimate = settlementEstimate(settlement);
  const { ratio } = settlement;
  return {
    caseId: stored.caseId,
    available: true,
    label: ESTIMATE_LABEL,
    notice: ESTIMATE_NOTICE,
    basis: BASIS,
    amounts: settlement.amounts,
    deductibleFen: settlement.deductibleFen,
    fundPaymentFen: estimate.fundPaymentFen,
    personalCashFen: estimate.personalCashFen,
    ratio: {
      basePercent: ratio.basePercent,
      ratioPercent: ratio.ratioPercent,
      baseSource: ratio.baseSource.label,
      adjustments: ratio.adjustments.map((a) => ({ points: a.points, reason: a.reason, source: a.source.label })),
    },
    figures: estimate.figures.map((f) => ({ ...f, source: f.source.label })),
    personalParts: [...estimate.personalParts],
    identities: [...estimate.identities],
    splitAcrossYears: settlement.splitAcrossYears,
    sources: [...new Set(settlement.sources.map((s) => s.label))],
  };
}
