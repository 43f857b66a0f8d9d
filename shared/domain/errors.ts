/**
 * 业务拒绝 — business refusals as data. A rule returns `{ ok: true, value }` or
 * `{ ok: false, code, message, source }`; codes are stable SNAKE_CASE and never reused for another meaning.
 */
import type { Source } from './sources';

/**
 * Every refusal code a domain rule can return, with what it means (for API docs and the staff console). The API's
 * error registry (`ERRORS`, shared/api/errors.ts) is built over these: a new code here does not compile until it has
 * an HTTP status there (this file does not import shared/api: the arrow points from api to domain).
 */
export const REFUSAL_CODE = {
  // calendar
  CALENDAR_DATA_INVALID: '节假日数据格式不正确',
  // filing
  FILING_TYPE_NOT_OFFERED: '该地区不办理此类备案（或此类就医无需备案）',
  COMMITMENT_NOT_ALLOWED: '此类备案不能以个人承诺办理',
  PROOF_MISSING: '缺少备案证明材料',
  DESTINATION_INVALID: '就医地不是有效的行政区划代码',
  DESTINATION_TOO_BROAD: '就医地须选择到地级市（海南、西藏为省）',
  DESTINATION_TOO_NARROW: '就医地选到了区县（海南、西藏为市县），须选择它所属的市（海南、西藏为省）',
  DESTINATION_IS_INSURED_PLACE: '就医地与参保地相同',
  DUPLICATE_FILING: '已有相同的有效备案',
  MULTI_PLACE_NOT_ALLOWED: '该地区不开放多地长期居住备案',
  MULTI_PLACE_NEEDS_PROOF: '多地长期居住备案不可使用承诺制',
  COMMITMENT_LOCKED: '承诺制备案未满6个月，不能变更或取消',
  FILING_NOT_ACTIVE: '备案不在有效状态',
  FILING_NOT_PENDING: '备案不在待审核状态',
  NOTHING_TO_CHANGE: '没有需要变更的内容',
  LETTER_FIELD_MISSING: '承诺书有未填写的栏目',
  // claim
  ELIGIBILITY_CASE_NOT_OFFERED: '该地区不受理此类零星报销',
  EXPENSE_TYPE_NOT_ONLINE: '该费用类型不能线上报销',
  ELIGIBILITY_FACTS_MISMATCH: '报销情形与就医情况不符',
  FACTS_INCONSISTENT: '填报的就医情况相互矛盾',
  VOUCHER_PATIENT_MISMATCH: '票据的就诊人不是本次报销的参保人',
  VOUCHER_REIMBURSED: '票据已在其他经办机构报销',
  VOUCHER_REVERSED: '票据已冲红作废',
  VOUCHER_TYPE_MISMATCH: '票据的医疗类型与申报的费用类型不一致',
  VOUCHER_ALREADY_CLAIMED: '票据已用于另一笔正在办理的报销申请',
  VOUCHER_ALREADY_REIMBURSED: '票据已在本平台报销',
  BANK_ACCOUNT_REQUIRED: '未填写收款银行账户',
  AMOUNT_REQUIRED: '未填写申报金额',
  ITEM_NOT_ON_CHECKLIST: '该材料不在本次报销的材料清单中',
  ITEM_NOT_REQUESTED: '补正通知没有要求补充该材料',
  // person
  INSURANCE_SUSPENDED: '参保人暂停参保',
  INSURANCE_TERMINATED: '参保人终止参保',
  // case
  TRANSITION_NOT_ALLOWED: '当前状态下不能进行此操作',
  ROLE_NOT_ALLOWED: '当前角色不能进行此操作',
  NOT_CASE_PARTY: '只能办理本人或受托的办件',
  FOUR_EYES_VIOLATION: '复核人不能与审核人为同一人',
  REASON_REQUIRED: '须填写原因',
  DEFICIENCY_NOTICE_ALREADY_SENT: '已发送过一次性告知，不能再次告知',
  DEFICIENCY_NOTICE_EMPTY: '一次性告知须列出缺少或不符合要求的材料',
  DEFICIENCY_NOTICE_INCOMPLETE: '一次性告知须列出全部缺少的材料',
  DEFICIENCY_ITEM_NOT_IN_CHECKLIST: '告知的材料不在本件的材料清单中',
  ADDITIONAL_MATERIALS_NOT_ALLOWED: '本地区不允许在一次性告知之外增加材料',
  PROVINCIAL_NOTICE_INCOMPLETE: '增补材料告知须写明清单事项、邮寄地址和联系电话',
  SUPPLEMENT_INCOMPLETE: '尚未补齐告知的全部材料',
  MATERIALS_INCOMPLETE: '材料不齐全，不能受理',
  DEADLINE_EXTENSION_NOT_AVAILABLE: '该地区没有特殊情况延长时限的规定',
  // benefit
  AMOUNT_INVALID: '金额不合法',
  STAY_DATES_INVALID: '入出院日期不合法',
  ADJUSTMENT_TOO_LARGE: '审核调整金额超过范围内费用',
  PAYMENT_AMOUNT_MISMATCH: '拨付金额与核定金额不一致',
  REVIEW_MISSING: '办件缺少审核核定结果或收款账户',
} as const;
export type RefusalCode = keyof typeof REFUSAL_CODE;

/** A JSON-safe detail value attached to a refusal (e.g. the date from which a locked filing may be cancelled). */
export type RefusalDetail = string | number | boolean | null | readonly string[];

/** A rule's success. */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/** A rule's refusal: stable code, Chinese message, and the clause it rests on. */
export interface Refusal {
  readonly ok: false;
  readonly code: RefusalCode;
  readonly message: string;
  readonly source: Source;
  readonly details?: Readonly<Record<string, RefusalDetail>>;
}

/** What every rule that can refuse returns. */
export type Result<T> = Ok<T> | Refusal;

/** Wrap a success. */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/** Build a refusal. */
export function refuse(
  code: RefusalCode,
  message: string,
  source: Source,
  details?: Readonly<Record<string, RefusalDetail>>,
): Refusal {
  return details === undefined ? { ok: false, code, message, source } : { ok: false, code, message, source, details };
}
