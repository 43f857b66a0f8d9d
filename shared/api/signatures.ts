import { z } from 'zod';
import type { IsoDate } from '../domain/calendar/isoDate';
import { ChineseNameSchema, idNumberSchema, MobilePhoneSchema } from '../domain/validation/schemas';
import { LETTER_IDS, type LetterId } from '../policy/schema';
import { CLOSE_RELATIVES, RELATIONSHIP } from './proxies';

export { LETTER_IDS, type LetterId } from '../policy/schema';

/** The letters' names, for lists and messages. */
export const LETTER_NAME: Record<LetterId, string> = {
  PERSONAL_COMMITMENT: '个人承诺书',
  TRAUMA_NO_THIRD_PARTY: '外伤无第三方责任承诺书',
  POWER_OF_ATTORNEY: '委托书',
};

/** Who signs: the insured person (SELF), or a close relative when the patient cannot sign (`001 附件2`). */
export const SIGNER_RELATIONSHIPS = ['SELF', ...CLOSE_RELATIVES] as const;
export type SignerRelationship = (typeof SIGNER_RELATIONSHIPS)[number];
/** The signer relationship's Chinese name. */
export const SIGNER_RELATIONSHIP_NAME: Record<SignerRelationship, string> = {
  SELF: '本人',
  ...Object.fromEntries(CLOSE_RELATIVES.map((r) => [r, RELATIONSHIP[r]])),
} as Record<SignerRelationship, string>;

/** The largest signature image: 200 KB of PNG (a canvas export is far smaller). */
export const MAX_SIGNATURE_IMAGE_BYTES = 200 * 1024;

/** Blanks the server fills itself: the signature line and the date of signing. */
export const SERVER_FILLED_FIELDS = ['signature', 'signYear', 'signMonth', 'signDay'] as const;

/** Which blanks name the person a letter is about (the insured person; for a 委托书 the principal). */
export const LETTER_SUBJECT_FIELDS: Record<LetterId, { name: string; idNumber: string }> = {
  PERSONAL_COMMITMENT: { name: 'name', idNumber: 'idNumber' },
  TRAUMA_NO_THIRD_PARTY: { name: 'promisor', idNumber: 'idNumber' },
  POWER_OF_ATTORNEY: { name: 'principalName', idNumber: 'principalIdNumber' },
};

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const DATA_URL_PREFIX = /^data:image\/png;base64,/;
// Base64 grows 4/3: the longest string that can hold MAX_SIGNATURE_IMAGE_BYTES.
const MAX_BASE64_CHARS = Math.ceil(MAX_SIGNATURE_IMAGE_BYTES / 3) * 4;

/**
 * `POST /v1/signatures` — a letter signed on screen: which letter, for whom, its blanks as shown, who signed, and
 * the hand-drawn signature (PNG, base64, a `data:image/png;base64,` prefix allowed). `today` bounds birth dates.
 */
export function createSignatureRequestSchema(today: IsoDate) {
  return z
    .object({
      letter: z.enum(LETTER_IDS, { error: '请选择要签署的文书' }),
      /** The insured person the letter is about; not needed for a 委托书 (its principal may be new to us). */
      insuredPersonId: z.string().min(1).max(64).optional(),
      fields: z.record(
        z.string().regex(/^[a-zA-Z]{1,40}$/),
        z
          .string({ error: '请填写此项' })
          .max(300, { error: '内容过长，请精简' })
          .refine((v) => !v.includes('{{'), { error: '内容含有不允许的字符' }),
        { error: '请填写文书内容' },
      ),
      signer: z.object({
        relationship: z.enum(SIGNER_RELATIONSHIPS, { error: '请选择签名人与参保人的关系' }),
        name: ChineseNameSchema,
        idNumber: idNumberSchema(today),
        phone: z.preprocess((v) => (v === '' || v === null ? undefined : v), MobilePhoneSchema.optional()),
      }),
      image: z
        .string({ error: '请先手写签名' })
        .transform((v) => v.replace(DATA_URL_PREFIX, '').replace(/\s/g, ''))
        .pipe(
          z
            .string()
            .min(1, { error: '请先手写签名' })
            .max(MAX_BASE64_CHARS, { error: '签名图片过大（不超过 200 KB）' })
            .regex(BASE64, { error: '签名图片格式不正确，请重新签名' }),
        ),
    })
    .superRefine((request, ctx) => {
      if (request.letter !== 'POWER_OF_ATTORNEY' && !request.insuredPersonId) {
        ctx.addIssue({ code: 'custom', path: ['insuredPersonId'], message: '请选择为哪位参保人签署' });
      }
      // 001 附件2: a relative who signs for the patient gives their ID number and a phone.
      if (request.signer.relationship !== 'SELF' && !request.signer.phone) {
        ctx.addIssue({ code: 'custom', path: ['signer', 'phone'], message: '近亲属代签时请填写代签人联系电话' });
      }
    });
}

/** The request's shape, for the API document; the handler validates with `createSignatureRequestSchema(today)`. */
export const CreateSignatureRequestSchema = createSignatureRequestSchema('2999-12-31');

/** The signed letter: its id, the hash, and the text as signed with ID numbers and phones masked. */
export const CreateSignatureResponseSchema = z.object({
  signatureId: z.string(),
  /** Hex SHA-256 of the exact text's UTF-8 bytes followed by the PNG's bytes. */
  sha256: z.string(),
  text: z.string(),
  signedAt: z.string(),
});

/** `GET /v1/signatures/{id}` — a signed letter, masked. */
export const SignatureResponseSchema = z.object({
  signatureId: z.string(),
  letter: z.enum(LETTER_IDS),
  letterName: z.string(),
  title: z.string(),
  /** Null for a 委托书 signed before its principal was on record. */
  insuredPersonId: z.string().nullable(),
  signer: z.object({
    nameMasked: z.string(),
    idNumberMasked: z.string(),
    phoneMasked: z.string().nullable(),
    relationship: z.enum(SIGNER_RELATIONSHIPS),
    relationshipName: z.string(),
  }),
  text: z.string(),
  sha256: z.string(),
  signedAt: z.string(),
  /** Where the PDF of the signed letter is (`GET`, same authorisation). */
  pdfPath: z.string(),
});

export type CreateSignatureRequest = z.infer<ReturnType<typeof createSignatureRequestSchema>>;
export type CreateSignatureResponse = z.infer<typeof CreateSignatureResponseSchema>;
export type SignatureResponse = z.infer<typeof SignatureResponseSchema>;
