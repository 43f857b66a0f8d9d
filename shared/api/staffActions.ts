/** 经办操作 — the request and response schemas of the staff console's actions on cases and filings. */
import { z } from 'zod';
import { CASE_STATES, MATERIAL_ITEMS } from '../domain/vocabulary';

const version = z.number({ error: '缺少办件版本号，请刷新后再试' }).int().positive();
const reason = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(500, { error: `${what}不超过500字` });
const fen = z
  .number({ error: '金额须为整数（分）' })
  .int({ error: '金额须为整数（分）' })
  .min(0, { error: '金额不能为负数' })
  .max(10_000_000_000, { error: '金额超出范围' });

/** Actions that need only the version the staff member saw (accept, complete). */
export const StaffVersionRequestSchema = z.object({ version });

/** `POST …/refuse` and `…/reject` — the reason, shown to the applicant. */
export const StaffReasonRequestSchema = z.object({ version, reason: reason('原因') });

const DeficiencyItemSchema = z.object({
  item: z.enum(MATERIAL_ITEMS, { error: '请选择材料清单中的材料' }),
  problem: z.enum(['MISSING', 'DEFECTIVE'], { error: '请选择“缺少”或“不符合要求”' }),
  reason: reason('原因'),
});

/** `POST …/notice` — the one-time deficiency notice, or the exceptional provincial-list notice. */
export const StaffNoticeRequestSchema = z.object({
  version,
  notice: z.discriminatedUnion(
    'kind',
    [
      z.object({
        kind: z.literal('ORDINARY'),
        items: z.array(DeficiencyItemSchema).max(30),
        note: z.string().trim().max(500, { error: '补充说明不超过500字' }).default(''),
      }),
      z.object({
        kind: z.literal('PROVINCIAL_LIST'),
        listItem: z.string().trim().max(100, { error: '清单事项不超过100字' }),
        mailingAddress: z.string().trim().max(200, { error: '邮寄地址不超过200字' }),
        phone: z.string().trim().max(30, { error: '联系电话格式不正确' }),
        note: z.string().trim().max(500, { error: '补充说明不超过500字' }).default(''),
      }),
    ],
    { error: '请选择告知类型' },
  ),
});

/** A reviewer's adjustment of one fee line, with its reason (审核调整). */
export const ReviewAdjustmentSchema = z.object({
  lineName: z.string().trim().min(1, { error: '请填写费用项目' }).max(60, { error: '费用项目不超过60字' }),
  amountFen: fen.refine((v) => v > 0, { error: '调整金额须大于0' }),
  to: z.enum(['CLASS_B_PREPAY', 'OVER_LIMIT', 'SELF_PAY'], { error: '请选择调整到“乙类先行自付”“超限价自付”或“自费”' }),
  reason: reason('调整原因'),
});

const calculation = {
  adjustments: z.array(ReviewAdjustmentSchema).max(50).default([]),
  /** Pooling-fund payments already made to the person this year (from the agency's records), by year. */
  paidBeforeByYear: z.record(z.string().regex(/^\d{4}$/, { error: '年度格式不正确' }), fen).default({}),
};

/** `POST …/settlement-preview` — the calculation without recording it. */
export const SettlementPreviewRequestSchema = z.object(calculation);

/** `POST …/review` — approve with the calculation and its adjustments. */
export const StaffReviewRequestSchema = z.object({ version, ...calculation });

/** `POST …/second-review` — confirm, or return to review with the reason. */
export const StaffSecondReviewRequestSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({ version, decision: z.literal('CONFIRM') }),
    z.object({ version, decision: z.literal('RETURN'), reason: reason('退回原因') }),
  ],
  { error: '请选择“复核通过”或“退回审核”' },
);

/** `POST …/payment` — the amount paid and the bank's transfer reference. */
export const StaffPaymentRequestSchema = z.object({
  version,
  amountFen: fen,
  transferReference: z
    .string({ error: '请填写拨付凭证号' })
    .trim()
    .regex(/^[0-9A-Za-z-]{6,40}$/, { error: '拨付凭证号为6–40位字母、数字或“-”' }),
});

/** `POST /v1/staff/filings/{id}/review` — approve or refuse a filing waiting for review. */
export const StaffFilingReviewRequestSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({ version, decision: z.literal('APPROVE') }),
    z.object({ version, decision: z.literal('REFUSE'), reason: reason('不予备案的原因') }),
  ],
  { error: '请选择“同意备案”或“不予备案”' },
);

/** What an action answers: where the case now stands. */
export const StaffActionResponseSchema = z.object({
  caseId: z.string(),
  state: z.enum(CASE_STATES),
  version: z.number().int(),
  resultFormId: z.string().optional(),
});

/** The settlement form as calculated (amounts in fen), for the preview and the review. */
export const SettlementPreviewResponseSchema = z.object({
  settlement: z.looseObject({
    fundTotalFen: z.number().int(),
    personalCashFen: z.number().int(),
    deductibleFen: z.number().int(),
  }),
  crossCheck: z.boolean(),
});

/** A filing decision's answer. */
export const StaffFilingReviewResponseSchema = z.object({
  filingId: z.string(),
  status: z.string(),
  version: z.number().int(),
});
