/**
 * 催办与提醒 — when the applicant is reminded of an open deficiency notice (the 5th working day after it was sent,
 * by the official calendar: a platform rule, the sources set no supplement period), and which staff stage answers
 * for an overdue case (the stage whose deadline passed, SPEC §3.4).
 */
import { addWorkingDays, type WorkingCalendar } from '../calendar/calendar';
import type { IsoDate } from '../calendar/isoDate';
import { PLATFORM_RULE, type Source } from '../sources';
import type { CaseRecord, DeficiencyNotice } from './types';

/** Working days an unanswered deficiency notice stays open before the applicant is reminded. */
export const SUPPLEMENT_REMINDER_WORKING_DAYS = 5;
export const SUPPLEMENT_REMINDER_SOURCE: Source = PLATFORM_RULE;

/** The open notice of a case waiting for the applicant (the latest), or null. */
export function openNotice(record: Pick<CaseRecord, 'state' | 'notices'>): DeficiencyNotice | null {
  if (record.state !== 'awaiting_supplement') return null;
  return record.notices[record.notices.length - 1] ?? null;
}

/** The day the applicant is reminded of a notice sent on `sentOn`: the 5th working day after it. */
export function supplementReminderDate(calendar: WorkingCalendar, sentOn: IsoDate): IsoDate {
  return addWorkingDays(calendar, sentOn, SUPPLEMENT_REMINDER_WORKING_DAYS).date;
}

/** Whether the reminder of this case's open notice is due on `today` (and was not sent for this notice yet). */
export function supplementReminderDue(
  calendar: WorkingCalendar,
  record: Pick<CaseRecord, 'state' | 'notices'>,
  remindedFor: IsoDate | null,
  today: IsoDate,
): DeficiencyNotice | null {
  const notice = openNotice(record);
  if (!notice || remindedFor === notice.sentOn) return null;
  return today >= supplementReminderDate(calendar, notice.sentOn) ? notice : null;
}
