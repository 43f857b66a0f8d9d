/** Builders for domain tests: a case record, a filing, claim facts — each with plain defaults to override. */
import type { CaseRecord } from '@shared/domain/case/types';
import { type ChecklistItem, type ClaimFacts, requiredMaterials } from '@shared/domain/claim/checklist';
import type { Filing } from '@shared/domain/filing/filing';
import type { Region } from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';

/** Claim facts with nothing special: a filed inpatient claim, e-voucher not fetched, submitted by the insured. */
export function claimFacts(overrides: Partial<ClaimFacts> = {}): ClaimFacts {
  return {
    eligibilityCase: 'FILED_NOT_SETTLED',
    expenseType: 'INPATIENT',
    rescue: false,
    died: false,
    accidentalInjury: 'NONE',
    dualChannelDrugs: false,
    drugsBoughtOutside: false,
    outsideServicesDuringStay: false,
    filedByProxy: false,
    eVoucherFetched: false,
    ...overrides,
  };
}

/** The checklist of some facts in a region (throws if the facts are refused: tests use consistent facts). */
export function checklistFor(region: Region, facts: ClaimFacts): ChecklistItem[] {
  const result = requiredMaterials(policyFor(region), facts);
  if (!result.ok) throw new Error(`test facts refused: ${result.code}`);
  return result.value;
}

/** A draft case with a complete checklist attached. */
export function caseRecord(overrides: Partial<CaseRecord> = {}, region: Region = 'SHANXI'): CaseRecord {
  const checklist = checklistFor(region, claimFacts());
  return {
    state: 'draft',
    applicantId: 'user-insured',
    proxyId: null,
    expenseType: 'INPATIENT',
    claimedTotalFen: 1_234_500,
    checklist,
    attached: checklist.map((i) => i.item),
    lastSubmittedOn: null,
    acceptedOn: null,
    reviewStartedOn: null,
    reviewedOn: null,
    reviewerId: null,
    secondReviewedOn: null,
    paidOn: null,
    notices: [],
    special: null,
    version: 0,
    ...overrides,
  };
}

/** An active filing. */
export function filing(overrides: Partial<Filing> = {}): Filing {
  return {
    id: 'filing-1',
    type: 'RETIREE_RESETTLED',
    basis: 'PROOF',
    proofs: ['HOUSEHOLD_REGISTER'],
    destination: { code: '460000', level: 'PROVINCE' },
    filedOn: '2025-01-15',
    validFrom: '2025-01-15',
    validUntil: null,
    status: 'ACTIVE',
    cancelledOn: null,
    proofDue: false,
    refusalReason: null,
    ...overrides,
  };
}

/** An instant at noon in Shanghai on a date. */
export function noonInShanghai(date: string): Date {
  return new Date(`${date}T04:00:00Z`);
}

/** Unwrap a success in a test (fails loudly with the refusal otherwise). */
export function unwrap<T>(result: { ok: true; value: T } | { ok: false; code: string; message: string }): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  return result.value;
}
