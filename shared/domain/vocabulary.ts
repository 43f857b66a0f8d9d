/**
 * The product's vocabulary (SPEC.md §9): every code used in data, API and tests, with its Chinese label.
 * Each kind is an `as const` object code → label, its type is the union of its keys, and `<KIND>S` is the
 * non-empty tuple of codes (what `z.enum` needs).
 */

/** A non-empty tuple of an object's keys, in declaration order. */
function codesOf<T extends Record<string, unknown>>(labels: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
}

/** 参保地省份 — the four insuring regions, with their GB/T 2260 province prefix. */
export const REGION = {
  SHANXI: { prefix: '14', name: '山西省' },
  JIANGSU: { prefix: '32', name: '江苏省' },
  LIAONING: { prefix: '21', name: '辽宁省' },
  SHANDONG: { prefix: '37', name: '山东省' },
} as const;
export type Region = keyof typeof REGION;
export const REGIONS = codesOf(REGION);

/** 险种 — insurance type. */
export const INSURANCE_TYPE = { EMPLOYEE: '职工医保', RESIDENT: '城乡居民医保' } as const;
export type InsuranceType = keyof typeof INSURANCE_TYPE;
export const INSURANCE_TYPES = codesOf(INSURANCE_TYPE);

/** 医院等级 — hospital level (not in SPEC §9; the benefit table needs it). */
export const HOSPITAL_LEVEL = { PRIMARY: '一级及以下', SECONDARY: '二级', TERTIARY: '三级' } as const;
export type HospitalLevel = keyof typeof HOSPITAL_LEVEL;
export const HOSPITAL_LEVELS = codesOf(HOSPITAL_LEVEL);

/** 备案人员类别 — filing type (emergency is deemed filed and has no code). */
export const FILING_TYPE = {
  RETIREE_RESETTLED: '异地安置退休人员',
  LONG_TERM_RESIDENT: '异地长期居住人员',
  STATIONED_WORKER: '常驻异地工作人员',
  REFERRAL: '异地转诊人员',
  TEMPORARY_OTHER: '其他临时外出就医人员',
} as const;
export type FilingType = keyof typeof FILING_TYPE;
export const FILING_TYPES = codesOf(FILING_TYPE);

/** 长期异地居住人员 — the three long-term filing types (`003 Art. 7(1)`). */
export const LONG_TERM_FILING_TYPES: readonly FilingType[] = [
  'RETIREE_RESETTLED',
  'LONG_TERM_RESIDENT',
  'STATIONED_WORKER',
];

/** Whether a filing type is one of the long-term types. */
export function isLongTermFilingType(type: FilingType): boolean {
  return LONG_TERM_FILING_TYPES.includes(type);
}

/** 备案方式 — filing basis: with proof, or by personal commitment (承诺制). */
export const FILING_BASIS = { PROOF: '提供证明材料', COMMITMENT: '个人承诺' } as const;
export type FilingBasis = keyof typeof FILING_BASIS;
export const FILING_BASES = codesOf(FILING_BASIS);

/** 备案证明材料 — filing proof. */
export const FILING_PROOF = {
  HOUSEHOLD_REGISTER: '户口簿首页+本人常住人口登记卡',
  RESIDENCE_PROOF: '居住证/居住证明',
  WORK_PROOF: '派出证明/异地工作单位证明/工作合同',
  REFERRAL_CERT: '转诊转院证明',
  PERSONAL_COMMITMENT: '个人承诺书',
} as const;
export type FilingProof = keyof typeof FILING_PROOF;
export const FILING_PROOFS = codesOf(FILING_PROOF);

/** 有效身份证明 — identity proof (`003 Art. 8`); not in SPEC §9, needed to record what was shown. */
export const IDENTITY_PROOF = {
  MEDICAL_INSURANCE_E_CERT: '医保电子凭证',
  ID_CARD: '有效身份证件',
  SOCIAL_SECURITY_CARD: '社会保障卡',
} as const;
export type IdentityProof = keyof typeof IDENTITY_PROOF;
export const IDENTITY_PROOFS = codesOf(IDENTITY_PROOF);

/** 费用类型 — expense type. */
export const EXPENSE_TYPE = { INPATIENT: '住院', OUTPATIENT: '门诊', EMERGENCY: '急诊', MATERNITY: '生育' } as const;
export type ExpenseType = keyof typeof EXPENSE_TYPE;
export const EXPENSE_TYPES = codesOf(EXPENSE_TYPE);

/** Expense types that are a hospital stay (住院): outside services "during the stay" and cross-year splits apply. */
export const STAY_EXPENSE_TYPES: readonly ExpenseType[] = ['INPATIENT', 'MATERNITY'];

/** 零星报销情形 — claim eligibility case (`003 Art. 26`). */
export const ELIGIBILITY_CASE = {
  FILED_NOT_SETTLED: '已备案但未能直接结算',
  EMERGENCY_UNFILED: '未备案的急诊抢救',
  STUDENT_VACATION: '参保学生寒暑假期间回原籍地就医',
  MATERNITY_AWAY: '异地生育',
  OTHER_LOCAL: '参保地规定的其他情形',
} as const;
export type EligibilityCase = keyof typeof ELIGIBILITY_CASE;
export const ELIGIBILITY_CASES = codesOf(ELIGIBILITY_CASE);

/** 办件状态 — case state (SPEC §4). */
export const CASE_STATE = {
  draft: '草稿',
  submitted: '已提交待受理',
  awaiting_supplement: '待补正材料',
  accepted: '已受理待审核',
  refused: '不予受理',
  reviewed: '已审核待复核',
  rejected: '审核不通过',
  second_reviewed: '已复核待拨付',
  paid: '已拨付',
  completed: '已办结',
  withdrawn: '已撤回',
} as const;
export type CaseState = keyof typeof CASE_STATE;
export const CASE_STATES = codesOf(CASE_STATE);

/** 角色 — role. */
export const ROLE = {
  applicant: '参保人',
  proxy: '代办人',
  intake: '受理',
  reviewer: '审核',
  second_reviewer: '复核',
  finance: '财务',
  admin: '管理员',
} as const;
export type Role = keyof typeof ROLE;
export const ROLES = codesOf(ROLE);

/** 报销材料 — material item. */
export const MATERIAL_ITEM = {
  INVOICE: '医院收费票据',
  FEE_LIST: '费用清单',
  DIAGNOSIS_OR_DISCHARGE: '诊断证明或出院小结',
  PRESCRIPTION_OR_RECORD: '处方底方或门诊病历',
  EMERGENCY_DIAGNOSIS_OR_RECORD: '急诊诊断证明或急诊病历',
  DISCHARGE_SUMMARY: '出院小结',
  RESCUE_RECORD: '抢救病历',
  DEATH_RECORD: '死亡记录及死亡证明',
  ACCIDENT_DOCUMENT: '交通事故认定书/判决书/调解协议书',
  TRAUMA_NO_THIRD_PARTY_LETTER: '外伤无第三方责任承诺书',
  DUAL_CHANNEL_DRUG_FORM: '双通道用药申请表',
  OUTSIDE_PURCHASE_INVOICE: '外购发票',
  ORDER_OR_PRESCRIPTION: '住院医嘱单或外购药处方',
  OUTSIDE_SERVICE_SLIP: '住院期间外院检查治疗或定点药店购药单',
  PROXY_ID: '代办人身份证明',
  POWER_OF_ATTORNEY: '委托书',
} as const;
export type MaterialItem = keyof typeof MATERIAL_ITEM;
export const MATERIAL_ITEMS = codesOf(MATERIAL_ITEM);

/** 意外伤害情形 — accidental injury facts of a claim. */
export const ACCIDENTAL_INJURY = {
  NONE: '非意外伤害',
  WITH_OFFICIAL_DOCUMENTS: '意外伤害，能提供公检法等部门出具的证明',
  WITHOUT_OFFICIAL_DOCUMENTS: '意外伤害，无法提供相关证明',
} as const;
export type AccidentalInjury = keyof typeof ACCIDENTAL_INJURY;
export const ACCIDENTAL_INJURIES = codesOf(ACCIDENTAL_INJURY);

/** 待遇类别 — how a stay is treated for the benefit ratio (`003 Art. 17–19`). */
export const TREATMENT = {
  LONG_TERM_AT_PLACE: '长期异地居住人员在备案地就医',
  REFERRAL: '转诊转院就医',
  TEMPORARY_FILED: '其他临时外出就医（已备案）',
  UNFILED: '未按规定备案',
  EMERGENCY: '急诊抢救',
} as const;
export type Treatment = keyof typeof TREATMENT;
export const TREATMENTS = codesOf(TREATMENT);
