// The claim wizard's own words: the user notice, and one plain line under each case and expense type. They explain
// the shared vocabulary's codes; whether a case or type may be claimed is the API's answer (POST /v1/claims refuses
// with the reason and its 依据), never decided here.
import type { EligibilityCase, ExpenseType } from '@shared/domain/vocabulary';

/** 用户须知 (`000` 流程一), in plain lines. */
export const USER_NOTICE = [
  '线上报销用于在外地看病、自己先垫付了医药费的情况，钱会打到参保人本人的银行卡上。',
  '需要准备：医院开的电子票据上的票据代码、票据号码和校验码；诊断证明或病历等材料的照片。',
  '有电子票据的，发票和费用清单不用再拍照上传。',
  '提交后，经办机构会在规定的工作日内受理；材料不全的，会一次性告诉您还缺什么。',
  '同一张票据只能报销一次；已经在别处报销过的票据不能再报。',
] as const;

/** 承诺 — ticked before anything else. */
export const COMMITMENT =
  '我承诺：所填信息和上传的材料真实、完整，没有在其他地方报销过这些费用；如有不实，愿意承担相应责任。';

/** One plain line under each case (the API's own description of the case is shown once the draft exists). */
export const CASE_LINE: Record<EligibilityCase, string> = {
  FILED_NOT_SETTLED: '办过异地就医备案，但在医院没能直接刷卡结算，自己先付了钱。',
  EMERGENCY_UNFILED: '没有办备案，在外地突发急病，到最近的医院看了急诊或抢救。',
  STUDENT_VACATION: '参保的学生放寒暑假回老家，在老家看病。',
  MATERNITY_AWAY: '在参保地以外的地方生孩子。',
  OTHER_LOCAL: '参保地规定可以报销的其他情况。',
};

/** One plain line under each expense type. */
export const EXPENSE_LINE: Record<ExpenseType, string> = {
  INPATIENT: '在医院住了院（办了入院和出院）。',
  OUTPATIENT: '看门诊，没有住院。',
  EMERGENCY: '看急诊，没有住院。',
  MATERNITY: '生孩子或产前检查的费用。',
};

/** Money for people: integer fen → 1,234.50 元. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}元`;
}
