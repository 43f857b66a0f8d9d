import { z } from 'zod';

/** The file types we accept, each recognised by its bytes (magic bytes, then its whole structure), never by its name. */
export const UPLOAD_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];

const MB = 1024 * 1024;

/** The Chinese name of a file type, for messages. */
export const TYPE_NAME: Record<UploadContentType, string> = {
  'image/jpeg': 'JPG 图片',
  'image/png': 'PNG 图片',
  'application/pdf': 'PDF 文件',
};

/**
 * What a file is uploaded for, and what each purpose accepts. Photos of paper documents come from the camera or
 * the album (JPEG, PNG); hospitals and agencies also hand out PDFs (e-invoice lists, scanned certificates). A
 * hand-drawn signature is a canvas export: PNG only, small.
 */
export const UPLOAD_PURPOSE = {
  /** 报销材料 — a page of a claim's material (invoice, fee list, diagnosis, …). */
  CLAIM_MATERIAL: {
    label: '报销材料',
    contentTypes: ['image/jpeg', 'image/png', 'application/pdf'],
    maxBytes: 10 * MB,
  },
  /** 备案证明材料 — a filing proof (户口簿, 居住证, 工作证明, 转诊证明). */
  FILING_PROOF: {
    label: '备案证明材料',
    contentTypes: ['image/jpeg', 'image/png', 'application/pdf'],
    maxBytes: 10 * MB,
  },
  /** 委托书照片 — a photo or scan of a paper power of attorney signed by the insured person. */
  POWER_OF_ATTORNEY: {
    label: '委托书',
    contentTypes: ['image/jpeg', 'image/png', 'application/pdf'],
    maxBytes: 10 * MB,
  },
  /** 手写签名 — a signature image drawn on screen. */
  SIGNATURE: { label: '手写签名', contentTypes: ['image/png'], maxBytes: 1 * MB },
} as const satisfies Record<string, { label: string; contentTypes: readonly UploadContentType[]; maxBytes: number }>;

export type UploadPurpose = keyof typeof UPLOAD_PURPOSE;
export const UPLOAD_PURPOSES = Object.keys(UPLOAD_PURPOSE) as [UploadPurpose, ...UploadPurpose[]];

/** Where an upload ends up once it is attached. */
export const UPLOAD_STATES = ['PENDING', 'CONFIRMED', 'ATTACHED'] as const;
export type UploadState = (typeof UPLOAD_STATES)[number];

/** Whether `purpose` accepts `contentType`. */
export function purposeAccepts(purpose: UploadPurpose, contentType: UploadContentType): boolean {
  return (UPLOAD_PURPOSE[purpose].contentTypes as readonly string[]).includes(contentType);
}

/** `1.5 MB` / `800 KB` for messages. */
export function formatBytes(bytes: number): string {
  return bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** `POST /v1/uploads` — announce a file: what it is for, its type and size; answered with where to PUT it. */
export const CreateUploadRequestSchema = z
  .object({
    purpose: z.enum(UPLOAD_PURPOSES, { error: '请选择上传文件的用途' }),
    contentType: z.enum(UPLOAD_CONTENT_TYPES, { error: '只能上传 JPG、PNG 图片或 PDF 文件' }),
    size: z
      .number({ error: '请提供文件大小' })
      .int({ error: '文件大小应为整数（字节）' })
      .min(1, { error: '文件是空的，请重新选择' }),
  })
  .superRefine((request, ctx) => {
    const rule = UPLOAD_PURPOSE[request.purpose];
    if (!purposeAccepts(request.purpose, request.contentType)) {
      ctx.addIssue({
        code: 'custom',
        path: ['contentType'],
        message: `${rule.label}只能上传${rule.contentTypes.map((t) => TYPE_NAME[t]).join('、')}`,
      });
    }
    if (request.size > rule.maxBytes) {
      ctx.addIssue({
        code: 'custom',
        path: ['size'],
        message: `文件不能超过 ${formatBytes(rule.maxBytes)}，请压缩或分页后重新上传`,
      });
    }
  });

/** The presigned PUT: send the file as the whole body, with exactly these headers, before `expiresAt`. */
export const CreateUploadResponseSchema = z.object({
  fileId: z.string(),
  uploadUrl: z.string(),
  method: z.literal('PUT'),
  /** Headers the PUT must carry (they are part of the signature). */
  headers: z.record(z.string(), z.string()),
  expiresAt: z.string(),
  maxBytes: z.number().int(),
});

/** An upload as its owner sees it; `downloadUrl` is a presigned GET valid for 5 minutes (null until confirmed). */
export const UploadResponseSchema = z.object({
  fileId: z.string(),
  purpose: z.enum(UPLOAD_PURPOSES),
  state: z.enum(UPLOAD_STATES),
  contentType: z.enum(UPLOAD_CONTENT_TYPES),
  size: z.number().int(),
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
  downloadUrl: z.string().nullable(),
  downloadExpiresAt: z.string().nullable(),
});

export type CreateUploadRequest = z.infer<typeof CreateUploadRequestSchema>;
export type CreateUploadResponse = z.infer<typeof CreateUploadResponseSchema>;
export type UploadResponse = z.infer<typeof UploadResponseSchema>;
