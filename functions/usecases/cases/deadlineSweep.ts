// 时限巡检 — the daily sweep (SPEC §3.4): every agency's staff queues are read for cases past their stage deadline
// (one Query per agency and stage on gsi3, `gsi3sk < today`), each is flagged on the case — conditional on still
// being at that stage with that deadline, and without a version change, so a staff action meanwhile wins — and a
// reminder is put in the responsible queue (once per stage and deadline). Cases waiting for the applicant are read
// from their SUPPLEMENT queue by reminder date: on the 5th working day after the notice the applicant is reminded
// (outbox, in one transaction with the case's `supplementRemindedFor`: once per notice).
import { countWorkingDays } from '@shared/domain/calendar/calendar';
import { addDays, todayInShanghai } from '@shared/domain/calendar/isoDate';
import { supplementReminderDue } from '@shared/domain/case/reminders';
import type { DeficiencyNotice } from '@shared/domain/case/types';
import { caseNotice, casePage } from '@shared/domain/notice/caseNotices';
import { maskName } from '@shared/domain/validation/mask';
import { REGIONS } from '@shared/domain/vocabulary';
import { listCasesByStageDeadline, STAFF_STAGES, type StoredCase } from '../../data/case';
import { flagCaseOverdue, markSupplementReminded } from '../../data/caseQueue';
import { getInsuredPerson } from '../../data/insuredPerson';
import { buildOutboxItem } from '../../data/outbox';
import { putStaffReminder } from '../../data/staffReminder';
import { logger } from '../../support/logger';
import { workingCalendar } from '../filings/filings';
import { caseRecipients } from './staffCases';

/** What one sweep did. */
export type SweepSummary = {
  checkedAt: string;
  overdueFlagged: number;
  remindersQueued: number;
  supplementReminders: number;
  failedQueries: number;
};

/** Reminds the applicant of the open notice: the case's mark and the outbox item in one transaction. */
async function remindApplicant(stored: StoredCase, notice: DeficiencyNotice, now: Date): Promise<boolean> {
  const person = await getInsuredPerson(stored.personId);
  const content = caseNotice(
    { caseId: stored.caseId, expenseType: stored.expenseType, personNameMasked: person ? maskName(person.name) : '*' },
    { kind: 'SUPPLEMENT_REMINDER', notice, sentOn: notice.sentOn },
    todayInShanghai(now),
  );
  const outbox = buildOutboxItem(
    {
      ...content,
      subject: { type: 'CASE', id: stored.caseId },
      recipients: await caseRecipients(stored),
      page: casePage(stored.caseId),
    },
    now,
  );
  return markSupplementReminded(stored.caseId, notice.sentOn, outbox);
}

/** Runs the sweep as of `now` (the schedule's time). */
export async function sweepDeadlines(now: Date): Promise<SweepSummary> {
  const today = todayInShanghai(now);
  const calendar = workingCalendar();
  const summary: SweepSummary = {
    checkedAt: now.toISOString(),
    overdueFlagged: 0,
    remindersQueued: 0,
    supplementReminders: 0,
    failedQueries: 0,
  };
  for (const region of REGIONS) {
    for (const stage of STAFF_STAGES) {
      try {
        for (const stored of await listCasesByStageDeadline(region, stage, { dueBefore: today })) {
          if (!(await flagCaseOverdue(stored, stage, today))) continue;
          if (stored.overdue?.due !== stored.queueDue) summary.overdueFlagged += 1;
          const queued = await putStaffReminder({
            agencyRegion: region,
            stage,
            due: stored.queueDue,
            caseId: stored.caseId,
            kind: 'OVERDUE',
            workingDaysOverdue: countWorkingDays(calendar, stored.queueDue, today).count,
            createdOn: today,
          });
          if (queued) summary.remindersQueued += 1;
        }
      } catch (error) {
        // One agency's or stage's failure does not stop the others; the next run catches up.
        summary.failedQueries += 1;
        logger.error('deadline sweep failed for a queue', {
          region,
          stage,
          errorName: error instanceof Error ? error.name : 'Unknown',
        });
      }
    }
    try {
      for (const stored of await listCasesByStageDeadline(region, 'SUPPLEMENT', { dueBefore: addDays(today, 1) })) {
        const notice = supplementReminderDue(calendar, stored, stored.supplementRemindedFor ?? null, today);
        if (notice && (await remindApplicant(stored, notice, now))) summary.supplementReminders += 1;
      }
    } catch (error) {
      summary.failedQueries += 1;
      logger.error('supplement reminders failed for a region', {
        region,
        errorName: error instanceof Error ? error.name : 'Unknown',
      });
    }
  }
  logger.info('deadline sweep', { ...summary });
  return summary;
}
