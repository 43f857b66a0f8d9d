// Path parameters of the routes (shared/api/routes.ts › params): the form our ids really have, so a value that cannot
// be one (2,000 characters, `../x`, a NUL) is refused with a Chinese message before anything is read — DynamoDB
// would answer a key over 1,024 bytes with an error, and a 500. Every id is a ULID made by functions/support/ids.ts.
import { z } from 'zod';
import { MATERIAL_ITEMS } from '../domain/vocabulary';
import { STAFF_QUEUES } from './staff';

/** A ULID: 26 characters of Crockford's base32 (upper case, no I, L, O, U); 48-bit time first, so 0–7 leads. */
const ULID = '[0-7][0-9A-HJKMNP-TV-Z]{25}';

/** The message of a path parameter that does not fit (the page or link that made the URL is wrong). */
export const PATH_ERROR_MESSAGE = '访问的地址有误，请返回后重新进入';

function ulidParam(message: string, description: string) {
  return z
    .string({ error: message })
    .length(26, { error: message })
    .regex(new RegExp(`^${ULID}$`), { error: message })
    .describe(description);
}

/** 办件编号 — a case (claim) id. */
export const CaseIdParam = ulidParam('办件编号格式不正确', '办件编号（ULID，26位）');
/** 备案编号 — a filing id. */
export const FilingIdParam = ulidParam('备案编号格式不正确', '备案编号（ULID，26位）');
/** 文件编号 — an upload's file id. */
export const FileIdParam = ulidParam('文件编号格式不正确', '文件编号（ULID，26位）');
/** 签名文书编号 — a signed letter's id. */
export const SignatureIdParam = ulidParam('签名文书编号格式不正确', '签名文书编号（ULID，26位）');
/** 参保人编号 — an insured person's id. */
export const PersonIdParam = ulidParam('参保人编号格式不正确', '参保人编号（ULID，26位）');
/** 用户编号 — a user's id (a proxy's, in the principal's view of their proxies). */
export const UserIdParam = ulidParam('代办人编号格式不正确', '用户编号（ULID，26位）');
/** 结果单编号 — a settlement result form's id (printed under its QR code). */
export const FormIdParam = ulidParam('结果单编号格式不正确，请核对编号', '结算结果单编号（ULID，26位）');

/** 消息编号 — `<outbox id>-<user id>` (functions/data/message.ts › messageIdOf): two ULIDs and a hyphen. */
export const MessageIdParam = z
  .string({ error: '消息编号格式不正确' })
  .length(53, { error: '消息编号格式不正确' })
  .regex(new RegExp(`^${ULID}-${ULID}$`), { error: '消息编号格式不正确' })
  .describe('消息编号（两个 ULID 以“-”相连，53位）');

/** 材料项目 — one item of the checklist vocabulary (shared/domain/vocabulary.ts › MATERIAL_ITEM). */
export const MaterialItemParam = z.enum(MATERIAL_ITEMS, { error: '没有该材料项目' }).describe('材料项目');

/** 待办环节 — a staff queue. */
export const StaffQueueParam = z.enum(STAFF_QUEUES, { error: '没有该待办队列' }).describe('待办环节');

// The parameter objects of the routes, by the names their path templates use.
export const CaseParams = z.object({ id: CaseIdParam });
export const CaseMaterialParams = z.object({ id: CaseIdParam, item: MaterialItemParam, fileId: FileIdParam });
export const FilingParams = z.object({ id: FilingIdParam });
export const UploadParams = z.object({ fileId: FileIdParam });
export const SignatureParams = z.object({ signatureId: SignatureIdParam });
export const ProxyParams = z.object({ personId: PersonIdParam });
export const MyProxyParams = z.object({ proxyUserId: UserIdParam });
export const MessageParams = z.object({ messageId: MessageIdParam });
export const StaffQueueParams = z.object({ stage: StaffQueueParam });
export const ResultFormParams = z.object({ formId: FormIdParam });
