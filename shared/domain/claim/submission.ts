/**
 * 提交申请 — whether a claim may be made (online eligibility) and submitted now, decided in one place: the state
 * machine's SUBMIT (state, party, complete checklist), the payee's bank account, the claimed amount, and the
 * insured person's eligibility with their filings as they stand at submission (a filing may have been cancelled
 * since the draft was made). One Result, the first refusal in that order.
 */
import type { RegionPolicy } from '../../policy/schema';
import { applyTransition } from '../case/stateMachine';
import type { Actor, CaseEvent, CaseRecord } from '../case/types';
import { ok, type Result, refuse } from '../errors';
import { filingStatusForStay } from '../filing/coverage';
import type { Filing } from '../filing/filing';
import { checkInsuredNow, type InsuredStatus } from '../person/insured';
import { cite } from '../sources';
import type { EligibilityCase, ExpenseType } from '../vocabulary';
import { checkClaimEligibility, type Eligibility } from './eligibility';

/** The insured person as eligibility sees them. */
export interface Claimant {
  readonly insuredStatus: InsuredStatus;
  readonly isStudent: boolean;
}

/** What eligibility is decided on: the declared case and type, rescue, and where and when the treatment was. */
export interface ClaimedTreatment {
  readonly eligibilityCase: EligibilityCase;
  readonly expenseType: ExpenseType;
  /** 抢救 — a rescue during the stay. */
  readonly rescue: boolean;
  readonly placeCode: string;
  readonly admissionDate: string;
  readonly dischargeDate: string | null;
}

/**
 * 报销情形 — whether this person may claim online under the declared case (`003 Art. 26`): insured now, then their
 * filings decide whether the stay counts as filed (`filingStatusForStay`), then `checkClaimEligibility`.
 */
export function checkOnlineEligibility(
  policy: RegionPolicy,
  claimant: Claimant,
  filings: readonly Filing[],
  treatment: ClaimedTreatment,
): Result<Eligibility> {
  const insured = checkInsuredNow(claimant.insuredStatus, 'CLAIM');
  if (!insured.ok) return insured;
  // 急诊抢救: an emergency visit, or a rescue during the stay.
  const emergency = treatment.expenseType === 'EMERGENCY' || treatment.rescue;
  const filing = filingStatusForStay(policy, filings, {
    placeCode: treatment.placeCode,
    admissionDate: treatment.admissionDate,
    dischargeDate: treatment.dischargeDate,
    emergency,
  });
  return checkClaimEligibility(policy, {
    eligibilityCase: treatment.eligibilityCase,
    expenseType: treatment.expenseType,
    filingStatus: filing.status,
    emergency,
    insuredIsStudent: claimant.isStudent,
  });
}

/** Everything a submission is decided on, gathered before the one decision. */
export interface SubmissionFacts {
  readonly record: CaseRecord;
  readonly actor: Actor;
  readonly hasBankAccount: boolean;
  readonly claimant: Claimant;
  readonly filings: readonly Filing[];
  readonly treatment: ClaimedTreatment;
  readonly now: Date;
}

/** The submission's decision: the next record and event, and the case the claim is made under. */
export type Submission = { readonly record: CaseRecord; readonly event: CaseEvent; readonly eligibility: Eligibility };

/** Whether the claim may be submitted now; the first refusal of state, checklist, account, amount, eligibility. */
export function checkSubmission(policy: RegionPolicy, facts: SubmissionFacts): Result<Submission> {
  const moved = applyTransition(policy, facts.record, { action: 'SUBMIT' }, facts.actor, facts.now);
  if (!moved.ok) return moved;
  // The fund pays into the insured person's own account (`000` 流程四: 拨付至参保人银行账户).
  if (!facts.hasBankAccount) {
    return refuse('BANK_ACCOUNT_REQUIRED', '请先填写收款银行账户（参保人本人的银行卡）', cite('000', '流程四'));
  }
  if (facts.record.claimedTotalFen <= 0) {
    return refuse('AMOUNT_REQUIRED', '请先获取电子票据，或填写申报金额', cite('000', '流程一'));
  }
  const eligibility = checkOnlineEligibility(policy, facts.claimant, facts.filings, facts.treatment);
  if (!eligibility.ok) return eligibility;
  return ok({ ...moved.value, eligibility: eligibility.value });
}
