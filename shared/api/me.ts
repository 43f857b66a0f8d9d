import { z } from 'zod';
import type { IsoDate } from '../domain/calendar/isoDate';
import { ChineseNameSchema, idNumberSchema, MobilePhoneSchema } from '../domain/validation/schemas';
import { INSURANCE_TYPES, REGIONS } from '../domain/vocabulary';

/**
 * `POST /v1/me/binding` — real-name binding (实名绑定): the insured person's name and ID number, checked against the
 * insured-person registry; optionally a contact phone. `today` bounds the birth date in the ID number.
 */
export function bindingRequestSchema(today: IsoDate) {
  return z.object({
    name: ChineseNameSchema,
    idNumber: idNumberSchema(today),
    // An empty phone box means "no phone", not a wrong phone.
    phone: z.preprocess((v) => (v === '' || v === null ? undefined : v), MobilePhoneSchema.optional()),
  });
}

/** The binding request's shape, for the API document; handlers and forms validate with `bindingRequestSchema(today)`. */
export const BindingRequestSchema = bindingRequestSchema('2999-12-31');

/** The insured person a user is bound to, as the applicant sees them: masked where the whole value is not needed. */
export const BoundPersonSchema = z.object({
  personId: z.string(),
  /** 王秀兰 → 王*兰 */
  nameMasked: z.string(),
  /** 140105195503120241 → 140***********0241 */
  idNumberMasked: z.string(),
  gender: z.enum(['F', 'M']),
  insuranceType: z.enum(INSURANCE_TYPES),
  insuranceTypeName: z.string(),
  /** The insuring province: chooses the region policy. */
  region: z.enum(REGIONS),
  regionName: z.string(),
  insuredCity: z.string(),
  insuredCityName: z.string(),
  /** 参保地经办机构 — the agency that handles this person's cases. */
  agencyName: z.string(),
  boundAt: z.string(),
});

/** `GET /v1/me` — who the caller is: binding state, and the bound insured person (masked). */
export const MeResponseSchema = z.object({
  userId: z.string(),
  bound: z.boolean(),
  /** The contact phone given at binding, masked (138****5678); null when none was given. */
  phoneMasked: z.string().nullable(),
  insuredPerson: BoundPersonSchema.nullable(),
});

/** The answer to a binding: who the caller now is, and a fresh access token that carries the binding. */
export const BindingResponseSchema = z.object({
  me: MeResponseSchema,
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int().positive(),
});

/** One insured person the caller may act for: themselves now; the persons who authorised them as proxy later. */
export const ActingForPersonSchema = z.object({
  personId: z.string(),
  nameMasked: z.string(),
  idNumberMasked: z.string(),
  relation: z.enum(['self', 'proxy']),
});

/** `GET /v1/me/persons` — whom the caller may file and claim for (bound users only). */
export const MyPersonsResponseSchema = z.object({ persons: z.array(ActingForPersonSchema) });

export type BindingRequest = z.infer<ReturnType<typeof bindingRequestSchema>>;
export type BoundPerson = z.infer<typeof BoundPersonSchema>;
export type MeResponse = z.infer<typeof MeResponseSchema>;
export type BindingResponse = z.infer<typeof BindingResponseSchema>;
export type ActingForPerson = z.infer<typeof ActingForPersonSchema>;
export type MyPersonsResponse = z.infer<typeof MyPersonsResponseSchema>;
