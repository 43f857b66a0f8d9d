// 催办提醒 — a reminder in the responsible staff queue that a case missed its stage deadline, put by the daily sweep
// (AGENCY#<region> / REMINDER#<due>#<stage>#<caseId>, Put if absent: the sweep running twice makes one reminder; a
// case overdue again at its next stage gets a new one). The deadline leads the sort key so one Query of the agency,
// descending, lists the newest first; the caller's stages are a filter on it.
import { Entity, type EntityItem } from 'electrodb';
import { STAFF_STAGES } from './case';
import { declareEntity, ENTITY_OPTIONS, isConditionFailure, SERVICE, table } from './table';

export const StaffReminderEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'staffReminder', version: '1', service: SERVICE },
      attributes: {
        agencyRegion: { type: 'string', required: true, readOnly: true },
        stage: { type: STAFF_STAGES, required: true, readOnly: true },
        due: { type: 'string', required: true, readOnly: true },
        caseId: { type: 'string', required: true, readOnly: true },
        kind: { type: ['OVERDUE'] as const, required: true, readOnly: true },
        /** Working days past the deadline when the reminder was put. */
        workingDaysOverdue: { type: 'number', required: true, readOnly: true },
        createdOn: { type: 'string', required: true, readOnly: true },
      },
      indexes: {
        byAgency: {
          pk: { field: 'pk', composite: ['agencyRegion'], template: 'AGENCY#${agencyRegion}', casing: 'none' },
          sk: {
            field: 'sk',
            composite: ['due', 'stage', 'caseId'],
            template: 'REMINDER#${due}#${stage}#${caseId}',
            casing: 'none',
          },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

export type StaffReminder = EntityItem<typeof StaffReminderEntity>;

/** Put if absent — true when the reminder is new. */
export async function putStaffReminder(reminder: StaffReminder): Promise<boolean> {
  table();
  try {
    await StaffReminderEntity.create(reminder).go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Query AGENCY#<region>, begins_with REMINDER#, descending (newest deadline first), filtered to `stages`; one page
 * of `limit` after `cursor` (ElectroDB's).
 */
export async function listStaffReminders(
  agencyRegion: string,
  stages: readonly StaffReminder['stage'][],
  page: { limit: number; cursor: string | null },
): Promise<{ reminders: StaffReminder[]; cursor: string | null }> {
  table();
  const { data, cursor } = await StaffReminderEntity.query
    .byAgency({ agencyRegion })
    .where(({ stage }, { eq }) => `(${stages.map((s) => eq(stage, s)).join(' OR ')})`)
    .go({ order: 'desc', count: page.limit, pages: 'all', cursor: page.cursor });
  return { reminders: data, cursor: cursor ?? null };
}

/** Whether a reminders cursor (base64url JSON of the last key read) points into the agency's partition. */
export function isReminderCursor(agencyRegion: string, cursor: string): boolean {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return typeof key === 'object' && key !== null && (key as Record<string, unknown>).pk === `AGENCY#${agencyRegion}`;
  } catch {
    return false;
  }
}
