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
 * Blanks the server fills when the client leaves them out (a value the client sends is used — and, for a name or ID
 * number, checked against the person — as sent): 个人承诺书 `name`, `idNumber`, `sex`, `insuredPlace` from the insured
 * person, `treatmentPlace` from `destinationCode`; 外伤承诺书 `promisor`, `idNumber`; 委托书 `agentName`,
 * `agentIdNumber` from the caller's own person.
 */
export const SERVER_DERIVED_FIELDS: Partial<Record<LetterId, readonly string[]>> = {
  PERSONAL_COMMITMENT: ['name', 'idNumber', 'sex', 'insuredPlace', 'treatmentPlace'],
  TRAUMA_NO_THIRD_PARTY: ['promisor', 'idNumber'],
  POWER_OF_ATTORNEY: ['agentName', 'agentIdNumber'],
};

const fieldsSchema = z
  .record(
    z.string().regex(/^[a-zA-Z]{1,40}$/),
    z
      .string({ error: '请填写此项' })
      .max(300, { error: '内容过长，请精简' })
      .refine((v) => !v.includes('{{'), { error: '内容含有不允许的字符' }),
    { error: '请填写文书内容' },
  )
  .default({});

/** Absent, empty or null reads as "left out". */
const leftOut = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

function signerSchema(today: IsoDate) {
  return z.object({
    relationship: z.enum(SIGNER_RELATIONSHIPS, { error: '请选择签名人与参保人的关系' }),
    /** Left out when the insured person signs (SELF): taken from the letter's subject. */
    name: leftOut(ChineseNameSchema),
    /** Left out when the insured person signs (SELF): taken from the letter's subject. */
    idNumber: leftOut(idNumberSchema(today)),
    phone: leftOut(MobilePhoneSchema),
  });
}

function letterRequestShape(today: IsoDate) {
  return {
    letter: z.enum(LETTER_IDS, { error: '请选择要签署的文书' }),
    /** The insured person the letter is about; not needed for a 委托书 (its principal may be new to us). */
    insuredPersonId: z.string().min(1).max(64).optional(),
    /** The letter's blanks as shown; those of `SERVER_DERIVED_FIELDS` may be left out. */
    fields: fieldsSchema,
    /**
     * 个人承诺书: the filing destination (GB/T 2260, a city; 海南/西藏 the province), from which `treatmentPlace` is
     * named when the client leaves it out.
     */
    destinationCode: z
      .string({ error: '请选择就医地' })
      .trim()
      .regex(/^\d{6}$/, { error: '就医地应为6位行政区划代码（地级市；海南、西藏为省）' })
      .optional(),
    signer: signerSchema(today),
  };
}

type LetterRequestCheck = {
  letter: LetterId;
  insuredPersonId?: string | undefined;
  signer?: {
    relationship: SignerRelationship;
    name?: string | undefined;
    idNumber?: string | undefined;
    phone?: string | undefined;
  };
};

function checkLetterRequest(request: LetterRequestCheck, ctx: z.RefinementCtx): void {
  if (request.letter !== 'POWER_OF_ATTORNEY' && !request.insuredPersonId) {
    ctx.addIssue({ code: 'custom', path: ['insuredPersonId'], message: '请选择为哪位参保人签署' });
  }
  const signer = request.signer;
  // 001 附件2: a relative who signs for the patient gives their name, ID number and a phone.
  if (signer && signer.relationship !== 'SELF') {
    if (!signer.name) ctx.addIssue({ code: 'custom', path: ['signer', 'name'], message: '请填写代签人姓名' });
    if (!signer.idNumber) {
      ctx.addIssue({ code: 'custom', path: ['signer', 'idNumber'], message: '请填写代签人身份证号码' });
    }
    if (!signer.phone) {
      ctx.addIssue({ code: 'custom', path: ['signer', 'phone'], message: '近亲属代签时请填写代签人联系电话' });
    }
  }
}

/**
 * `POST /v1/signatures` — a letter signed on screen: which letter, for whom, its blanks as shown (those the server
 * knows may be left out, `SERVER_DERIVED_FIELDS`), who signed (the insured person's own name and ID number may be left
 * out), and the hand-drawn signature (PNG, base64, a `data:image/png;base64,` prefix allowed). `today` bounds birth
 * dates.
 */
export function createSignatureRequestSchema(today: IsoDate) {
  return z
    .object({
      ...letterRequestShape(today),
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
    .superRefine(checkLetterRequest);
}

/**
 * `POST /v1/signatures/preview` — the same body as `POST /v1/signatures` without the image; `signer` optional (when
 * given it is checked and shown on the signature line as signing would; else the line reads （手写签名）). Nothing is
 * stored.
 */
export function signaturePreviewRequestSchema(today: IsoDate) {
  const { signer, ...shape } = letterRequestShape(today);
  return z
    .object({ ...shape, signer: signer.optional(), image: z.unknown().optional() })
    .superRefine(checkLetterRequest);
}

/** The request's shape, for the API document; the handler validates with `createSignatureRequestSchema(today)`. */
export const CreateSignatureRequestSchema = createSignatureRequestSchema('2999-12-31');
/** The preview request's shape, for the API document; the handler validates with `signaturePreviewRequestSchema`. */
export const SignaturePreviewRequestSchema = signaturePreviewRequestSchema('2999-12-31');

/** `POST /v1/signatures/preview` — the letter as it will be signed (masked), and what is still to be filled. */
export const SignaturePreviewResponseSchema = z.object({
  letter: z.enum(LETTER_IDS),
  letterName: z.string(),
  title: z.string(),
  /** The text as it will be signed, ID numbers and phones masked; an empty blank shows as ＿＿＿＿. */
  text: z.string(),
  /** The template's 依据. */
  source: z.string(),
  /** The blanks the client may fill (the signature line and the date are the server's and not listed). */
  fields: z.array(z.object({ key: z.string(), label: z.string() })),
  /** Keys of the blanks still empty (signing now would be refused for them). */
  missing: z.array(z.string()),
});

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
export type SignaturePreviewRequest = z.infer<ReturnType<typeof signaturePreviewRequestSchema>>;
export type SignaturePreviewResponse = z.infer<typeof SignaturePreviewResponseSchema>;
export type SignatureResponse = z.infer<typeof SignatureResponseSchema>;
