/** 备案审核时限 — when the agency must have reviewed an online filing (`003 Art. 9(2)`: one working day). */
import type { RegionPolicy } from '../../policy/schema';
import { addWorkingDays, type WorkingCalendar, type WorkingDayResult } from '../calendar/calendar';
import type { NewFiling } from './filing';

/** The review deadline of a filing waiting for review; null when nothing is waiting. */
export function filingReviewDeadline(
  policy: RegionPolicy,
  filing: NewFiling,
  calendar: WorkingCalendar,
): WorkingDayResult | null {
  if (filing.status !== 'PENDING_REVIEW') return null;
  return addWorkingDays(calendar, filing.filedOn, policy.filing.review.workingDays);
}
