import { z } from 'zod';
import { REFUSAL_CODE, type RefusalCode } from '../domain/errors';

/**
 * The one error shape every endpoint answers with (SPEC §7): a stable `code` of `ERRORS`, a Chinese `message`,
 * `fields` with a Chinese message per request field that is wrong (paths as sent: `idNumber`, `materials.INVOICE`),
 * and for a business rule's refusal `source`, the clause it rests on (“依据：…”), shown under the message.
 */
export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.string().describe('稳定的错误码（错误码表 ERRORS）'),
    message: z.string().describe('中文说明'),
    fields: z.record(z.string(), z.string()).optional().describe('每一项有误的内容的中文说明（键为请求中的字段路径）'),
    source: z.string().optional().describe('业务规则拒绝的依据（“依据：…”）'),
  }),
});

export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** The statuses an error answer may have. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429 | 500 | 502 | 503;

/** One registered code: the HTTP status it is always answered with and its default Chinese message. */
export type ErrorEntry = { readonly status: ErrorStatus; readonly message: string };

/**
 * The refusals of `shared/domain` (`REFUSAL_CODE`, whose messages they keep): `satisfies Record<RefusalCode, …>`
 * makes a new domain code fail to compile until it has a status here. A state the case is not in (or a voucher
 * another claim holds) is 409, who may act 403, any other rule 422.
 */
const REFUSALS = {
  CALENDAR_DATA_INVALID: { status: 422, message: REFUSAL_CODE.CALENDAR_DATA_INVALID },
  FILING_TYPE_NOT_OFFERED: { status: 422, message: REFUSAL_CODE.FILING_TYPE_NOT_OFFERED },
  COMMITMENT_NOT_ALLOWED: { status: 422, message: REFUSAL_CODE.COMMITMENT_NOT_ALLOWED },
  PROOF_MISSING: { status: 422, message: REFUSAL_CODE.PROOF_MISSING },
  DESTINATION_INVALID: { status: 422, message: REFUSAL_CODE.DESTINATION_INVALID },
  DESTINATION_TOO_BROAD: { status: 422, message: REFUSAL_CODE.DESTINATION_TOO_BROAD },
  DESTINATION_TOO_NARROW: { status: 422, message: REFUSAL_CODE.DESTINATION_TOO_NARROW },
  DESTINATION_IS_INSURED_PLACE: { status: 422, message: REFUSAL_CODE.DESTINATION_IS_INSURED_PLACE },
  DUPLICATE_FILING: { status: 422, message: REFUSAL_CODE.DUPLICATE_FILING },
  MULTI_PLACE_NOT_ALLOWED: { status: 422, message: REFUSAL_CODE.MULTI_PLACE_NOT_ALLOWED },
  MULTI_PLACE_NEEDS_PROOF: { status: 422, message: REFUSAL_CODE.MULTI_PLACE_NEEDS_PROOF },
  COMMITMENT_LOCKED: { status: 422, message: REFUSAL_CODE.COMMITMENT_LOCKED },
  FILING_NOT_ACTIVE: { status: 422, message: REFUSAL_CODE.FILING_NOT_ACTIVE },
  FILING_NOT_PENDING: { status: 422, message: REFUSAL_CODE.FILING_NOT_PENDING },
  NOTHING_TO_CHANGE: { status: 422, message: REFUSAL_CODE.NOTHING_TO_CHANGE },
  LETTER_FIELD_MISSING: { status: 422, message: REFUSAL_CODE.LETTER_FIELD_MISSING },
  ELIGIBILITY_CASE_NOT_OFFERED: { status: 422, message: REFUSAL_CODE.ELIGIBILITY_CASE_NOT_OFFERED },
  EXPENSE_TYPE_NOT_ONLINE: { status: 422, message: REFUSAL_CODE.EXPENSE_TYPE_NOT_ONLINE },
  ELIGIBILITY_FACTS_MISMATCH: { status: 422, message: REFUSAL_CODE.ELIGIBILITY_FACTS_MISMATCH },
  FACTS_INCONSISTENT: { status: 422, message: REFUSAL_CODE.FACTS_INCONSISTENT },
  VOUCHER_PATIENT_MISMATCH: { status: 422, message: REFUSAL_CODE.VOUCHER_PATIENT_MISMATCH },
  VOUCHER_REIMBURSED: { status: 422, message: REFUSAL_CODE.VOUCHER_REIMBURSED },
  VOUCHER_REVERSED: { status: 422, message: REFUSAL_CODE.VOUCHER_REVERSED },
  VOUCHER_TYPE_MISMATCH: { status: 422, message: REFUSAL_CODE.VOUCHER_TYPE_MISMATCH },
  VOUCHER_ALREADY_CLAIMED: { status: 409, message: REFUSAL_CODE.VOUCHER_ALREADY_CLAIMED },
  VOUCHER_ALREADY_REIMBURSED: { status: 409, message: REFUSAL_CODE.VOUCHER_ALREADY_REIMBURSED },
  BANK_ACCOUNT_REQUIRED: { status: 422, message: REFUSAL_CODE.BANK_ACCOUNT_REQUIRED },
  AMOUNT_REQUIRED: { status: 422, message: REFUSAL_CODE.AMOUNT_REQUIRED },
  ITEM_NOT_ON_CHECKLIST: { status: 422, message: REFUSAL_CODE.ITEM_NOT_ON_CHECKLIST },
  ITEM_NOT_REQUESTED: { status: 422, message: REFUSAL_CODE.ITEM_NOT_REQUESTED },
  INSURANCE_SUSPENDED: { status: 422, message: REFUSAL_CODE.INSURANCE_SUSPENDED },
  INSURANCE_TERMINATED: { status: 422, message: REFUSAL_CODE.INSURANCE_TERMINATED },
  TRANSITION_NOT_ALLOWED: { status: 409, message: REFUSAL_CODE.TRANSITION_NOT_ALLOWED },
  ROLE_NOT_ALLOWED: { status: 403, message: REFUSAL_CODE.ROLE_NOT_ALLOWED },
  NOT_CASE_PARTY: { status: 403, message: REFUSAL_CODE.NOT_CASE_PARTY },
  FOUR_EYES_VIOLATION: { status: 403, message: REFUSAL_CODE.FOUR_EYES_VIOLATION },
  REASON_REQUIRED: { status: 422, message: REFUSAL_CODE.REASON_REQUIRED },
  DEFICIENCY_NOTICE_ALREADY_SENT: { status: 409, message: REFUSAL_CODE.DEFICIENCY_NOTICE_ALREADY_SENT },
  DEFICIENCY_NOTICE_EMPTY: { status: 422, message: REFUSAL_CODE.DEFICIENCY_NOTICE_EMPTY },
  DEFICIENCY_NOTICE_INCOMPLETE: { status: 422, message: REFUSAL_CODE.DEFICIENCY_NOTICE_INCOMPLETE },
  DEFICIENCY_ITEM_NOT_IN_CHECKLIST: { status: 422, message: REFUSAL_CODE.DEFICIENCY_ITEM_NOT_IN_CHECKLIST },
  ADDITIONAL_MATERIALS_NOT_ALLOWED: { status: 422, message: REFUSAL_CODE.ADDITIONAL_MATERIALS_NOT_ALLOWED },
  PROVINCIAL_NOTICE_INCOMPLETE: { status: 422, message: REFUSAL_CODE.PROVINCIAL_NOTICE_INCOMPLETE },
  SUPPLEMENT_INCOMPLETE: { status: 422, message: REFUSAL_CODE.SUPPLEMENT_INCOMPLETE },
  MATERIALS_INCOMPLETE: { status: 422, message: REFUSAL_CODE.MATERIALS_INCOMPLETE },
  DEADLINE_EXTENSION_NOT_AVAILABLE: { status: 422, message: REFUSAL_CODE.DEADLINE_EXTENSION_NOT_AVAILABLE },
  AMOUNT_INVALID: { status: 422, message: REFUSAL_CODE.AMOUNT_INVALID },
  STAY_DATES_INVALID: { status: 422, message: REFUSAL_CODE.STAY_DATES_INVALID },
  ADJUSTMENT_TOO_LARGE: { status: 422, message: REFUSAL_CODE.ADJUSTMENT_TOO_LARGE },
  PAYMENT_AMOUNT_MISMATCH: { status: 422, message: REFUSAL_CODE.PAYMENT_AMOUNT_MISMATCH },
  REVIEW_MISSING: { status: 422, message: REFUSAL_CODE.REVIEW_MISSING },
} as const satisfies Record<RefusalCode, ErrorEntry>;

/**
 * The codes only the API answers with (request, login, binding, uploads, letters, proxies, claims' own checks).
 * `[K in RefusalCode]?: never` keeps a domain code from being registered twice with another status.
 */
const API_ERRORS = {
  // any endpoint
  VALIDATION_FAILED: { status: 400, message: '提交的信息有误，请按提示修改' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  FORBIDDEN: { status: 403, message: '您无权办理此项业务' },
  NOT_FOUND: { status: 404, message: '没有找到要查看的内容' },
  CONFLICT: { status: 409, message: '请求冲突，请稍后重试' },
  VERSION_CONFLICT: { status: 409, message: '信息已在别处更新，请刷新后再试' },
  INTERNAL: { status: 500, message: '系统繁忙，请稍后再试' },
  DEPENDENCY_UNAVAILABLE: { status: 503, message: '相关服务暂时不可用，请稍后再试' },
  // too many logins, bindings or voucher look-ups (with Retry-After; shared/domain/security/rateLimits.ts)
  RATE_LIMITED: { status: 429, message: '操作太频繁了，请稍后再试' },
  // Idempotency-Key
  IDEMPOTENCY_KEY_REUSED: { status: 422, message: '该幂等键已用于另一项不同的请求，请勿重复使用' },
  IDEMPOTENCY_IN_PROGRESS: { status: 409, message: '上一次提交仍在处理中，请稍候再查看结果' },
  // login and session
  WECHAT_CODE_INVALID: { status: 400, message: '微信登录凭证无效或已使用，请重新打开页面登录' },
  WECHAT_RATE_LIMITED: { status: 429, message: '登录请求太频繁了，请休息一分钟后再试' },
  WECHAT_USER_BLOCKED: { status: 403, message: '您的微信账号暂时无法登录本服务，请在微信中完成安全验证后再试' },
  REFRESH_TOKEN_INVALID: { status: 401, message: '登录已失效，请重新登录' },
  // real-name binding (实名绑定)
  BINDING_REQUIRED: { status: 403, message: '请先完成实名绑定后再办理业务' },
  ALREADY_BOUND: { status: 409, message: '您的微信账号已绑定其他参保人，一个微信账号只能绑定一名参保人' },
  PERSON_ALREADY_BOUND: { status: 409, message: '该参保人已被其他微信账号绑定' },
  IDENTITY_MISMATCH: { status: 422, message: '姓名与身份证号码不一致，或未查询到参保信息' },
  REGION_NOT_SUPPORTED: { status: 422, message: '参保地暂未开通本服务的线上办理' },
  // staff console (经办系统)
  STAFF_LOGIN_FAILED: { status: 401, message: '用户名或密码错误' },
  STAFF_ACCOUNT_LOCKED: { status: 423, message: '密码错误次数过多，账号已锁定' },
  // uploads
  UPLOAD_NOT_RECEIVED: { status: 400, message: '还没有收到文件，请先上传文件再确认' },
  UPLOAD_TYPE_MISMATCH: { status: 400, message: '文件内容与声明的类型不符，请重新上传' },
  UPLOAD_TOO_LARGE: { status: 400, message: '文件太大，请压缩或分页后重新上传' },
  UPLOAD_NOT_USABLE: { status: 422, message: '文件未上传完成、已过期或已被使用，请重新上传' },
  // letters and signatures (承诺书、委托书)
  LETTER_PERSON_MISMATCH: { status: 422, message: '文书上的姓名、身份证号码须与参保人一致' },
  SIGNER_MISMATCH: { status: 422, message: '签名人与所填身份不符' },
  SIGNATURE_IMAGE_INVALID: { status: 400, message: '签名图片无法识别，请重新签名' },
  SIGNATURE_NOT_USABLE: { status: 422, message: '签名文书不可用，请重新签署' },
  // proxies (代办)
  PROXY_FOR_SELF: { status: 422, message: '不能为自己添加代办：本人业务请直接办理' },
  PROXY_ALREADY_AUTHORISED: { status: 409, message: '您已是该参保人的代办人，无需重复添加' },
  POWER_OF_ATTORNEY_INVALID: { status: 422, message: '委托书不可用，请重新签署或上传' },
  // claims (零星报销)
  VOUCHER_NOT_FOUND: { status: 422, message: '未查询到该电子票据，请核对票据代码、票据号码和校验码' },
  CLAIM_NOT_EDITABLE: { status: 409, message: '办件已提交或已结束，不能再修改' },
  VISIT_FROM_VOUCHER: { status: 422, message: '已获取电子票据：就医日期、费用类型和金额以票据为准，不能修改' },
  HOSPITAL_UNKNOWN: { status: 422, message: '缺少就诊医院的等级或定点信息，请先核对电子票据' },
  // staff case work (经办)
  COMPLETION_INCOMPLETE: { status: 422, message: '办件缺少审核核定、拨付记录或电子票据，不能办结' },
} as const satisfies Record<string, ErrorEntry> & { readonly [K in RefusalCode]?: never };

/**
 * 错误码表 — every code the API answers with, its HTTP status (one per code) and default Chinese message. Stable:
 * a code is never renamed and never reused for another meaning. The error classes of `functions/support/errors.ts`
 * take an `ErrorCode`, so a code not in this table does not compile.
 */
export const ERRORS = { ...API_ERRORS, ...REFUSALS } as const satisfies Record<string, ErrorEntry>;

/** A registered error code. */
export type ErrorCode = keyof typeof ERRORS;

/** The codes answered with `status` (e.g. `ErrorCodeWithStatus<403>` for a ForbiddenError). */
export type ErrorCodeWithStatus<S extends ErrorStatus> = {
  [K in ErrorCode]: (typeof ERRORS)[K]['status'] extends S ? K : never;
}[ErrorCode];

/** Every registered code by name (`ErrorCode.VALIDATION_FAILED === 'VALIDATION_FAILED'`), for code that compares. */
export const ErrorCode = Object.fromEntries(Object.keys(ERRORS).map((code) => [code, code])) as {
  readonly [K in ErrorCode]: K;
};
