/** 零星报销情形 — whether a claim may be made online, and under which case (`003 Art. 26`, `000`, `001 §2(3)`). */
import type { RegionPolicy } from '../../policy/schema';
import { ok, type Result, refuse } from '../errors';
import type { StayFilingStatus } from '../filing/coverage';
import type { Source } from '../sources';
import { ELIGIBILITY_CASE, type EligibilityCase, EXPENSE_TYPE, type ExpenseType } from '../vocabulary';

/** What the applicant declared and what the filing check found. */
export interface EligibilityFacts {
  readonly eligibilityCase: EligibilityCase;
  readonly expenseType: ExpenseType;
  /** From `filingStatusForStay`. */
  readonly filingStatus: StayFilingStatus['status'];
  /** 急诊抢救 — emergency or rescue treatment. */
  readonly emergency: boolean;
  /** The insured person is a student (参保学生). */
  readonly insuredIsStudent: boolean;
}

/** The case a claim is accepted under, with its description and source. */
export interface Eligibility {
  readonly eligibilityCase: EligibilityCase;
  readonly description: string;
  readonly source: Source;
}

/** Whether the claim may be made online under the declared case, or why not. */
export function checkClaimEligibility(policy: RegionPolicy, facts: EligibilityFacts): Result<Eligibility> {
  const offered = policy.claim.eligibilityCases[facts.eligibilityCase];
  if (!offered) {
    return refuse(
      'ELIGIBILITY_CASE_NOT_OFFERED',
      `${policy.name}未规定“${ELIGIBILITY_CASE[facts.eligibilityCase]}”可以零星报销，请咨询参保地经办机构`,
      policy.claim.online.source,
    );
  }
  if (!policy.claim.online.expenseTypes.includes(facts.expenseType)) {
    const allowed = policy.claim.online.expenseTypes.map((t) => EXPENSE_TYPE[t]).join('、');
    return refuse(
      'EXPENSE_TYPE_NOT_ONLINE',
      `${policy.name}线上手工报销目前受理${allowed}费用；${EXPENSE_TYPE[facts.expenseType]}费用请到参保地经办窗口办理`,
      policy.claim.online.source,
    );
  }
  const mismatch = (message: string) => refuse('ELIGIBILITY_FACTS_MISMATCH', message, offered.source);
  switch (facts.eligibilityCase) {
    case 'FILED_NOT_SETTLED':
      if (facts.filingStatus !== 'FILED')
        return mismatch('未查到覆盖本次就医的有效备案，请确认就医地和就医日期，或选择其他报销情形');
      break;
    case 'EMERGENCY_UNFILED':
      if (!facts.emergency) return mismatch('未备案的零星报销限于急诊抢救费用');
      if (facts.filingStatus === 'FILED') return mismatch('本次就医已有有效备案，请选择“已备案但未能直接结算”');
      break;
    case 'STUDENT_VACATION':
      if (!facts.insuredIsStudent) return mismatch('此情形限参保学生寒暑假期间回原籍地就医');
      break;
    case 'MATERNITY_AWAY':
      if (facts.expenseType !== 'MATERNITY') return mismatch('异地生育情形的费用类型应为生育');
      break;
    case 'OTHER_LOCAL':
      break;
  }
  return ok({ eligibilityCase: facts.eligibilityCase, description: offered.description, source: offered.source });
}
