// How a case appears in the staff console: what the applicant sees (masked names, ID number and bank card, never
// the diagnosis) plus what staff work with — the actions of every role the member holds, the cross-check flag, the
// review's calculation, the payment and the result form. Queue rows are the short form of the same facts.
import { CASE_ACTION_NAME } from '@shared/api/claims';
import type { StaffQueueItemSchema } from '@shared/api/staff';
import { feeCrossCheck } from '@shared/domain/benefit/crossCheck';
import { countWorkingDays } from '@shared/domain/calendar/calendar';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { allowedActions } from '@shared/domain/case/stateMachine';
import type { CaseAction } from '@shared/domain/case/types';
import { maskName } from '@shared/domain/validation/mask';
import { CASE_STATE } from '@shared/domain/vocabulary';
import type { z } from 'zod';
import type { StoredCase } from '../data/case';
import { STAFF_STAGES } from '../data/case';
import { listCaseEvents } from '../data/caseEvent';
import { listCaseMaterials } from '../data/caseMaterial';
import { getInsuredPerson } from '../data/insuredPerson';
import { NotFoundError } from '../support/errors';
import type { StaffCaller } from '../usecases/access/staffAuth';
import { caseRecordOf, policyOf } from '../usecases/claims/claims';
import { workingCalendar } from '../usecases/filings/filings';
import { caseDetailOf, checklistViewOf } from './presentClaim';

type QueueItem = z.infer<typeof StaffQueueItemSchema>;

/** Deadline facts of a waiting item: working days left (negative when overdue) and whether it is overdue today. */
export function dueFacts(due: string, today: string): { workingDaysLeft: number; overdue: boolean } {
  const calendar = workingCalendar();
  if (due < today) return { workingDaysLeft: -countWorkingDays(calendar, due, today).count, overdue: true };
  return { workingDaysLeft: countWorkingDays(calendar, today, due).count, overdue: false };
}

/** The actions this member may take on the case: the union over their roles of the state machine's answer. */
export function staffActionsOf(stored: StoredCase, caller: StaffCaller): CaseAction[] {
  const record = caseRecordOf(stored);
  return [...new Set(caller.roles.flatMap((role) => allowedActions(record, { id: caller.username, role })))];
}

/** The insured person's masked name ('*' when the record is gone). */
export async function maskedNameOf(personId: string): Promise<string> {
  const person = await getInsuredPerson(personId);
  return person ? maskName(person.name) : '*';
}

/** One queue row of a case. */
export async function caseQueueItemOf(stored: StoredCase, today: string): Promise<QueueItem> {
  return {
    id: stored.caseId,
    kind: 'CASE',
    state: stored.state,
    stateName: CASE_STATE[stored.state],
    personNameMasked: await maskedNameOf(stored.personId),
    expenseType: stored.expenseType,
    claimedTotalFen: stored.claimedTotalFen,
    placeCode: stored.visit.placeCode,
    hospitalName: stored.visit.hospitalName,
    filedByProxy: stored.filedByProxy,
    due: stored.queueDue,
    ...dueFacts(stored.queueDue, today),
    crossCheck: feeCrossCheck(policyOf(stored), stored.expenseType, stored.claimedTotalFen).flagged,
    version: stored.version,
  };
}

/** Reads the case's person, materials and timeline and presents the case to the staff member (masked). */
export async function loadStaffCaseDetail(stored: StoredCase, caller: StaffCaller, now: Date) {
  const [person, materials, events] = await Promise.all([
    getInsuredPerson(stored.personId),
    listCaseMaterials(stored.caseId),
    listCaseEvents(stored.caseId),
  ]);
  if (!person) throw new NotFoundError('没有找到该办件的参保人');
  // The applicant's view answers the state machine for one actor; staff get their own list below.
  const detail = caseDetailOf(stored, person, materials, events, { id: caller.username, role: 'admin' });
  const crossCheck = feeCrossCheck(policyOf(stored), stored.expenseType, stored.claimedTotalFen);
  return {
    ...detail,
    checklist: checklistViewOf(stored, materials).items.map((item) => ({
      ...item,
      files: materials
        .filter((m) => m.item === item.item)
        .map((m) => ({ fileId: m.fileId, contentType: m.contentType ?? null, size: m.size ?? null })),
    })),
    allowedActions: staffActionsOf(stored, caller).map((action) => ({ action, name: CASE_ACTION_NAME[action] })),
    version: stored.version,
    // Only a staff stage can be overdue; SUPPLEMENT waits for the applicant.
    overdue:
      (STAFF_STAGES as readonly string[]).includes(stored.queueStage) &&
      dueFacts(stored.queueDue, todayInShanghai(now)).overdue,
    crossCheck: { flagged: crossCheck.flagged, message: crossCheck.message, source: crossCheck.source.label },
    review: stored.review ?? null,
    payment: stored.payment ?? null,
    resultFormId: stored.resultFormId ?? null,
  };
}
