// 预估报销金额 — `GET /v1/claims/{id}/estimate`: the expected reimbursement of a claim, calculated by the same domain
// rule as the reviewer's settlement preview (shared/domain/benefit/settlement.ts › calculateSettlement, presented by
// shared/domain/benefit/estimate.ts), every amount in integer fen, labelled 预估. A draft that lacks what the
// calculation needs answers `available: false` with the reason in plain words (not an error).
import { z } from 'zod';
import { ESTIMATE_FIGURES, PERSONAL_PARTS } from '../domain/benefit/estimate';

const SourceView = z.string().describe('依据：…');
const fen = z.number().int();

/** What the estimate is labelled everywhere it is shown. */
export const ESTIMATE_LABEL = '预估';
/** The plain sentence under every estimate: the amount paid is the reviewer's, not this one. */
export const ESTIMATE_NOTICE = '以上金额为预估，仅供参考；实际报销金额以经办机构审核核定的结果为准。';

const AvailableEstimateSchema = z.object({
  caseId: z.string(),
  available: z.literal(true),
  label: z.literal(ESTIMATE_LABEL),
  notice: z.string(),
  /** What the calculation used, in plain words (the voucher's classification; no review adjustments). */
  basis: z.string(),
  /** The settlement form's columns (`001 附件4`). */
  amounts: z.object({
    totalFen: fen,
    inScopeFen: fen,
    classBPrepayFen: fen,
    overLimitFen: fen,
    selfPayFen: fen,
  }),
  /** 起付标准 charged. */
  deductibleFen: fen,
  /** 基金支付合计: the expected reimbursement. */
  fundPaymentFen: fen,
  /** 个人现金支付: what remains the applicant's. */
  personalCashFen: fen,
  ratio: z.object({
    basePercent: z.number().int(),
    ratioPercent: z.number().int(),
    baseSource: SourceView,
    adjustments: z.array(z.object({ points: z.number().int(), reason: z.string(), source: SourceView })),
  }),
  /** Each figure of the form with a plain line and its 依据. */
  figures: z.array(
    z.object({
      code: z.enum(ESTIMATE_FIGURES),
      name: z.string(),
      amountFen: fen,
      explanation: z.string(),
      source: SourceView,
    }),
  ),
  /** 个人现金支付 broken down; the parts add up to it. */
  personalParts: z.array(z.object({ code: z.enum(PERSONAL_PARTS), name: z.string(), amountFen: fen })),
  /** The settlement form's identities, each checked on these figures. */
  identities: z.array(z.object({ formula: z.string(), holds: z.boolean() })),
  /** A stay across a calendar year is split by daily average cost (`001 §3(2)1`). */
  splitAcrossYears: z.boolean(),
  sources: z.array(SourceView),
});

const UnavailableEstimateSchema = z.object({
  caseId: z.string(),
  available: z.literal(false),
  label: z.literal(ESTIMATE_LABEL),
  notice: z.string(),
  /** Why there is no estimate yet, and what to do (请先查询电子票据…). */
  reason: z.string(),
});

/** `GET /v1/claims/{id}/estimate`. */
export const ClaimEstimateResponseSchema = z.discriminatedUnion('available', [
  AvailableEstimateSchema,
  UnavailableEstimateSchema,
]);

export type ClaimEstimateResponse = z.infer<typeof ClaimEstimateResponseSchema>;
