/** 超期催办 — the staff reminders the daily sweep puts in the responsible queue. */
import { z } from 'zod';

/** `GET /v1/staff/reminders?limit=&cursor=` */
export const StaffRemindersQuerySchema = z.object({
  limit: z.coerce
    .number({ error: '每页条数应为 1–100' })
    .int()
    .min(1, { error: '每页条数应为 1–100' })
    .max(100, { error: '每页条数应为 1–100' })
    .default(20),
  cursor: z.string().max(2000).optional(),
});

/** The agency's reminders for the caller's stages, newest deadline first. */
export const StaffRemindersResponseSchema = z.object({
  reminders: z.array(
    z.object({
      caseId: z.string(),
      kind: z.literal('OVERDUE'),
      stage: z.enum(['ACCEPTANCE', 'REVIEW', 'SECOND_REVIEW', 'FINANCE', 'COMPLETION']),
      due: z.string(),
      workingDaysOverdue: z.number().int(),
      createdOn: z.string(),
    }),
  ),
  cursor: z.string().nullable(),
});
