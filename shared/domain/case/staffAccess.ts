/**
 * 岗位权限 — which staff roles may do what outside the case transitions (whose roles are the state machine's,
 * TRANSITIONS): the roles of SPEC §1 and "staff act only in their role" (SPEC §6, the platform's division of the
 * work). Reads of sensitive data go only to those whose task needs them (PIPL: the reviewers check the diagnosis
 * against the materials, finance pays to the card).
 */
import { type CaseState, ROLES, type Role } from '../vocabulary';

/** The roles an insured person or their proxy acts in; every other role is a staff role. */
const PARTY_ROLES = ['applicant', 'proxy'] as const satisfies readonly Role[];
/** A staff role (受理、审核、复核、财务、管理员). */
export type StaffRole = Exclude<Role, (typeof PARTY_ROLES)[number]>;
/** The staff roles of the vocabulary, in its order. */
export const STAFF_ROLES: readonly StaffRole[] = ROLES.filter(
  (role): role is StaffRole => !(PARTY_ROLES as readonly Role[]).includes(role),
);

/** Whether staff see a case in `state`: once submitted — a draft is the applicant's alone (SPEC §6). */
export function isCaseBeforeStaff(state: CaseState): boolean {
  return state === 'draft';
}

/** Who may do what, beyond the case transitions. */
export const STAFF_ACCESS = {
  /** The audit trail of a case or of a staff member (审计记录): the administrator. */
  READ_AUDIT: ['admin'],
  /** Deciding a filing waiting for review (备案审核): intake or reviewer. */
  REVIEW_FILING: ['intake', 'reviewer'],
  /** The clear bank card number, diagnosis and ID number of a case. */
  READ_SENSITIVE: ['reviewer', 'second_reviewer', 'finance'],
  /** The benefit calculation with adjustments, writing nothing (those who review, confirm or pay it). */
  PREVIEW_SETTLEMENT: ['reviewer', 'second_reviewer', 'finance'],
} as const satisfies Record<string, readonly StaffRole[]>;
export type StaffAccess = keyof typeof STAFF_ACCESS;

/** The roles that may do `access`. */
export function staffAccessRoles(access: StaffAccess): readonly StaffRole[] {
  return STAFF_ACCESS[access];
}

/** Whether a staff member holding `roles` may do `access`. */
export function mayStaff(roles: readonly Role[], access: StaffAccess): boolean {
  const allowed: readonly Role[] = STAFF_ACCESS[access];
  return roles.some((role) => allowed.includes(role));
}
