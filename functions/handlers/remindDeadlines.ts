import type { ScheduledEvent } from 'aws-lambda';
import { logger } from '../lib/logger';

/**
 * Daily deadline sweep (scheduled). Flagging overdue cases and queueing reminders is the staff-workflow issue's
 * work; the schedule, role and handler are in place so it deploys and runs.
 */
export const handler = async (event: ScheduledEvent): Promise<{ checkedAt: string }> => {
  logger.info('deadline sweep', { time: event.time });
  return { checkedAt: event.time };
};
