// 线上手工报销 — the claim (办件) API: drafts, the e-voucher, materials, the bank account, submission, tracking.
// Request schemas carry Chinese messages per field; responses mask every sensitive value (SPEC §6).
import { z } from 'zod';
import type { IsoDate } from '../domain/calendar/isoDate';
import type { CaseAction } from '../domain/case/types';
import { BankCardSchema, ChineseNameSchema, fenSchema, pastDateSchema } from '../domain/validation/schemas';
import {
  ACCIDENTAL_INJURIES,
  CASE_STATES,
  ELIGIBILITY_CASES,
  EXPENSE_TYPES,
  HOSPITAL_LEVELS,
  MATERIAL_ITEMS,
  REGIONS,
  ROLES,
} from '../domain/vocabulary';

/** 办件操作 — the state machine's actions, as the applicant and the staff read them. */
export const CASE_ACTION_NAME = {
  SUBMIT: '提交申请',
  RESUBMIT: '补正后重新提交',
  ACCEPT: '受理',
  NOTIFY_DEFICIENCY: '一次性告知补正材料',
  REFUSE: '不予受理',
  APPROVE_REVIEW: '审核通过',
  REJECT: '审核不通过',
  CONFIRM_REVIEW: '复核通过',
  RETURN_REVIEW: '复核退回重审',
  RECORD_PAYMENT: '拨付',
  COMPLETE: '办结',
  WITHDRAW: '撤回申请',
} as const satisfies Record<CaseAction, string>;
export const CASE_ACTIONS = Object.keys(CASE_ACTION_NAME) as [
  keyof typeof CASE_ACTION_NAME,
  ...(keyof typeof CASE_ACTION_NAME)[],
];

const pick = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

const flag = z.boolean({ error: '请选择“是”或“否”' });

/** The facts of a claim that decide its checklist (`003 Art. 27`). */
export const ClaimFactsSchema = z.object({
  /** 抢救 */
  rescue: flag.default(false),
  /** 抢救无效死亡 */
  died: flag.default(false),
  accidentalInjury: pick(ACCIDENTAL_INJURIES, '请选择是否为意外伤害').default('NONE'),
  /** “双通道”药品 */
  dualChannelDrugs: flag.default(false),
  /** 外购药品 */
  drugsBoughtOutside: flag.default(false),
  /** 住院期间外院检查治疗或定点药店购药 */
  outsideServicesDuringStay: flag.default(false),
});

const PlaceCodeSchema = z.string({ error: '请选择就医地' }).regex(/^\d{6}$/, { error: '就医地应为6位行政区划代码' });

/** Where and when the treatment was: the hospital's place (GB/T 2260) and the visit or stay dates. */
export function visitSchema(today: IsoDate) {
  return z
    .object({
      placeCode: PlaceCodeSchema,
      admissionDate: pastDateSchema(today, '就诊（入院）日期'),
      dischargeDate: pastDateSchema(today, '出院日期').nullable().default(null),
    })
    .refine((v) => v.dischargeDate === null || v.dischargeDate >= v.admissionDate, {
      error: '出院日期不能早于入院日期',
      path: ['dischargeDate'],
    });
}

/** `POST /v1/claims` — a new draft for an insured person the caller may act for. */
export function createClaimRequestSchema(today: IsoDate) {
  return z.object({
    insuredPersonId: z.string({ error: '请选择为谁报销' }).min(1, { error: '请选择为谁报销' }),
    eligibilityCase: pick(ELIGIBILITY_CASES, '请选择报销情形'),
    expenseType: pick(EXPENSE_TYPES, '请选择费用类型'),
    facts: ClaimFactsSchema.default(ClaimFactsSchema.parse({})),
    visit: visitSchema(today),
  });
}
export const CreateClaimRequestSchema = createClaimRequestSchema('2999-12-31');

/** `PATCH /v1/claims/{id}` — autosave of a draft: what changed, and the version it was read at. */
export function patchClaimRequestSchema(today: IsoDate) {
  return z.object({
    version: z.number({ error: '缺少草稿版本号' }).int().positive(),
    eligibilityCase: pick(ELIGIBILITY_CASES, '请选择报销情形').optional(),
    expenseType: pick(EXPENSE_TYPES, '请选择费用类型').optional(),
    facts: ClaimFactsSchema.partial().optional(),
    visit: visitSchema(today).optional(),
    /** The amount claimed when no e-voucher is fetched (paper invoice), integer fen. */
    declaredTotalFen: fenSchema().optional(),
  });
}
export const PatchClaimRequestSchema = patchClaimRequestSchema('2999-12-31');

/** `POST /v1/claims/{id}/voucher` — 医疗收费电子票据 look-up: 票据代码 + 票据号码 + 校验码. */
export const VoucherRequestSchema = z.object({
  invoiceCode: z
    .string({ error: '请填写票据代码' })
    .trim()
    .regex(/^\d{8}$/, { error: '票据代码应为8位数字' }),
  invoiceNumber: z
    .string({ error: '请填写票据号码' })
    .trim()
    .regex(/^\d{10}$/, { error: '票据号码应为10位数字' }),
  checkCode: z
    .string({ error: '请填写校验码' })
    .trim()
    .regex(/^[0-9A-Za-z]{6}$/, { error: '校验码应为6位字母或数字' }),
});

/** `POST /v1/claims/{id}/materials` — confirmed uploads attached as one checklist item (several pages). */
export const AttachMaterialsRequestSchema = z.object({
  item: pick(MATERIAL_ITEMS, '请选择材料项目'),
  fileIds: z
    .array(z.string().min(1), { error: '请选择要上传的文件' })
    .min(1, { error: '请至少上传一页' })
    .max(20, { error: '每项材料最多20页' }),
});

/** `PUT /v1/claims/{id}/bank-account` — where the benefit is paid: the insured person's own account. */
export const BankAccountRequestSchema = z.object({
  accountName: ChineseNameSchema,
  bankName: z
    .string({ error: '请填写开户银行' })
    .trim()
    .min(2, { error: '请填写开户银行' })
    .max(40, { error: '开户银行名称过长' }),
  cardNumber: BankCardSchema,
});

/** `POST /v1/claims/{id}/submit` — optionally the version of the summary the applicant reviewed. */
export const SubmitClaimRequestSchema = z.object({ version: z.number().int().positive().optional() });

/** `POST /v1/claims/{id}/withdraw` — why, in the applicant's words (optional). */
export const WithdrawClaimRequestSchema = z.object({
  reason: z.string().trim().max(200, { error: '原因不超过200字' }).default(''),
});

/** `POST /v1/claims/{id}/resubmit` — after a deficiency notice; for a provincial-list notice, that it was mailed. */
export const ResubmitClaimRequestSchema = z.object({ listItemMailed: z.boolean().default(false) });

const SourceView = z.string().describe('依据：…');

/** One checklist item as the applicant sees it. */
export const ChecklistItemViewSchema = z.object({
  item: z.enum(MATERIAL_ITEMS),
  name: z.string(),
  reason: z.string(),
  source: SourceView,
  satisfiedByEVoucher: z.boolean(),
  form: z.enum(['TRAUMA_NO_THIRD_PARTY', 'OUTSIDE_SERVICE_SLIP']).nullable(),
  fileCount: z.number().int().nonnegative(),
  missing: z.boolean(),
});

/** `GET /v1/claims/{id}/checklist` — what the claim needs and what is still missing. */
export const ChecklistResponseSchema = z.object({
  caseId: z.string(),
  eVoucherFetched: z.boolean(),
  items: z.array(ChecklistItemViewSchema),
  missing: z.array(z.object({ item: z.enum(MATERIAL_ITEMS), name: z.string() })),
  complete: z.boolean(),
});

const VoucherViewSchema = z.object({
  invoiceCode: z.string(),
  invoiceNumber: z.string(),
  billName: z.string(),
  issueDate: z.string(),
  hospitalName: z.string(),
  totalFen: z.number().int(),
  settlement: z.object({
    fundScopeFen: z.number().int(),
    classBSelfPayFen: z.number().int(),
    overLimitSelfPayFen: z.number().int(),
    ownExpenseFen: z.number().int(),
  }),
  items: z.array(z.object({ name: z.string(), quantity: z.number(), amountFen: z.number().int() })),
  fetchedAt: z.string(),
});

/** A claim (办件) as its applicant or proxy sees it: masked wherever the whole value is not needed. */
export const ClaimViewSchema = z.object({
  caseId: z.string(),
  state: z.enum(CASE_STATES),
  stateName: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  insuredPerson: z.object({ personId: z.string(), nameMasked: z.string(), idNumberMasked: z.string() }),
  /** Who submitted: the insured person themself, or a proxy (代办人). */
  submitter: z.object({ relation: z.enum(['self', 'proxy']), nameMasked: z.string() }),
  region: z.enum(REGIONS),
  agencyName: z.string(),
  eligibilityCase: z.enum(ELIGIBILITY_CASES),
  eligibilityCaseName: z.string(),
  eligibility: z.object({ description: z.string(), source: SourceView }),
  expenseType: z.enum(EXPENSE_TYPES),
  expenseTypeName: z.string(),
  facts: z.object({
    rescue: z.boolean(),
    died: z.boolean(),
    accidentalInjury: z.enum(ACCIDENTAL_INJURIES),
    dualChannelDrugs: z.boolean(),
    drugsBoughtOutside: z.boolean(),
    outsideServicesDuringStay: z.boolean(),
  }),
  visit: z.object({
    placeCode: z.string(),
    admissionDate: z.string(),
    dischargeDate: z.string().nullable(),
    hospitalCode: z.string().nullable(),
    hospitalName: z.string().nullable(),
    hospitalLevel: z.enum(HOSPITAL_LEVELS).nullable(),
    designated: z.boolean().nullable(),
  }),
  voucher: VoucherViewSchema.nullable(),
  /** The amount claimed, integer fen: the e-voucher's total, or the declared amount of a paper invoice. */
  claimedTotalFen: z.number().int(),
  bankAccount: z
    .object({ accountNameMasked: z.string(), bankName: z.string(), cardNumberMasked: z.string() })
    .nullable(),
  materials: z.array(
    z.object({
      item: z.enum(MATERIAL_ITEMS),
      itemName: z.string(),
      fileId: z.string(),
      contentType: z.string().nullable(),
      size: z.number().int().nullable(),
      attachedAt: z.string(),
    }),
  ),
});

const DeadlineViewSchema = z.object({
  stage: z.enum(['ACCEPTANCE', 'REVIEW', 'SECOND_REVIEW', 'FINANCE', 'WHOLE_CASE']),
  stageName: z.string(),
  from: z.string(),
  workingDays: z.number().int(),
  due: z.string(),
  /** True where the official calendar lacks a year: the due date may move (explanation says why). */
  provisional: z.boolean(),
  explanation: z.string().nullable(),
  source: SourceView,
});

const NoticeViewSchema = z.object({
  kind: z.enum(['ORDINARY', 'PROVINCIAL_LIST']),
  sentOn: z.string(),
  items: z.array(
    z.object({
      item: z.enum(MATERIAL_ITEMS),
      itemName: z.string(),
      problem: z.enum(['MISSING', 'DEFECTIVE']),
      reason: z.string(),
    }),
  ),
  note: z.string(),
  listItem: z.string().nullable(),
  mailingAddress: z.string().nullable(),
  phone: z.string().nullable(),
});

/** One entry of the timeline: who (masked, by role), when, what, from which state to which, and why. */
export const TimelineEntrySchema = z.object({
  at: z.string(),
  on: z.string(),
  action: z.enum(CASE_ACTIONS),
  actionName: z.string(),
  from: z.enum(CASE_STATES),
  to: z.enum(CASE_STATES),
  fromName: z.string(),
  toName: z.string(),
  actor: z.object({ role: z.enum(ROLES), roleName: z.string(), nameMasked: z.string().nullable() }),
  reason: z.string().nullable(),
});

/** `GET /v1/cases/{id}` (and the answer to submit, withdraw, resubmit) — the case with its tracking. */
export const CaseDetailSchema = z.object({
  claim: ClaimViewSchema,
  deadline: DeadlineViewSchema.nullable(),
  allowedActions: z.array(z.object({ action: z.enum(CASE_ACTIONS), name: z.string() })),
  timeline: z.array(TimelineEntrySchema),
  /** The open deficiency notice (一次性告知) while the case waits for the applicant; the latest one otherwise. */
  notice: NoticeViewSchema.nullable(),
  /** 办结结果单 — available once completed (issue 5 produces the sealed form). */
  result: z.object({ available: z.boolean(), downloadUrl: z.string().nullable(), message: z.string() }).nullable(),
});

/** One line of "my cases". */
export const CaseSummarySchema = z.object({
  caseId: z.string(),
  state: z.enum(CASE_STATES),
  stateName: z.string(),
  relation: z.enum(['self', 'proxy']),
  insuredPersonNameMasked: z.string(),
  /** Who submitted: the insured person themself, or a proxy (代办人) — as in the case view. */
  submitter: z.object({ relation: z.enum(['self', 'proxy']), nameMasked: z.string() }),
  expenseType: z.enum(EXPENSE_TYPES),
  expenseTypeName: z.string(),
  hospitalName: z.string().nullable(),
  claimedTotalFen: z.number().int(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  deadline: z.object({ due: z.string(), provisional: z.boolean(), stageName: z.string() }).nullable(),
});

/** `GET /v1/cases` — mine (as insured person or submitter), newest first; `cursor` fetches the next page. */
export const CaseListResponseSchema = z.object({ cases: z.array(CaseSummarySchema), cursor: z.string().nullable() });

/** `GET /v1/claims/{id}/materials/{item}/{fileId}` — a short-lived download link. */
export const MaterialDownloadResponseSchema = z.object({
  fileId: z.string(),
  item: z.enum(MATERIAL_ITEMS),
  downloadUrl: z.string(),
  expiresAt: z.string(),
});

export type ClaimFacts = z.infer<typeof ClaimFactsSchema>;
export type CreateClaimRequest = z.infer<ReturnType<typeof createClaimRequestSchema>>;
export type PatchClaimRequest = z.infer<ReturnType<typeof patchClaimRequestSchema>>;
export type VoucherRequest = z.infer<typeof VoucherRequestSchema>;
export type AttachMaterialsRequest = z.infer<typeof AttachMaterialsRequestSchema>;
export type BankAccountRequest = z.infer<typeof BankAccountRequestSchema>;
export type ChecklistResponse = z.infer<typeof ChecklistResponseSchema>;
export type ClaimView = z.infer<typeof ClaimViewSchema>;
export type CaseDetail = z.infer<typeof CaseDetailSchema>;
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
export type CaseSummary = z.infer<typeof CaseSummarySchema>;
export type CaseListResponse = z.infer<typeof CaseListResponseSchema>;
export type MaterialDownloadResponse = z.infer<typeof MaterialDownloadResponseSchema>;
