/**
 * 申请人修改办件 — which states of a claim the applicant may still change each part of it in. A draft is saved as the
 * applicant goes (`000` 流程一: 填报 → 获取电子票据 → 上传材料 → 收款账户 → 提交); once submitted the case is the
 * agency's, and the applicant changes only what a deficiency notice asks for (`000` 流程二: 补正材料后重新提交) —
 * the materials, and the account the benefit is paid to (the platform's rule, so a wrong account can be put right
 * before resubmission). The voucher and the declared facts are never changed after submission (the platform's rule:
 * the agency reviews what was submitted; a wrong voucher means a new claim).
 */
import type { CaseState } from '../vocabulary';

/** The parts of a claim the applicant edits, and the states each may be edited in. */
export const CLAIM_EDITS = {
  /** The declared case, expense type, facts, visit and amount (PATCH /v1/claims/{id}). */
  DETAILS: ['draft'],
  /** Fetching the e-voucher (POST /v1/claims/{id}/voucher). */
  VOUCHER: ['draft'],
  /** Attaching or removing pages of a checklist item (in a draft, or supplementing after a notice). */
  MATERIALS: ['draft', 'awaiting_supplement'],
  /** The bank account the benefit is paid to (`000` 流程四). */
  BANK_ACCOUNT: ['draft', 'awaiting_supplement'],
} as const satisfies Record<string, readonly CaseState[]>;
export type ClaimEdit = keyof typeof CLAIM_EDITS;

/** The states in which the applicant may make `edit`. */
export function editableStates(edit: ClaimEdit): readonly CaseState[] {
  return CLAIM_EDITS[edit];
}

/** Whether the applicant may make `edit` to a claim in `state`. */
export function mayEdit(state: CaseState, edit: ClaimEdit): boolean {
  return editableStates(edit).includes(state);
}
