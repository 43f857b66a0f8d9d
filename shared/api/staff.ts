/** 经办系统登录 — staff sign-in schemas. */
import { z } from 'zod';
import { EXPENSE_TYPES } from '../domain/vocabulary';
import { CaseDetailSchema, ChecklistItemViewSchema, MaterialDownloadResponseSchema } from './claims';
import { FilingSchema } from './filings';

/** `POST /v1/staff/auth/login`. */
export const StaffLoginRequestSchema = z.object({
  username: z
    .string({ error: '请输入用户名' })
    .trim()
    .min(1, { error: '请输入用户名' })
    .max(64, { error: '用户名不超过64位' }),
  password: z.string({ error: '请输入密码' }).min(1, { error: '请输入密码' }).max(128, { error: '密码不超过128位' }),
});

/** A staff member as the console shows them. */
export const StaffProfileSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(['intake', 'reviewer', 'second_reviewer', 'finance', 'admin'])),
  agencyRegion: z.string(),
  agencyName: z.string(),
});

/** The answer of a successful sign-in: the bearer token for staff routes (8 hours) and the profile. */
export const StaffSessionSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  staff: StaffProfileSchema,
});

/** The staff queues: the five stages of a claim and the filings waiting for review. */
export const STAFF_QUEUES = [
  'ACCEPTANCE',
  'REVIEW',
  'SECOND_REVIEW',
  'FINANCE',
  'COMPLETION',
  'FILING_REVIEW',
] as const;

/** `GET /v1/staff/queues/{stage}` query. */
export const StaffQueueQuerySchema = z.object({
  expenseType: z.enum(EXPENSE_TYPES, { error: '费用类别不正确' }).optional(),
  /** The treatment place's province (GB/T 2260 two-digit prefix, e.g. 46 海南). */
  placeRegion: z
    .string()
    .regex(/^\d{2}$/, { error: '就医地省份代码应为两位数字' })
    .optional(),
  crossCheck: z.enum(['true', 'false'], { error: '应为 true 或 false' }).optional(),
  overdue: z.enum(['true', 'false'], { error: '应为 true 或 false' }).optional(),
  limit: z.coerce
    .number({ error: '每页条数应为 1–100' })
    .int()
    .min(1, { error: '每页条数应为 1–100' })
    .max(100, { error: '每页条数应为 1–100' })
    .default(20),
  cursor: z.string().max(2000).optional(),
});

/** One waiting item of a queue, earliest deadline first. */
export const StaffQueueItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['CASE', 'FILING']),
  state: z.string(),
  stateName: z.string(),
  personNameMasked: z.string(),
  expenseType: z.enum(EXPENSE_TYPES).nullable(),
  claimedTotalFen: z.number().int().nullable(),
  placeCode: z.string().nullable(),
  hospitalName: z.string().nullable(),
  filedByProxy: z.boolean(),
  due: z.string(),
  workingDaysLeft: z.number().int(),
  overdue: z.boolean(),
  crossCheck: z.boolean(),
  version: z.number().int(),
});

export const StaffQueueResponseSchema = z.object({
  queue: z.enum(STAFF_QUEUES),
  items: z.array(StaffQueueItemSchema),
  cursor: z.string().nullable(),
});

/** `GET /v1/staff/cases/{id}` — the case as the applicant sees it, plus what staff work with. */
export const StaffCaseDetailSchema = CaseDetailSchema.extend({
  /** The case's own checklist, each item with the files attached to it (ids only; links via …/materials/…). */
  checklist: z.array(
    ChecklistItemViewSchema.extend({
      files: z.array(
        z.object({ fileId: z.string(), contentType: z.string().nullable(), size: z.number().int().nullable() }),
      ),
    }),
  ),
  version: z.number().int(),
  overdue: z.boolean(),
  crossCheck: z.object({ flagged: z.boolean(), message: z.string().nullable(), source: z.string() }),
  review: z.looseObject({}).nullable(),
  payment: z.looseObject({}).nullable(),
  resultFormId: z.string().nullable(),
});

/**
 * `GET /v1/staff/cases/{id}/sensitive` — the whole bank card number, the diagnosis and the applicant's ID number;
 * every read is audited.
 */
export const StaffCaseSensitiveSchema = z.object({
  caseId: z.string(),
  bankCardNumber: z.string().nullable(),
  diagnosis: z.string().nullable(),
  idNumber: z.string().nullable(),
  auditId: z.string(),
});

/** `GET /v1/staff/cases/{id}/materials/{item}/{fileId}` — a 5-minute download link (the read is audited). */
export const StaffMaterialDownloadSchema = MaterialDownloadResponseSchema.extend({ auditId: z.string() });

/** `POST /v1/staff/auth/logout` — every token of the account issued until then no longer counts. */
export const StaffLogoutResponseSchema = z.object({ signedOutAt: z.string() });

/** `GET /v1/staff/filings/{id}` — the filing for review (masked) and the decisions this member may take. */
export const StaffFilingDetailSchema = z.object({
  filing: FilingSchema,
  allowedDecisions: z.array(z.enum(['APPROVE', 'REFUSE'])),
});

/** `GET /v1/staff/audit` query: one case's trail or one staff member's (admin, own agency only). */
export const StaffAuditQuerySchema = z
  .object({
    caseId: z.string().max(26, { error: '办件编号不正确' }).optional(),
    actor: z.string().max(64, { error: '用户名不超过64位' }).optional(),
  })
  .refine((q) => (q.caseId === undefined) !== (q.actor === undefined), {
    error: '请指定办件编号（caseId）或经办人员（actor）之一',
  });

/** One audit record (append-only). */
export const StaffAuditEntrySchema = z.object({
  auditId: z.string(),
  at: z.string(),
  actor: z.string(),
  kind: z.enum(['READ_SENSITIVE', 'ACTION', 'LOGIN', 'LOGIN_FAILED']),
  subjectType: z.enum(['CASE', 'FILING', 'STAFF']),
  subjectId: z.string(),
  what: z.string(),
  detail: z.string().nullable(),
});

export const StaffAuditResponseSchema = z.object({ entries: z.array(StaffAuditEntrySchema) });
