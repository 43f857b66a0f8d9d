/**
 * 办理时限 — the deadline each case state carries, in working days on the official calendar: Shanxi per stage
 * (`000` 流程二–四: 2 + 2 + 2 + 2), Jiangsu for the whole case from the day materials are complete (`003 Art. 28`:
 * 5 / 10 / 20), Liaoning 30 (`002 §3`).
 */
import type { RegionPolicy, StageLimit } from '../../policy/schema';
import { addWorkingDays, type WorkingCalendar } from '../calendar/calendar';
import type { IsoDate } from '../calendar/isoDate';
import { ok, type Result, refuse } from '../errors';
import type { Source } from '../sources';
import { ROLE } from '../vocabulary';
import type { Actor, CaseRecord } from './types';

/** Which clock a deadline belongs to. */
export type DeadlineStage = 'ACCEPTANCE' | 'REVIEW' | 'SECOND_REVIEW' | 'FINANCE' | 'WHOLE_CASE';

/** A state's deadline, with what it is counted from and its reliability. */
export interface CaseDeadline {
  readonly stage: DeadlineStage;
  readonly from: IsoDate;
  readonly workingDays: number;
  readonly due: IsoDate;
  /** True when the calendar had no official data for part of the period. */
  readonly provisional: boolean;
  readonly explanation: string | null;
  readonly source: Source;
}

const OPEN_STAFF_STATES = ['submitted', 'accepted', 'reviewed', 'second_reviewed'] as const;

function deadline(
  stage: DeadlineStage,
  from: IsoDate | null,
  limit: StageLimit,
  calendar: WorkingCalendar,
): CaseDeadline | null {
  if (from === null) return null;
  const due = addWorkingDays(calendar, from, limit.workingDays);
  return {
    stage,
    from,
    workingDays: limit.workingDays,
    due: due.date,
    provisional: due.provisional,
    explanation: due.explanation,
    source: limit.source,
  };
}

/** The whole-case limit that applies: special, small outpatient (≤ the threshold: "以下" includes it), or general. */
export function wholeCaseLimit(policy: RegionPolicy, record: CaseRecord): StageLimit | null {
  const limits = policy.caseTimeLimits;
  if (limits.kind !== 'WHOLE_CASE') return null;
  if (record.special && limits.special) return limits.special;
  const small = limits.smallOutpatient;
  if (small && record.expenseType === 'OUTPATIENT' && record.claimedTotalFen <= small.maxAmountFen) return small;
  return limits.general;
}

/** The deadline of the case's current state; null where the state has none (draft, waiting for the applicant, final). */
export function stageDeadline(
  policy: RegionPolicy,
  record: CaseRecord,
  calendar: WorkingCalendar,
): CaseDeadline | null {
  if (!(OPEN_STAFF_STATES as readonly string[]).includes(record.state)) return null;
  const limits = policy.caseTimeLimits;
  if (limits.kind === 'WHOLE_CASE') {
    const limit = wholeCaseLimit(policy, record);
    return limit && deadline('WHOLE_CASE', record.lastSubmittedOn, limit, calendar);
  }
  switch (record.state) {
    case 'submitted':
      return deadline('ACCEPTANCE', record.lastSubmittedOn, limits.acceptance, calendar);
    case 'accepted':
      return deadline('REVIEW', record.reviewStartedOn, limits.review, calendar);
    case 'reviewed':
      return deadline('SECOND_REVIEW', record.reviewedOn, limits.secondReview, calendar);
    default:
      return deadline('FINANCE', record.secondReviewedOn, limits.finance, calendar);
  }
}

/** Whether a deadline has passed on `today` (the due day itself is still in time). */
export function isOverdue(due: CaseDeadline, today: IsoDate): boolean {
  return today > due.due;
}

/**
 * 特殊情况 — mark a case special, extending its whole-case limit (`003 Art. 28`: at most 20 working days); only
 * before the general limit has passed, with a reason the applicant is told in advance.
 */
export function markSpecialCase(
  policy: RegionPolicy,
  record: CaseRecord,
  reason: string,
  actor: Actor,
  today: IsoDate,
  calendar: WorkingCalendar,
): Result<CaseRecord> {
  const limits = policy.caseTimeLimits;
  if (limits.kind !== 'WHOLE_CASE' || limits.special === null) {
    const source = limits.kind === 'WHOLE_CASE' ? limits.general.source : limits.acceptance.source;
    return refuse('DEADLINE_EXTENSION_NOT_AVAILABLE', `${policy.name}没有特殊情况延长办理时限的规定`, source);
  }
  if (actor.role !== 'intake' && actor.role !== 'reviewer') {
    return refuse('ROLE_NOT_ALLOWED', `${ROLE[actor.role]}不能认定特殊情况`, limits.special.source);
  }
  if (!(OPEN_STAFF_STATES as readonly string[]).includes(record.state) || record.special) {
    return refuse('TRANSITION_NOT_ALLOWED', '当前办件不能认定为特殊情况', limits.special.source);
  }
  if (reason.trim() === '')
    return refuse('REASON_REQUIRED', '请写明特殊情况的原因，将提前告知参保人', limits.special.source);
  const current = stageDeadline(policy, record, calendar);
  if (current && today > current.due) {
    return refuse(
      'TRANSITION_NOT_ALLOWED',
      '已超过办理时限，须在期限届满前提前告知参保人',
      limits.overrunNotice.source,
    );
  }
  return ok({ ...record, special: { reason: reason.trim(), markedOn: today }, version: record.version + 1 });
}
