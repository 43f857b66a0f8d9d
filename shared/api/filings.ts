// 异地就医备案 — the filing API: create, list, view, change, cancel. Requests carry Chinese messages per field; the
// rules themselves (who may file what, where, by commitment or proof) are decided by shared/domain/filing.
// Responses mask the insured person (SPEC §6) and carry the 依据 of every decision. A refusal by the rules answers
// 422 with the rule's code and Chinese message, the field it concerns in `fields`, and its 依据 in `source`
// (“依据：《江苏省异地就医经办服务规程》第十条”), so a form can show the clause under the message. A destination below
// the filing level (DESTINATION_TOO_NARROW: a county, a district, a city of 海南/西藏) also carries the destination it
// belongs to in `fields.suggestedDestinationCode` / `fields.suggestedDestinationName`, for a one-tap correction.
import { z } from 'zod';
import { FILING_STATUS, type FilingStatus } from '../domain/filing/filing';
import { IsoDateSchema } from '../domain/validation/schemas';
import { FILING_BASES, FILING_PROOFS, FILING_TYPES, REGIONS } from '../domain/vocabulary';

/** The filing statuses, as the tuple `z.enum` needs. */
export const FILING_STATUSES = Object.keys(FILING_STATUS) as [FilingStatus, ...FilingStatus[]];

const IdSchema = (message: string) => z.string({ error: message }).regex(/^[0-9A-Za-z_-]{1,64}$/, { error: message });

// Only the form is checked here: whether the code is a city (or 海南/西藏), and never a hospital, is the domain's
// decision (`filingDestination`), which answers with its 依据.
const DivisionCodeSchema = z
  .string({ error: '请选择就医地' })
  .trim()
  .min(1, { error: '请选择就医地' })
  .max(20, { error: '就医地应为6位行政区划代码（地级市；海南、西藏为省）' });

/** One kind of proof and the uploaded pages that show it (confirmed uploads of the caller). */
export const FilingProofFilesSchema = z.object({
  proof: z.enum(FILING_PROOFS, { error: '请选择证明材料的种类' }).exclude(['PERSONAL_COMMITMENT'], {
    error: '个人承诺书请通过签署承诺书提交',
  }),
  fileIds: z
    .array(IdSchema('上传的文件编号不正确'), { error: '请上传证明材料' })
    .min(1, { error: '请上传证明材料' })
    .max(20, { error: '每种证明材料最多上传20页' }),
});

const proofsField = z
  .array(FilingProofFilesSchema, { error: '证明材料格式不正确' })
  .max(5, { error: '证明材料种类过多' })
  .refine((list) => new Set(list.map((p) => p.proof)).size === list.length, {
    error: '同一种证明材料请合并上传',
  });

/**
 * `POST /v1/filings` — file for cross-region treatment (备案登记) for oneself or for a person the caller may act
 * for. `basis` PROOF: `proofs` lists the uploaded proof; COMMITMENT: `signatureId` is the signed 个人承诺书.
 */
export const CreateFilingRequestSchema = z.object({
  insuredPersonId: IdSchema('请选择为谁办理备案'),
  type: z.enum(FILING_TYPES, { error: '请选择备案人员类别' }),
  basis: z.enum(FILING_BASES, { error: '请选择提供证明材料或签署个人承诺书' }),
  destinationCode: DivisionCodeSchema,
  /** The day the applicant expects to start treatment there (informational: validity starts at approval). */
  startDate: IsoDateSchema.optional(),
  proofs: proofsField.default([]),
  signatureId: IdSchema('承诺书签署编号不正确').optional(),
});

/**
 * `PATCH /v1/filings/{id}` — change a filing (变更备案); what is left out stays as it is. `version` is the version
 * the applicant saw: a filing changed since then is refused (409) rather than overwritten.
 */
export const ChangeFilingRequestSchema = z
  .object({
    version: z.number({ error: '缺少备案版本号' }).int().positive().optional(),
    type: z.enum(FILING_TYPES, { error: '请选择备案人员类别' }).optional(),
    basis: z.enum(FILING_BASES, { error: '请选择提供证明材料或签署个人承诺书' }).optional(),
    destinationCode: DivisionCodeSchema.optional(),
    proofs: proofsField.optional(),
    signatureId: IdSchema('承诺书签署编号不正确').optional(),
  })
  .refine(
    (c) =>
      c.type !== undefined ||
      c.basis !== undefined ||
      c.destinationCode !== undefined ||
      c.proofs !== undefined ||
      c.signatureId !== undefined,
    { error: '请填写要变更的备案信息' },
  );

/** `POST /v1/filings/{id}/cancel` — cancel a filing (取消备案); `version` as for a change. */
export const CancelFilingRequestSchema = z.object({
  version: z.number({ error: '缺少备案版本号' }).int().positive().optional(),
});

/** The 依据 of one decision on a filing: what happened, when, and the clause it rests on. */
export const FilingDecisionSchema = z.object({
  at: z.string(),
  action: z.enum(['FILED', 'APPROVED', 'QUEUED_FOR_REVIEW', 'CHANGED', 'CANCELLED', 'REFUSED']),
  actionName: z.string(),
  /** “依据：《…》第十条” */
  source: z.string(),
  note: z.string().nullable(),
});

/** A filing as the applicant sees it. */
export const FilingSchema = z.object({
  filingId: z.string(),
  /** Optimistic-concurrency version: send it back with a change or cancel. */
  version: z.number().int(),
  insuredPerson: z.object({ personId: z.string(), nameMasked: z.string(), idNumberMasked: z.string() }),
  /** Whether the caller filed it themselves or it was filed for them by a proxy (or by the caller as proxy). */
  submittedByCaller: z.boolean(),
  /** Who filed it: the insured person (self) or a proxy, masked; null name on filings kept before it was recorded. */
  submitter: z.object({ relation: z.enum(['self', 'proxy']), nameMasked: z.string().nullable() }),
  type: z.enum(FILING_TYPES),
  typeName: z.string(),
  longTerm: z.boolean(),
  basis: z.enum(FILING_BASES),
  basisName: z.string(),
  proofs: z.array(z.object({ proof: z.enum(FILING_PROOFS), proofName: z.string(), fileIds: z.array(z.string()) })),
  signatureId: z.string().nullable(),
  destination: z.object({ code: z.string(), level: z.enum(['CITY', 'PROVINCE']), provinceName: z.string() }),
  startDate: z.string().nullable(),
  filedOn: z.string(),
  status: z.enum(FILING_STATUSES),
  statusName: z.string(),
  /** First day covered; null while waiting for review. */
  validFrom: z.string().nullable(),
  /** Last day covered; null = long-term (until changed or cancelled) or not yet approved. */
  validUntil: z.string().nullable(),
  cancelledOn: z.string().nullable(),
  /** 承诺补充制: the proof is still owed. */
  proofDue: z.boolean(),
  refusalReason: z.string().nullable(),
  /** While waiting for review: the agency's deadline (1 working day), provisional when the calendar is not official. */
  review: z
    .object({ deadline: z.string(), provisional: z.boolean(), explanation: z.string().nullable(), source: z.string() })
    .nullable(),
  /** A commitment filing's first day it may be changed or cancelled (`003 Art. 10`); null when there is no lock. */
  changeAllowedFrom: z.string().nullable(),
  decisions: z.array(FilingDecisionSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** `GET /v1/filings` — the caller's filings (as insured person or as submitter), newest first. */
export const FilingListResponseSchema = z.object({ filings: z.array(FilingSchema) });

/** `POST /v1/filings`, `PATCH /v1/filings/{id}`, `POST /v1/filings/{id}/cancel`, `GET /v1/filings/{id}`. */
export const FilingResponseSchema = z.object({ filing: FilingSchema });

/**
 * `GET /v1/filings/options?insuredPersonId=…` — the person the wizard files for, as the query names them. The id is
 * checked for its form here (400 with a Chinese message); whether the caller may act for them, by the route (404).
 */
export const FilingOptionsQuerySchema = z.object({
  insuredPersonId: z
    .string({ error: '请选择为谁办理备案' })
    .regex(/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/, { error: '参保人编号格式不正确' }),
});

/**
 * What the filing wizard shows for one person, straight from their region's policy (shared/domain/filing/
 * explanations.ts › filingOptions): every person type with a plain line, whether it is offered (or why not), its
 * validity and accepted proofs; how a filing is approved; the commitment lock in plain words; the destination rule.
 */
export const FilingOptionsResponseSchema = z.object({
  person: z.object({
    personId: z.string(),
    nameMasked: z.string(),
    region: z.enum(REGIONS),
    regionName: z.string(),
    insuredCityName: z.string(),
  }),
  types: z.array(
    z.object({
      type: z.enum(FILING_TYPES),
      name: z.string(),
      /** One plain line for an elderly reader: who this person type is. */
      explanation: z.string(),
      offered: z.boolean(),
      notOfferedReason: z.string().nullable(),
      longTerm: z.boolean(),
      /** 长期有效（直到变更或取消） / 6个月; empty when not offered. */
      validity: z.string(),
      commitmentAllowed: z.boolean(),
      /** Any one of these is enough; empty = identity only. */
      proofs: z.array(
        z.object({
          proof: z.enum(FILING_PROOFS),
          name: z.string(),
          explanation: z.string(),
        }),
      ),
      /** “依据：《…》…” */
      source: z.string(),
    }),
  ),
  approval: z.object({
    /** Approved at once (self-service, `004 §2(4)`), or reviewed by the agency. */
    atOnce: z.boolean(),
    reviewWorkingDays: z.number().int().nullable(),
    explanation: z.string(),
    source: z.string(),
  }),
  commitmentLock: z.object({
    /** Months a commitment filing may not be changed or cancelled; 0 = any time. */
    months: z.number().int(),
    /** Plain words when months > 0, else null. */
    explanation: z.string().nullable(),
    source: z.string(),
  }),
  destination: z.object({ explanation: z.string(), source: z.string() }),
});

export type FilingOptionsQuery = z.infer<typeof FilingOptionsQuerySchema>;
export type FilingOptionsResponse = z.infer<typeof FilingOptionsResponseSchema>;
export type CreateFilingRequest = z.infer<typeof CreateFilingRequestSchema>;
export type ChangeFilingRequest = z.infer<typeof ChangeFilingRequestSchema>;
export type CancelFilingRequest = z.infer<typeof CancelFilingRequestSchema>;
export type FilingView = z.infer<typeof FilingSchema>;
export type FilingDecisionView = z.infer<typeof FilingDecisionSchema>;
export type FilingResponse = z.infer<typeof FilingResponseSchema>;
export type FilingListResponse = z.infer<typeof FilingListResponseSchema>;
