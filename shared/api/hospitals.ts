// 定点医疗机构查询 — `GET /v1/hospitals?q=…&cityCode=…&limit=…`: the claim wizard's hospital search by name, answered
// from the medical insurance platform's directory of institutions (the same institutions the e-vouchers name).
import { z } from 'zod';
import { HOSPITAL_LEVELS } from '../domain/vocabulary';

/** The most hospitals one search answers (and the default). */
export const HOSPITAL_SEARCH_MAX = 20;

/** The query string: part of the hospital's name, optionally its city (GB/T 2260), and how many to answer. */
export const HospitalSearchQuerySchema = z.object({
  q: z
    .string({ error: '请输入医院名称' })
    .trim()
    .min(1, { error: '请输入医院名称' })
    .max(30, { error: '医院名称不超过30个字' })
    .describe('医院名称的一部分（1–30字）'),
  cityCode: z
    .string({ error: '城市代码格式不正确' })
    .regex(/^\d{6}$/, { error: '城市应为6位行政区划代码' })
    .optional()
    .describe('就医城市（GB/T 2260 六位代码），不填则不限'),
  limit: z.coerce
    .number({ error: '条数须为数字' })
    .int({ error: '条数须为整数' })
    .min(1, { error: `条数须在1到${HOSPITAL_SEARCH_MAX}之间` })
    .max(HOSPITAL_SEARCH_MAX, { error: `条数须在1到${HOSPITAL_SEARCH_MAX}之间` })
    .default(HOSPITAL_SEARCH_MAX)
    .describe(`最多返回的条数（1–${HOSPITAL_SEARCH_MAX}，默认${HOSPITAL_SEARCH_MAX}）`),
});

/** One institution as the wizard lists it. */
export const HospitalViewSchema = z.object({
  /** 国家医保定点医疗机构编码 (H + 6-digit division + 5 digits). */
  code: z.string(),
  name: z.string(),
  cityCode: z.string(),
  cityName: z.string(),
  level: z.enum(HOSPITAL_LEVELS).nullable(),
  levelName: z.string(),
  /** 定点: whether the medical insurance may pay there (a non-designated one pays nothing except emergencies). */
  designated: z.boolean(),
});

/** `GET /v1/hospitals` — the institutions whose name contains `q`, in the directory's order; none is an empty list. */
export const HospitalSearchResponseSchema = z.object({ hospitals: z.array(HospitalViewSchema) });

export type HospitalSearchQuery = z.infer<typeof HospitalSearchQuerySchema>;
export type HospitalView = z.infer<typeof HospitalViewSchema>;
export type HospitalSearchResponse = z.infer<typeof HospitalSearchResponseSchema>;
