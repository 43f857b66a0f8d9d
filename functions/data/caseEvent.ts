// 办件事件 — the append-only log of a case: who, when, from, to, why. One item per transition, numbered by the
// case's new version (CASE#<caseId>/EVENT#<version, 10 digits>), put only if absent in the transition's own
// transaction, so the log has neither gaps nor duplicates; never updated.
import { CASE_ACTIONS } from '@shared/api/claims';
import type { DeficiencyNotice } from '@shared/domain/case/types';
import { CASE_STATES, ROLES } from '@shared/domain/vocabulary';
import { CustomAttributeType, Entity, type EntityItem } from 'electrodb';
import { declareEntity, ENTITY_OPTIONS, SERVICE, table } from './table';

export const CaseEventEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'caseEvent', version: '1', service: SERVICE },
      attributes: {
        caseId: { type: 'string', required: true, readOnly: true },
        /** The case's version after the transition, zero-padded to 10 digits (sorts as the log's order). */
        eventNo: { type: 'string', required: true, readOnly: true },
        action: { type: CASE_ACTIONS, required: true, readOnly: true },
        from: { type: CASE_STATES, required: true, readOnly: true },
        to: { type: CASE_STATES, required: true, readOnly: true },
        /** The state machine's actor id: the insured person's id (applicant), a user id (proxy), a staff username. */
        actorId: { type: 'string', required: true, readOnly: true },
        role: { type: ROLES, required: true, readOnly: true },
        /** The user who acted, when the actor is an applicant or proxy (for the audit trail). */
        actorUserId: { type: 'string', readOnly: true },
        /** The actor's name as shown on the timeline, masked (王*兰), captured at the time. */
        actorNameMasked: { type: 'string', readOnly: true },
        at: { type: 'string', required: true, readOnly: true },
        on: { type: 'string', required: true, readOnly: true },
        reason: { type: 'string', readOnly: true },
        notice: { type: CustomAttributeType<DeficiencyNotice>('any'), readOnly: true },
        paymentReference: { type: 'string', readOnly: true },
      },
      indexes: {
        byCase: {
          pk: { field: 'pk', composite: ['caseId'], template: 'CASE#${caseId}', casing: 'none' },
          sk: { field: 'sk', composite: ['eventNo'], template: 'EVENT#${eventNo}', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** An event as stored. */
export type StoredCaseEvent = EntityItem<typeof CaseEventEntity>;

/** The event number of a case version: 10 digits, so the sort key orders the log. */
export function eventNoOf(version: number): string {
  return String(version).padStart(10, '0');
}

/** Query CASE#<caseId>, begins_with EVENT# — the timeline, oldest first. */
export async function listCaseEvents(caseId: string): Promise<StoredCaseEvent[]> {
  table();
  const { data } = await CaseEventEntity.query.byCase({ caseId }).go({ order: 'asc', pages: 'all' });
  return data;
}
