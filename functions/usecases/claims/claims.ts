// What every claim route shares: who the caller is to a case (or 404), the stored case as the domain sees it
// (claim facts, checklist, state-machine record), eligibility with the person's filings, and the staff queue key.
// Rules are the domain's (shared/domain); this module only gathers their inputs and turns refusals into answers.
import type { ClaimFacts as ClaimFactsInput } from '@shared/api/claims';
import { ErrorCode } from '@shared/api/errors';
import { defaultCalendar } from '@shared/domain/calendar/calendar';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { type ClaimEdit, mayEdit } from '@shared/domain/case/claimEdits';
import { stageDeadline } from '@shared/domain/case/deadlines';
import { caseQueueOf } from '@shared/domain/case/queues';
import { openNotice, supplementReminderDate } from '@shared/domain/case/reminders';
import type { Actor, CaseEvent, CaseRecord } from '@shared/domain/case/types';
import { type ChecklistItem, type ClaimFacts, requiredMaterials } from '@shared/domain/claim/checklist';
import type { Eligibility } from '@shared/domain/claim/eligibility';
import { checkMaterialItem } from '@shared/domain/claim/materials';
import { type Claimant, type ClaimedTreatment, checkOnlineEligibility } from '@shared/domain/claim/submission';
import type { Refusal, RefusalCode } from '@shared/domain/errors';
import type { Filing } from '@shared/domain/filing/filing';
import { maskName } from '@shared/domain/validation/mask';
import { type EligibilityCase, type ExpenseType, MATERIAL_ITEMS, type MaterialItem } from '@shared/domain/vocabulary';
import { policyFor, type RegionPolicy } from '@shared/policy';
import { getCase, type QueueStage, type StoredCase, type StoredVisit } from '../../data/case';
import type { StoredCaseEvent } from '../../data/caseEvent';
import { loadPersonFilings, toDomainFiling } from '../../data/filing';
import { getInsuredPerson, type InsuredPerson } from '../../data/insuredPerson';
import { ConflictError, NotFoundError, RefusalError } from '../../support/errors';
import type { BoundCaller } from '../access/auth';

const NOT_FOUND = '没有找到该办件';
const CASE_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** A case as the caller may act on it: the stored case and the state machine's actor for the caller. */
export type CaseAccess = { stored: StoredCase; actor: Actor };

/**
 * The state machine's actor for a caller: the insured person's bound user acts as applicant (by the person's id),
 * the proxy who submitted as proxy (by user id); anyone else is nobody to this case.
 */
export function actorFor(stored: StoredCase, caller: BoundCaller): Actor | undefined {
  if (caller.insuredPersonId === stored.personId) return { id: stored.personId, role: 'applicant' };
  if (caller.userId === stored.submitterUserId) {
    return stored.filedByProxy ? { id: caller.userId, role: 'proxy' } : { id: stored.personId, role: 'applicant' };
  }
  return undefined;
}

/** The case with the caller's actor; 404 (the same answer as "no such case") for anyone not party to it. */
export async function loadCaseFor(caseId: string | undefined, caller: BoundCaller): Promise<CaseAccess> {
  if (!caseId || !CASE_ID.test(caseId)) throw new NotFoundError(NOT_FOUND);
  const stored = await getCase(caseId);
  const actor = stored && actorFor(stored, caller);
  if (!stored || !actor) throw new NotFoundError(NOT_FOUND);
  return { stored, actor };
}

/** The region policy of the case's insuring region. */
export function policyOf(stored: Pick<StoredCase, 'agencyRegion'>): RegionPolicy {
  return policyFor(stored.agencyRegion);
}

/** The domain's claim facts of a case (what decides its checklist). */
export function claimFactsOf(
  stored: Pick<StoredCase, 'eligibilityCase' | 'expenseType' | 'facts' | 'filedByProxy' | 'voucher'>,
): ClaimFacts {
  return {
    eligibilityCase: stored.eligibilityCase,
    expenseType: stored.expenseType,
    ...stored.facts,
    filedByProxy: stored.filedByProxy,
    eVoucherFetched: stored.voucher !== undefined,
  };
}

/** The case's checklist from its facts and its region's checklist data; contradictory facts are refused (422). */
export function checklistOf(
  stored: Pick<StoredCase, 'agencyRegion' | 'eligibilityCase' | 'expenseType' | 'facts' | 'filedByProxy' | 'voucher'>,
): ChecklistItem[] {
  const result = requiredMaterials(policyOf(stored), claimFactsOf(stored));
  if (!result.ok) throw new RefusalError(result, { facts: result.message });
  return result.value;
}

/** The state machine's view of a stored case. */
export function caseRecordOf(stored: StoredCase): CaseRecord {
  return {
    state: stored.state,
    applicantId: stored.personId,
    proxyId: stored.filedByProxy ? stored.submitterUserId : null,
    expenseType: stored.expenseType,
    claimedTotalFen: stored.claimedTotalFen,
    checklist: checklistOf(stored),
    attached: stored.attached,
    lastSubmittedOn: stored.lastSubmittedOn ?? null,
    acceptedOn: stored.acceptedOn ?? null,
    reviewStartedOn: stored.reviewStartedOn ?? null,
    reviewedOn: stored.reviewedOn ?? null,
    reviewerId: stored.reviewerId ?? null,
    secondReviewedOn: stored.secondReviewedOn ?? null,
    paidOn: stored.paidOn ?? null,
    notices: stored.notices,
    special: stored.special ?? null,
    version: stored.version,
  };
}

/** The gsi3 queue key of a record: its staff stage, ordered by the domain's stage deadline (NONE off the queues). */
export function queueOf(policy: RegionPolicy, record: CaseRecord, now: Date): { stage: QueueStage; due: string } {
  const stage = caseQueueOf(record.state);
  if (!stage) return { stage: 'NONE', due: '' };
  const notice = openNotice(record);
  // Waiting for the applicant: ordered by the day they are reminded of the notice (shared/domain/case/reminders).
  if (stage === 'SUPPLEMENT') {
    return { stage, due: notice ? supplementReminderDate(defaultCalendar(), notice.sentOn) : todayInShanghai(now) };
  }
  const deadline = stageDeadline(policy, record, defaultCalendar());
  return { stage, due: deadline?.due ?? todayInShanghai(now) };
}

/** What eligibility is decided on: the declared case and type, the facts, and where and when the treatment was. */
export type EligibilityInput = {
  eligibilityCase: EligibilityCase;
  expenseType: ExpenseType;
  facts: ClaimFactsInput;
  visit: Pick<StoredVisit, 'placeCode' | 'admissionDate' | 'dischargeDate'>;
};

/** The domain's claimant: insured status and whether a student (参保学生). */
export function claimantOf(person: InsuredPerson): Claimant {
  return { insuredStatus: person.insuredStatus, isStudent: person.personCategory === 'STUDENT' };
}

/** The domain's treatment facts of a claim (what eligibility is decided on). */
export function treatmentOf(input: EligibilityInput): ClaimedTreatment {
  return {
    eligibilityCase: input.eligibilityCase,
    expenseType: input.expenseType,
    rescue: input.facts.rescue,
    placeCode: input.visit.placeCode,
    admissionDate: input.visit.admissionDate,
    dischargeDate: input.visit.dischargeDate,
  };
}

/** The person's filings as the domain sees them. */
export async function domainFilingsOf(personId: string): Promise<Filing[]> {
  const { filings } = await loadPersonFilings(personId);
  return filings.map(toDomainFiling);
}

// The refusals of checkClaimEligibility: about the declared case, shown next to it.
const ELIGIBILITY_CODES: readonly RefusalCode[] = [
  'ELIGIBILITY_CASE_NOT_OFFERED',
  'EXPENSE_TYPE_NOT_ONLINE',
  'ELIGIBILITY_FACTS_MISMATCH',
];

/** A claim refusal as the answer: an eligibility refusal names the declared case as its field. */
export function eligibilityRefusal(refusal: Refusal): RefusalError {
  return new RefusalError(
    refusal,
    ELIGIBILITY_CODES.includes(refusal.code) ? { eligibilityCase: refusal.message } : {},
  );
}

/** 报销情形 — the domain's `checkOnlineEligibility` with the person's filings as they stand now; 422 when not. */
export async function checkEligibility(person: InsuredPerson, input: EligibilityInput): Promise<Eligibility> {
  const result = checkOnlineEligibility(
    policyFor(person.insuredRegion),
    claimantOf(person),
    await domainFilingsOf(person.personId),
    treatmentOf(input),
  );
  if (!result.ok) throw eligibilityRefusal(result);
  return result.value;
}

/**
 * 409 unless the applicant may make `edit` in the case's state now (the domain's `CLAIM_EDITS`: a submitted claim is
 * no longer edited, except what a deficiency notice asks for).
 */
export function requireEditable(stored: Pick<StoredCase, 'state'>, edit: ClaimEdit): void {
  if (!mayEdit(stored.state, edit)) {
    throw new ConflictError(
      '办件已提交或已结束，不能再修改。如需补充材料，请等待经办机构的补正通知',
      ErrorCode.CLAIM_NOT_EDITABLE,
    );
  }
}

/** 409 — someone (another device, a double tap) changed the case since it was read. */
export function versionConflict(): ConflictError {
  return new ConflictError('办件已在别处更新，请刷新后再试', ErrorCode.VERSION_CONFLICT);
}

/** The stored event of a domain event, with the acting user (none for staff) and their masked name for the timeline. */
export function storedEventOf(
  event: CaseEvent,
  actorUserId: string | undefined,
  actorNameMasked: string,
): Omit<StoredCaseEvent, 'caseId' | 'eventNo'> {
  return {
    action: event.action,
    from: event.from,
    to: event.to,
    actorId: event.actorId,
    role: event.role,
    // Staff act by username (actorId); only applicants and proxies have a user id.
    ...(actorUserId ? { actorUserId } : {}),
    actorNameMasked,
    at: event.at,
    on: event.on,
    ...(event.reason ? { reason: event.reason } : {}),
    ...(event.notice ? { notice: event.notice } : {}),
    ...(event.paymentReference ? { paymentReference: event.paymentReference } : {}),
  };
}

/**
 * 报销材料 — the domain's `checkMaterialItem` for a page of `item` on this case now (on its checklist; when
 * supplementing, asked for by the notice); 422 with its 依据 when not.
 */
export function requireMaterialItem(stored: StoredCase, item: MaterialItem): void {
  const result = checkMaterialItem(
    { state: stored.state, checklist: checklistOf(stored), notices: stored.notices },
    item,
  );
  if (!result.ok) throw new RefusalError(result);
}

/** Whether a path parameter is a material item code. */
export function isMaterialItem(value: string | undefined): value is MaterialItem {
  return value !== undefined && (MATERIAL_ITEMS as readonly string[]).includes(value);
}

/** The caller's name, masked, for the timeline: the insured person's own, or the proxy's bound person's. */
export async function actorNameMasked(caller: BoundCaller, person: InsuredPerson): Promise<string> {
  if (caller.insuredPersonId === person.personId) return maskName(person.name);
  const self = await getInsuredPerson(caller.insuredPersonId);
  return self ? maskName(self.name) : '*';
}
