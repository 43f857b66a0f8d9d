// How claims appear in API answers: masked names and ID numbers, the bank card masked, never the diagnosis; the
// checklist, deadline and allowed actions straight from the domain.
import {
  CASE_ACTION_NAME,
  type CaseDetail,
  type CaseSummary,
  type ChecklistResponse,
  type ClaimView,
  type TimelineEntry,
} from '@shared/api/claims';
import { defaultCalendar } from '@shared/domain/calendar/calendar';
import { type CaseDeadline, stageDeadline } from '@shared/domain/case/deadlines';
import { allowedActions } from '@shared/domain/case/stateMachine';
import type { Actor } from '@shared/domain/case/types';
import { missingMaterials } from '@shared/domain/claim/checklist';
import { maskName } from '@shared/domain/validation/mask';
import { CASE_STATE, ELIGIBILITY_CASE, EXPENSE_TYPE, MATERIAL_ITEM, ROLE } from '@shared/domain/vocabulary';
import { getCase, type StoredCase } from '../data/case';
import { listCaseEvents, type StoredCaseEvent } from '../data/caseEvent';
import { type CaseMaterial, listCaseMaterials } from '../data/caseMaterial';
import { getInsuredPerson, type InsuredPerson } from '../data/insuredPerson';
import { NotFoundError } from '../support/errors';
import { caseRecordOf, checklistOf, policyOf } from '../usecases/claims/claims';

const STAGE_NAME: Record<CaseDeadline['stage'], string> = {
  ACCEPTANCE: '受理',
  REVIEW: '审核',
  SECOND_REVIEW: '复核',
  FINANCE: '拨付',
  WHOLE_CASE: '办结',
};

/** The claim as its applicant or proxy sees it. */
export function claimViewOf(stored: StoredCase, person: InsuredPerson, materials: readonly CaseMaterial[]): ClaimView {
  const voucher = stored.voucher;
  return {
    caseId: stored.caseId,
    state: stored.state,
    stateName: CASE_STATE[stored.state],
    version: stored.version,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    submittedAt: stored.submittedAt ?? null,
    insuredPerson: {
      personId: person.personId,
      nameMasked: maskName(person.name),
      idNumberMasked: person.idNumberMasked,
    },
    submitter: { relation: stored.filedByProxy ? 'proxy' : 'self', nameMasked: stored.submitterNameMasked },
    region: stored.agencyRegion,
    agencyName: policyOf(stored).agencyName,
    eligibilityCase: stored.eligibilityCase,
    eligibilityCaseName: ELIGIBILITY_CASE[stored.eligibilityCase],
    eligibility: { description: stored.eligibility.description, source: stored.eligibility.source.label },
    expenseType: stored.expenseType,
    expenseTypeName: EXPENSE_TYPE[stored.expenseType],
    facts: stored.facts,
    visit: stored.visit,
    voucher: voucher
      ? {
          invoiceCode: voucher.invoiceCode,
          invoiceNumber: voucher.invoiceNumber,
          billName: voucher.billName,
          issueDate: voucher.issueDate,
          hospitalName: voucher.hospitalName,
          totalFen: voucher.totalFen,
          settlement: voucher.settlement,
          items: voucher.items,
          fetchedAt: voucher.fetchedAt,
        }
      : null,
    claimedTotalFen: stored.claimedTotalFen,
    bankAccount: stored.bankAccount
      ? {
          accountNameMasked: maskName(stored.bankAccount.accountName),
          bankName: stored.bankAccount.bankName,
          cardNumberMasked: stored.bankAccount.cardNumberMasked,
        }
      : null,
    materials: materials.map((m) => ({
      item: m.item,
      itemName: MATERIAL_ITEM[m.item],
      fileId: m.fileId,
      contentType: m.contentType ?? null,
      size: m.size ?? null,
      attachedAt: m.attachedAt,
    })),
  };
}

/** The checklist with what is attached and what is still missing. */
export function checklistViewOf(stored: StoredCase, materials: readonly CaseMaterial[]): ChecklistResponse {
  const checklist = checklistOf(stored);
  const missing = missingMaterials(checklist, stored.attached);
  const missingItems = new Set(missing.map((i) => i.item));
  return {
    caseId: stored.caseId,
    eVoucherFetched: stored.voucher !== undefined,
    items: checklist.map((i) => ({
      item: i.item,
      name: i.name,
      reason: i.reason,
      source: i.source.label,
      satisfiedByEVoucher: i.satisfiedByEVoucher,
      form: i.form,
      fileCount: materials.filter((m) => m.item === i.item).length,
      missing: missingItems.has(i.item),
    })),
    missing: missing.map((i) => ({ item: i.item, name: i.name })),
    complete: missing.length === 0,
  };
}

/** The current stage's deadline in official working days, or null where the state has none. */
export function deadlineOf(stored: StoredCase): CaseDetail['deadline'] {
  const deadline = stageDeadline(policyOf(stored), caseRecordOf(stored), defaultCalendar());
  if (!deadline) return null;
  return {
    stage: deadline.stage,
    stageName: STAGE_NAME[deadline.stage],
    from: deadline.from,
    workingDays: deadline.workingDays,
    due: deadline.due,
    provisional: deadline.provisional,
    explanation: deadline.explanation,
    source: deadline.source.label,
  };
}

function timelineEntryOf(event: StoredCaseEvent): TimelineEntry {
  return {
    at: event.at,
    on: event.on,
    action: event.action,
    actionName: CASE_ACTION_NAME[event.action],
    from: event.from,
    to: event.to,
    fromName: CASE_STATE[event.from],
    toName: CASE_STATE[event.to],
    actor: { role: event.role, roleName: ROLE[event.role], nameMasked: event.actorNameMasked ?? null },
    reason: event.reason ?? null,
  };
}

function noticeOf(stored: StoredCase): CaseDetail['notice'] {
  const notice = stored.notices[stored.notices.length - 1];
  if (!notice) return null;
  const ordinary = notice.kind === 'ORDINARY';
  return {
    kind: notice.kind,
    sentOn: notice.sentOn,
    items: ordinary ? notice.items.map((i) => ({ ...i, itemName: MATERIAL_ITEM[i.item] })) : [],
    note: notice.note,
    listItem: ordinary ? null : notice.listItem,
    mailingAddress: ordinary ? null : notice.mailingAddress,
    phone: ordinary ? null : notice.phone,
  };
}

/** The case with its tracking: deadline, the caller's allowed actions, the timeline, the notice, the result. */
export function caseDetailOf(
  stored: StoredCase,
  person: InsuredPerson,
  materials: readonly CaseMaterial[],
  events: readonly StoredCaseEvent[],
  actor: Actor,
): CaseDetail {
  return {
    claim: claimViewOf(stored, person, materials),
    deadline: deadlineOf(stored),
    allowedActions: allowedActions(caseRecordOf(stored), actor).map((action) => ({
      action,
      name: CASE_ACTION_NAME[action],
    })),
    timeline: events.map(timelineEntryOf),
    notice: noticeOf(stored),
    // The e-sealed result form of a completed case, with its public verification behind the QR code on it.
    result:
      stored.state === 'completed'
        ? stored.resultFormId
          ? {
              available: true,
              downloadUrl: `/v1/cases/${stored.caseId}/result`,
              message: '结算结果单已加盖电子印章，可下载；扫描结果单上的二维码可核验真伪',
            }
          : { available: false, downloadUrl: null, message: '办结结果单正在生成，生成后可在此下载' }
        : null,
  };
}

/** One line of "my cases". */
export function caseSummaryOf(
  stored: StoredCase,
  person: InsuredPerson | undefined,
  callerPersonId: string,
): CaseSummary {
  const deadline = deadlineOf(stored);
  return {
    caseId: stored.caseId,
    state: stored.state,
    stateName: CASE_STATE[stored.state],
    relation: stored.personId === callerPersonId ? 'self' : 'proxy',
    insuredPersonNameMasked: person ? maskName(person.name) : '*',
    submitter: { relation: stored.filedByProxy ? 'proxy' : 'self', nameMasked: stored.submitterNameMasked },
    expenseType: stored.expenseType,
    expenseTypeName: EXPENSE_TYPE[stored.expenseType],
    hospitalName: stored.visit.hospitalName,
    claimedTotalFen: stored.claimedTotalFen,
    createdAt: stored.createdAt,
    submittedAt: stored.submittedAt ?? null,
    deadline: deadline ? { due: deadline.due, provisional: deadline.provisional, stageName: deadline.stageName } : null,
  };
}

async function personOf(stored: StoredCase): Promise<InsuredPerson> {
  const person = await getInsuredPerson(stored.personId);
  if (!person) throw new NotFoundError('没有找到该办件的参保人');
  return person;
}

/** Reads what a claim view shows (the person, the materials) and presents the case. */
export async function loadClaimView(stored: StoredCase): Promise<ClaimView> {
  const [person, materials] = await Promise.all([personOf(stored), listCaseMaterials(stored.caseId)]);
  return claimViewOf(stored, person, materials);
}

/** Reads the case afresh (consistent) with its materials and timeline, and presents it to `actor`. */
export async function loadCaseDetail(caseId: string, actor: Actor): Promise<CaseDetail> {
  const stored = await getCase(caseId);
  if (!stored) throw new NotFoundError('没有找到该办件');
  const [person, materials, events] = await Promise.all([
    personOf(stored),
    listCaseMaterials(caseId),
    listCaseEvents(caseId),
  ]);
  return caseDetailOf(stored, person, materials, events, actor);
}
