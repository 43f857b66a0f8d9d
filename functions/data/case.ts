// 报销办件 — a claim case: the draft the applicant fills in, then the case the agency works. One item per case
// (CASE#<caseId>/CASE), found by insured person (gsi1) and by submitter (gsi2); while it waits on staff it carries
// the sparse queue key (gsi3 QUEUE#<agencyRegion>#<stage> / <stageDeadline>#<caseId>) — removed when it leaves the
// staff stages. Every change is conditional on `version`: two writers never both win. Transitions (state changes)
// are multi-item transactions in caseTransition.ts.
import type { ClaimFacts } from '@shared/api/claims';
import type { SettlementForm, SettlementInput } from '@shared/domain/benefit/settlement';
import type { DeficiencyNotice } from '@shared/domain/case/types';
import type { Source } from '@shared/domain/sources';
import {
  CASE_STATES,
  type CaseState,
  ELIGIBILITY_CASES,
  EXPENSE_TYPES,
  type HospitalLevel,
  type MaterialItem,
  REGIONS,
} from '@shared/domain/vocabulary';
import { CustomAttributeType, Entity, type EntityItem } from 'electrodb';
import { declareEntity, ENTITY_OPTIONS, isConditionFailure, SERVICE, table } from './table';

/**
 * The queue a case waits in (gsi3): a staff stage, SUPPLEMENT while the applicant owes materials (ordered by the
 * day they are reminded, for the daily sweep), or NONE while it waits on nobody.
 */
export const QUEUE_STAGES = [
  'NONE',
  'ACCEPTANCE',
  'REVIEW',
  'SECOND_REVIEW',
  'FINANCE',
  'COMPLETION',
  'SUPPLEMENT',
] as const;
/** The staff stages (the queues staff work, the ones a deadline can be missed in). */
export const STAFF_STAGES = ['ACCEPTANCE', 'REVIEW', 'SECOND_REVIEW', 'FINANCE', 'COMPLETION'] as const;
export type QueueStage = (typeof QUEUE_STAGES)[number];

/** Where and when the treatment was; hospital fields are filled from the e-voucher. */
export type StoredVisit = {
  placeCode: string;
  admissionDate: string;
  dischargeDate: string | null;
  hospitalCode: string | null;
  hospitalName: string | null;
  hospitalLevel: HospitalLevel | null;
  designated: boolean | null;
};

/** The e-voucher (医疗收费电子结算凭证) as the platform returned it, amounts in integer fen. */
export type StoredVoucher = {
  invoiceCode: string;
  invoiceNumber: string;
  billName: string;
  issueDate: string;
  hospitalName: string;
  totalFen: number;
  settlement: { fundScopeFen: number; classBSelfPayFen: number; overLimitSelfPayFen: number; ownExpenseFen: number };
  items: { name: string; quantity: number; amountFen: number }[];
  fetchedAt: string;
};

/** The payee account: the card number only encrypted (under the case's data key) and masked. */
export type StoredBankAccount = {
  accountName: string;
  bankName: string;
  cardNumberEnc: string;
  cardNumberMasked: string;
};

/** A reviewer's change to the voucher's classification of a fee line, with the reason (审核调整). */
export type ReviewAdjustment = {
  /** The fee line (item name on the voucher, or 整单). */
  lineName: string;
  /** How much of the line moves out of the pooling-fund scope, integer fen. */
  amountFen: number;
  /** Where it moves: 乙类先行自付, 超限价自付, or 自费. */
  to: 'CLASS_B_PREPAY' | 'OVER_LIMIT' | 'SELF_PAY';
  reason: string;
};

/** The review's benefit calculation (待遇核算): the domain's input and result, the adjustments, who and when. */
export type StoredReview = {
  input: SettlementInput;
  adjustments: ReviewAdjustment[];
  settlement: SettlementForm;
  /** Staff username of the reviewer, and when the calculation was recorded. */
  by: string;
  at: string;
};

/** The payment as finance recorded it (拨付): amount, the payee account as shown (masked), the transfer reference. */
export type StoredPayment = {
  amountFen: number;
  transferReference: string;
  accountName: string;
  bankName: string;
  cardNumberMasked: string;
  paidOn: string;
  by: string;
  at: string;
};

export const CaseEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'case', version: '1', service: SERVICE },
      attributes: {
        caseId: { type: 'string', required: true, readOnly: true },
        /** The insured person (参保人) the claim is for. */
        personId: { type: 'string', required: true, readOnly: true },
        /** Who filed it: the insured person's own user or a proxy (代办人). */
        submitterUserId: { type: 'string', required: true, readOnly: true },
        filedByProxy: { type: 'boolean', required: true, readOnly: true },
        submitterNameMasked: { type: 'string', required: true, readOnly: true },
        /** The insuring region: its agency works the case and its policy applies. Repeated in every write (gsi3). */
        agencyRegion: { type: REGIONS, required: true },
        state: { type: CASE_STATES, required: true },
        version: { type: 'number', required: true },
        eligibilityCase: { type: ELIGIBILITY_CASES, required: true },
        expenseType: { type: EXPENSE_TYPES, required: true },
        facts: { type: CustomAttributeType<ClaimFacts>('any'), required: true },
        visit: { type: CustomAttributeType<StoredVisit>('any'), required: true },
        /** The eligibility case the domain accepted at the last check, with its 依据. */
        eligibility: { type: CustomAttributeType<{ description: string; source: Source }>('any'), required: true },
        voucher: { type: CustomAttributeType<StoredVoucher>('any') },
        declaredTotalFen: { type: 'number' },
        claimedTotalFen: { type: 'number', required: true },
        /** Checklist items with at least one attached file (kept with the materials, in their transactions). */
        attached: { type: CustomAttributeType<MaterialItem[]>('any'), required: true },
        /** Items attached while awaiting supplement: what the resubmission supplies. */
        supplied: { type: CustomAttributeType<MaterialItem[]>('any'), required: true },
        /** The case's own data key (wrapped) for its encrypted fields. */
        dataKey: { type: 'string' },
        bankAccount: { type: CustomAttributeType<StoredBankAccount>('any') },
        /** The voucher's diagnosis: health information, encrypted, shown to nobody through this API. */
        diagnosisEnc: { type: 'string' },
        lastSubmittedOn: { type: 'string' },
        acceptedOn: { type: 'string' },
        reviewStartedOn: { type: 'string' },
        reviewedOn: { type: 'string' },
        reviewerId: { type: 'string' },
        secondReviewedOn: { type: 'string' },
        paidOn: { type: 'string' },
        notices: { type: CustomAttributeType<DeficiencyNotice[]>('any'), required: true },
        special: { type: CustomAttributeType<{ reason: string; markedOn: string }>('any') },
        /** Set at review (APPROVE_REVIEW), replaced if the second reviewer returns it and it is reviewed again. */
        review: { type: CustomAttributeType<StoredReview>('any') },
        /** Set when finance records the payment (RECORD_PAYMENT). */
        payment: { type: CustomAttributeType<StoredPayment>('any') },
        /** The result form (办结结果单) issued at completion: GET /v1/verify/{formId}. */
        resultFormId: { type: 'string' },
        // ── deadline sweep fields (issue 5, deadlines) ──
        /** Set by the daily sweep when the stage deadline passed (no version change: staff actions still win). */
        overdue: { type: CustomAttributeType<{ stage: string; due: string; flaggedOn: string }>('any') },
        /** The notice (its sentOn) the applicant was last reminded of: one reminder per notice. */
        supplementRemindedFor: { type: 'string' },
        queueStage: { type: QUEUE_STAGES, required: true },
        /** The stage deadline the queue is ordered by ('' when not queued). */
        queueDue: { type: 'string', required: true },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
        submittedAt: { type: 'string' },
      },
      indexes: {
        byId: {
          pk: { field: 'pk', composite: ['caseId'], template: 'CASE#${caseId}', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'CASE', casing: 'none' },
        },
        byInsuredPerson: {
          index: 'gsi1',
          pk: { field: 'gsi1pk', composite: ['personId'], template: 'PERSON#${personId}', casing: 'none' },
          sk: {
            field: 'gsi1sk',
            composite: ['createdAt', 'caseId'],
            template: 'CASE#${createdAt}#${caseId}',
            casing: 'none',
          },
        },
        bySubmitter: {
          index: 'gsi2',
          pk: { field: 'gsi2pk', composite: ['submitterUserId'], template: 'USER#${submitterUserId}', casing: 'none' },
          sk: {
            field: 'gsi2sk',
            composite: ['createdAt', 'caseId'],
            template: 'CASE#${createdAt}#${caseId}',
            casing: 'none',
          },
        },
        byStageDeadline: {
          index: 'gsi3',
          // Sparse: only cases waiting on staff carry the queue key; leaving the staff stages removes it.
          condition: (attributes: { queueStage?: QueueStage }) =>
            attributes.queueStage !== undefined && attributes.queueStage !== 'NONE',
          pk: {
            field: 'gsi3pk',
            composite: ['agencyRegion', 'queueStage'],
            template: 'QUEUE#${agencyRegion}#${queueStage}',
            casing: 'none',
          },
          sk: { field: 'gsi3sk', composite: ['queueDue', 'caseId'], template: '${queueDue}#${caseId}', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** A case as stored. */
export type StoredCase = EntityItem<typeof CaseEntity>;

/** The field-encryption container of a case (card number, diagnosis): its partition key, `CASE#<caseId>`. */
export function caseContainer(caseId: string): string {
  return `CASE#${caseId}`;
}
/** The draft fields an autosave may change. */
export type DraftChanges = Partial<
  Pick<
    StoredCase,
    | 'eligibilityCase'
    | 'expenseType'
    | 'facts'
    | 'visit'
    | 'eligibility'
    | 'voucher'
    | 'declaredTotalFen'
    | 'claimedTotalFen'
    | 'dataKey'
    | 'bankAccount'
    | 'diagnosisEnc'
  >
>;

/** PutItem CASE#<caseId>/CASE if absent — a new draft. */
export async function createCase(item: StoredCase): Promise<StoredCase> {
  table();
  const { data } = await CaseEntity.create(item).go();
  return data;
}

/** GetItem CASE#<caseId>/CASE — the case, or undefined. */
export async function getCase(caseId: string, consistent = true): Promise<StoredCase | undefined> {
  table();
  const { data } = await CaseEntity.get({ caseId }).go({ consistent });
  return data ?? undefined;
}

/**
 * UpdateItem CASE#<caseId>/CASE if `version = :v` and the state is one of `states` — an autosave. The new item, or
 * undefined when the version moved or the state changed meanwhile (the caller re-reads to say which).
 */
export async function updateCaseFields(
  current: Pick<StoredCase, 'caseId' | 'version' | 'agencyRegion' | 'queueStage' | 'queueDue'>,
  changes: DraftChanges,
  states: readonly CaseState[],
  now: Date,
): Promise<StoredCase | undefined> {
  table();
  try {
    const { data } = await CaseEntity.patch({ caseId: current.caseId })
      .set({
        ...changes,
        version: current.version + 1,
        updatedAt: now.toISOString(),
        // The queue composites go with every write (ElectroDB keeps the sparse index consistent with them).
        agencyRegion: current.agencyRegion,
        queueStage: current.queueStage,
        queueDue: current.queueDue,
      })
      .where(({ version, state }, { eq }) => {
        const inState = states.map((s) => eq(state, s)).join(' OR ');
        return `${eq(version, current.version)} AND (${inState})`;
      })
      .go({ response: 'all_new' });
    return data as StoredCase;
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

/** A page of cases: at most `limit`, newest first, starting after `before` (the last case of the previous page). */
type PageRequest = { limit: number; before?: { createdAt: string; caseId: string } };

/** Query gsi1 PERSON#<personId>, begins_with CASE# — the insured person's cases, newest first. */
export async function listCasesByInsuredPerson(personId: string, page: PageRequest): Promise<StoredCase[]> {
  table();
  const query = CaseEntity.query.byInsuredPerson({ personId });
  const { data } = await (page.before ? query.lt(page.before) : query).go({
    order: 'desc',
    limit: page.limit,
    pages: 'all',
  });
  return data;
}

/** Query gsi2 USER#<submitterUserId>, begins_with CASE# — the cases a user submitted, newest first. */
export async function listCasesBySubmitter(submitterUserId: string, page: PageRequest): Promise<StoredCase[]> {
  table();
  const query = CaseEntity.query.bySubmitter({ submitterUserId });
  const { data } = await (page.before ? query.lt(page.before) : query).go({
    order: 'desc',
    limit: page.limit,
    pages: 'all',
  });
  return data;
}

/**
 * Query gsi3 QUEUE#<agencyRegion>#<stage> — the staff queue, earliest deadline first; `dueBefore` selects the
 * overdue ones for the daily sweep (`gsi3sk < :today`).
 */
export async function listCasesByStageDeadline(
  agencyRegion: StoredCase['agencyRegion'],
  queueStage: Exclude<QueueStage, 'NONE'>,
  options: { dueBefore?: string; limit?: number } = {},
): Promise<StoredCase[]> {
  table();
  const query = CaseEntity.query.byStageDeadline({ agencyRegion, queueStage });
  const { data } = await (options.dueBefore ? query.lt({ queueDue: options.dueBefore }) : query).go({
    order: 'asc',
    ...(options.limit ? { limit: options.limit } : { pages: 'all' }),
  });
  return data;
}
