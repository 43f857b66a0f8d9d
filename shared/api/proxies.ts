import { z } from 'zod';
import type { IsoDate } from '../domain/calendar/isoDate';
import { ChineseNameSchema, idNumberSchema, MobilePhoneSchema } from '../domain/validation/schemas';

/**
 * 与参保人关系 — how a proxy (代办人) or a signer who signs for a patient relates to the insured person. The close
 * relatives (近亲属, 民法典 Art. 1045) come first: only they may sign a letter for a patient who cannot
 * (`001 附件2`); anyone the insured person trusts may be their proxy (`000 流程一` names no restriction).
 */
export const RELATIONSHIP = {
  SPOUSE: '配偶',
  CHILD: '子女',
  PARENT: '父母',
  SIBLING: '兄弟姐妹',
  GRANDCHILD: '孙子女、外孙子女',
  GRANDPARENT: '祖父母、外祖父母',
  OTHER_RELATIVE: '其他亲属',
  OTHER: '其他（朋友、同事等）',
} as const;
export type Relationship = keyof typeof RELATIONSHIP;
export const PROXY_RELATIONSHIPS = Object.keys(RELATIONSHIP) as [Relationship, ...Relationship[]];
/** 近亲属 — who may sign for a patient who cannot sign themselves (`001 附件2`). */
export const CLOSE_RELATIVES = ['SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDCHILD', 'GRANDPARENT'] as const;

const powerOfAttorneySchema = z
  .object(
    {
      /** A POWER_OF_ATTORNEY letter signed on screen (`POST /v1/signatures`). */
      signatureId: z.string().min(1).optional(),
      /** A photo or scan of the paper 委托书 (`POST /v1/uploads`, purpose POWER_OF_ATTORNEY). */
      fileId: z.string().min(1).optional(),
    },
    { error: '请提供委托书' },
  )
  .refine((p) => (p.signatureId === undefined) !== (p.fileId === undefined), {
    error: '请在线签署委托书，或上传委托书照片（二选一）',
  });

/**
 * `POST /v1/proxies` — 添加代办：the insured person the caller will act for (checked against the registry), how
 * they are related, the person's contact phone, and the 委托书 (`000 流程一`). `today` bounds the birth date.
 */
export function addProxyRequestSchema(today: IsoDate) {
  return z.object({
    name: ChineseNameSchema,
    idNumber: idNumberSchema(today),
    relationship: z.enum(PROXY_RELATIONSHIPS, { error: '请选择您与参保人的关系' }),
    phone: MobilePhoneSchema,
    powerOfAttorney: powerOfAttorneySchema,
  });
}

/** The request's shape, for the API document; the handler validates with `addProxyRequestSchema(today)`. */
export const AddProxyRequestSchema = addProxyRequestSchema('2999-12-31');

/** An insured person the caller acts for, masked. */
export const ProxyPersonSchema = z.object({
  personId: z.string(),
  nameMasked: z.string(),
  idNumberMasked: z.string(),
  relationship: z.enum(PROXY_RELATIONSHIPS),
  relationshipName: z.string(),
  phoneMasked: z.string(),
  regionName: z.string(),
  insuredCityName: z.string(),
  insuranceTypeName: z.string(),
  powerOfAttorney: z.object({ kind: z.enum(['SIGNATURE', 'UPLOAD']), id: z.string() }),
  grantedAt: z.string(),
});

/** `GET /v1/proxies` — the persons the caller acts for now (active authorisations). */
export const ProxyListResponseSchema = z.object({ persons: z.array(ProxyPersonSchema) });

/** `DELETE /v1/proxies/{personId}` — the authorisation is revoked; the record stays as evidence. */
export const RevokeProxyResponseSchema = z.object({
  personId: z.string(),
  status: z.literal('REVOKED'),
  revokedAt: z.string(),
});

/** A proxy who acts for the caller's insured person (an active authorisation), as the principal sees them. */
export const PrincipalProxySchema = z.object({
  proxyUserId: z.string(),
  /** The proxy's own name, masked (李*燕). */
  nameMasked: z.string(),
  relationship: z.enum(PROXY_RELATIONSHIPS),
  relationshipName: z.string(),
  /** The 委托书: a signed letter (`GET /v1/signatures/{signatureId}`) or an uploaded photo. */
  powerOfAttorney: z.object({ kind: z.enum(['SIGNATURE', 'UPLOAD']), id: z.string() }),
  /** Since when they act for the person. */
  grantedAt: z.string(),
});

/** `GET /v1/me/proxies` — who acts for the caller's insured person now (active authorisations). */
export const MyProxyListResponseSchema = z.object({ proxies: z.array(PrincipalProxySchema) });

/** `DELETE /v1/me/proxies/{proxyUserId}` — the insured person revoked the authorisation; the record stays. */
export const RevokeMyProxyResponseSchema = z.object({
  proxyUserId: z.string(),
  status: z.literal('REVOKED'),
  revokedAt: z.string(),
});

export type AddProxyRequest = z.infer<ReturnType<typeof addProxyRequestSchema>>;
export type ProxyPerson = z.infer<typeof ProxyPersonSchema>;
export type ProxyListResponse = z.infer<typeof ProxyListResponseSchema>;
export type RevokeProxyResponse = z.infer<typeof RevokeProxyResponseSchema>;
export type PrincipalProxy = z.infer<typeof PrincipalProxySchema>;
export type MyProxyListResponse = z.infer<typeof MyProxyListResponseSchema>;
export type RevokeMyProxyResponse = z.infer<typeof RevokeMyProxyResponseSchema>;
