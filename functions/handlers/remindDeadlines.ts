import type { ScheduledEvent } from 'aws-lambda';
import { type SweepSummary, sweepDeadlines } from '../usecases/cases/deadlineSweep';

/**
 * Daily deadline sweep (scheduled, 09:00 Beijing time): flags overdue cases, reminds the responsible queue, and
 * reminds applicants of deficiency notices open for 5 working days. "Now" is the schedule's time (EventBridge's
 * `time`), so a late or replayed run sweeps as of the day it was meant for.
 */
export const handler = async (event: Pick<ScheduledEvent, 'time'>): Promise<SweepSummary> => {
  const at = new Date(event.time);
  return sweepDeadlines(Number.isNaN(at.getTime()) ? new Date() : at);
};
