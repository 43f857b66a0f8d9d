/**
 * 地区政策 — the shape of a region's policy, validated with zod when it is loaded. Every entry carries its source so
 * the UI and the staff console can show "依据：…". Caps that a source fixes (`003 Art. 18`: −5 / −20 points,
 * `003 Art. 10`: ≥ 6 months) are enforced here, so a region file cannot set a value the rules forbid.
 */
import { z } from 'zod';
import { SOURCE_FILES } from '../domain/sources';
import {
  ELIGIBILITY_CASES,
  EXPENSE_TYPES,
  FILING_PROOFS,
  FILING_TYPES,
  HOSPITAL_LEVELS,
  INSURANCE_TYPES,
  isLongTermFilingType,
  MATERIAL_ITEMS,
  REGIONS,
} from '../domain/vocabulary';

/** A source as stored in policy data. */
export const SourceSchema = z.object({
  file: z.enum(SOURCE_FILES),
  article: z.string().min(1),
  label: z.string().startsWith('依据：'),
});

/** Money in integer fen (分). */
const Fen = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const WorkingDays = z.number().int().min(1).max(60);

const OfferedFilingTypeSchema = z.object({
  offered: z.literal(true),
  /** Any one of these proofs is enough; empty means identity only (`003 Art. 8(6)`). */
  acceptedProofs: z.array(z.enum(FILING_PROOFS).exclude(['PERSONAL_COMMITMENT'])),
  commitmentAllowed: z.boolean(),
  validity: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('LONG_TERM') }),
    z.object({
      kind: z.literal('MONTHS'),
      months: z.number().int().min(6, { error: '临时外出就医备案有效期不少于6个月' }),
    }),
  ]),
  source: SourceSchema,
});
const NotOfferedFilingTypeSchema = z.object({
  offered: z.literal(false),
  /** Shown to the applicant instead of the form. */
  reason: z.string().min(1),
  source: SourceSchema,
});
const FilingTypeRuleSchema = z.discriminatedUnion('offered', [OfferedFilingTypeSchema, NotOfferedFilingTypeSchema]);
export type FilingTypeRule = z.infer<typeof FilingTypeRuleSchema>;
export type OfferedFilingType = z.infer<typeof OfferedFilingTypeSchema>;

const FilingPolicySchema = z.object({
  types: z.record(z.enum(FILING_TYPES), FilingTypeRuleSchema).superRefine((types, ctx) => {
    for (const [type, rule] of Object.entries(types)) {
      const longTerm = isLongTermFilingType(type as (typeof FILING_TYPES)[number]);
      if (rule.offered && rule.commitmentAllowed && !longTerm) {
        ctx.addIssue({ code: 'custom', path: [type], message: '只有长期异地居住人员可以承诺制备案（003 Art. 8）' });
      }
      if (rule.offered && longTerm !== (rule.validity.kind === 'LONG_TERM')) {
        ctx.addIssue({ code: 'custom', path: [type], message: '长期异地居住人员长期有效，临时外出就医人员按月计' });
      }
    }
  }),
  /** Months before a commitment filing may be changed or cancelled; 0 = any time. */
  commitmentLock: z.object({ months: z.number().int().min(0).max(24), source: SourceSchema }),
  multiPlace: z.object({ allowed: z.boolean(), commitmentAllowed: z.literal(false), source: SourceSchema }),
  selfService: z.object({ enabled: z.boolean(), source: SourceSchema }),
  review: z.object({ workingDays: WorkingDays, source: SourceSchema }),
  lateFiling: z.object({ untilDischargeSettlement: z.boolean(), source: SourceSchema }),
  /** 承诺补充制: a commitment filing must later be backed by the proof. */
  commitmentSupplement: z.object({ required: z.boolean(), source: SourceSchema }),
  destination: z.object({ source: SourceSchema }),
  identity: z.object({ source: SourceSchema }),
});

/** One checklist entry of a region. */
export const MaterialEntrySchema = z.object({
  item: z.enum(MATERIAL_ITEMS),
  /** The name as the region's source writes it. */
  name: z.string().min(1),
  /** Needed only for a hospital stay (住院、生育). */
  stayOnly: z.boolean().optional(),
  source: SourceSchema,
});
export type MaterialEntry = z.infer<typeof MaterialEntrySchema>;

const MaterialGroupSchema = z.object({ reason: z.string().min(1), items: z.array(MaterialEntrySchema).min(1) });
export type MaterialGroup = z.infer<typeof MaterialGroupSchema>;

/** The facts that add conditional supplements to a checklist (`003 Art. 27`). */
export const SUPPLEMENT_CONDITIONS = [
  'RESCUE',
  'RESCUE_DIED',
  'ACCIDENT_WITH_DOCUMENTS',
  'ACCIDENT_WITHOUT_DOCUMENTS',
  'DUAL_CHANNEL_DRUGS',
  'DRUGS_BOUGHT_OUTSIDE',
  'OUTSIDE_SERVICES_DURING_STAY',
  'PROXY',
] as const;
export type SupplementCondition = (typeof SUPPLEMENT_CONDITIONS)[number];

const ClaimPolicySchema = z.object({
  eligibilityCases: z.partialRecord(
    z.enum(ELIGIBILITY_CASES),
    z.object({ description: z.string().min(1), source: SourceSchema }),
  ),
  online: z.object({ expenseTypes: z.array(z.enum(EXPENSE_TYPES)).min(1), source: SourceSchema }),
  materials: z.record(z.enum(EXPENSE_TYPES), MaterialGroupSchema),
  supplements: z.record(z.enum(SUPPLEMENT_CONDITIONS), MaterialGroupSchema),
  eVoucher: z.object({ satisfies: z.array(z.enum(MATERIAL_ITEMS)), source: SourceSchema }),
  /** The exceptional "additional material by the provincial list" request (`000` 流程二). */
  additionalMaterials: z.object({ allowed: z.boolean(), source: SourceSchema }),
});

const StageLimitSchema = z.object({ workingDays: WorkingDays, source: SourceSchema });
export type StageLimit = z.infer<typeof StageLimitSchema>;

const CaseTimeLimitsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('PER_STAGE'),
    acceptance: StageLimitSchema,
    review: StageLimitSchema,
    secondReview: StageLimitSchema,
    finance: StageLimitSchema,
  }),
  z.object({
    kind: z.literal('WHOLE_CASE'),
    /** Single outpatient claim of at most `maxAmountFen` ("1千元以下" includes 1,000). */
    smallOutpatient: z.object({ workingDays: WorkingDays, maxAmountFen: Fen, source: SourceSchema }).nullable(),
    general: StageLimitSchema,
    special: StageLimitSchema.nullable(),
    /** The agency must tell the applicant in advance when it cannot finish in time. */
    overrunNotice: z.object({ required: z.boolean(), source: SourceSchema }),
  }),
]);
export type CaseTimeLimits = z.infer<typeof CaseTimeLimitsSchema>;

const LevelParametersSchema = z.object({
  /** 起付标准 per stay. */
  deductibleFen: Fen,
  /** 支付比例 in whole percent. */
  ratioPercent: z.number().int().min(0).max(100),
});
const InsuranceParametersSchema = z.object({
  levels: z.record(z.enum(HOSPITAL_LEVELS), LevelParametersSchema),
  /** 统筹基金年度最高支付限额. */
  annualCeilingFen: Fen,
});

const BenefitPolicySchema = z.object({
  parameters: z.record(z.enum(INSURANCE_TYPES), InsuranceParametersSchema),
  parametersSource: SourceSchema,
  adjustments: z.object({
    longTermAtPlace: z.object({ reductionPoints: z.literal(0), source: SourceSchema }),
    referral: z.object({
      reductionPoints: z.number().int().min(0).max(5, { error: '转诊降低幅度不超过5个百分点（003 Art. 18）' }),
      source: SourceSchema,
    }),
    temporaryFiled: z.object({ reductionPoints: z.number().int().min(0).max(20), source: SourceSchema }),
    unfiled: z.object({
      reductionPoints: z.number().int().min(0).max(20, { error: '未备案降低幅度不超过20个百分点（003 Art. 18）' }),
      source: SourceSchema,
    }),
    emergency: z.object({ reductionPoints: z.literal(0), source: SourceSchema }),
    nonDesignated: z.object({ paysNothingExceptEmergency: z.literal(true), source: SourceSchema }),
  }),
  crossYear: z.object({ mode: z.enum(['SPLIT_BY_DAILY_AVERAGE', 'WHOLE_AT_DISCHARGE']), source: SourceSchema }),
  crossCheck: z.object({ thresholdFen: Fen.min(1), source: SourceSchema }),
});

/** The letters signed on screen: 个人承诺书, 外伤无第三方责任承诺书 (`001 附件1–2`) and the proxy's 委托书. */
export const LETTER_IDS = ['PERSONAL_COMMITMENT', 'TRAUMA_NO_THIRD_PARTY', 'POWER_OF_ATTORNEY'] as const;
export type LetterId = (typeof LETTER_IDS)[number];

/** A commitment letter: title, blanks, body with `{{key}}` placeholders, source. */
export const LetterTemplateSchema = z
  .object({
    id: z.enum(LETTER_IDS),
    title: z.string().min(1),
    fields: z.array(z.object({ key: z.string().regex(/^[a-zA-Z]+$/), label: z.string().min(1) })),
    body: z.string().min(1),
    source: SourceSchema,
  })
  .superRefine((letter, ctx) => {
    const used = new Set([...letter.body.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]));
    const declared = new Set(letter.fields.map((f) => f.key));
    for (const key of used)
      if (!declared.has(key as string)) ctx.addIssue({ code: 'custom', message: `未声明的栏目 ${key}` });
    for (const key of declared)
      if (!used.has(key)) ctx.addIssue({ code: 'custom', message: `栏目 ${key} 未在正文中使用` });
  });
export type LetterTemplate = z.infer<typeof LetterTemplateSchema>;

/** A region's whole policy. */
export const RegionPolicySchema = z.object({
  region: z.enum(REGIONS),
  name: z.string().min(1),
  /** Who this policy is for, as the sources say (e.g. 省直参保人员). */
  scope: z.string().min(1),
  /** The insuring agency named in the letters (承诺书). */
  agencyName: z.string().min(1),
  filing: FilingPolicySchema,
  claim: ClaimPolicySchema,
  caseTimeLimits: CaseTimeLimitsSchema,
  benefit: BenefitPolicySchema,
  letters: z.object({ personalCommitment: LetterTemplateSchema, traumaNoThirdParty: LetterTemplateSchema }),
});

/** A region's validated policy. */
export type RegionPolicy = z.infer<typeof RegionPolicySchema>;
/** A region file's content before validation. */
export type RegionPolicyInput = z.input<typeof RegionPolicySchema>;
