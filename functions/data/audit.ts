// 审计记录 — append-only audit of staff work (SPEC §6): every read of a case's sensitive data (full bank card,
// diagnosis, material files) and every action. Put if absent, never updated or deleted by the application; an
// action's record is written in the action's own transaction (caseTransition.ts), so an action cannot happen
// without its record. Found by subject (AUDIT#<type>#<id>, time order) and by staff member (gsi2, time order).
import { Entity, type EntityItem } from 'electrodb';
import { ulid } from '../support/ids';
import { declareEntity, ENTITY_OPTIONS, SERVICE, table } from './table';

/** What the staff member did: read sensitive data, or act (a transition, a filing decision, a sign-in). */
export const AUDIT_KINDS = ['READ_SENSITIVE', 'ACTION', 'LOGIN', 'LOGIN_FAILED'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** What the record is about. */
export const AUDIT_SUBJECT_TYPES = ['CASE', 'FILING', 'STAFF'] as const;

export const AuditEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'audit', version: '1', service: SERVICE },
      attributes: {
        auditId: { type: 'string', required: true, readOnly: true },
        subjectType: { type: AUDIT_SUBJECT_TYPES, required: true, readOnly: true },
        subjectId: { type: 'string', required: true, readOnly: true },
        kind: { type: AUDIT_KINDS, required: true, readOnly: true },
        /** The staff username (or the attempted one, for a failed login). */
        actor: { type: 'string', required: true, readOnly: true },
        /** The action (ACCEPT, APPROVE_FILING …) or what was read (bankCard, diagnosis, material:INVOICE …). */
        what: { type: 'string', required: true, readOnly: true },
        /** Free text without personal data (a reason's code, a version number). */
        detail: { type: 'string', readOnly: true },
        at: { type: 'string', required: true, readOnly: true },
      },
      indexes: {
        bySubject: {
          pk: {
            field: 'pk',
            composite: ['subjectType', 'subjectId'],
            template: 'AUDIT#${subjectType}#${subjectId}',
            casing: 'none',
          },
          sk: { field: 'sk', composite: ['at', 'auditId'], template: 'AT#${at}#${auditId}', casing: 'none' },
        },
        byActor: {
          index: 'gsi2',
          pk: { field: 'gsi2pk', composite: ['actor'], template: 'STAFF#${actor}', casing: 'none' },
          sk: { field: 'gsi2sk', composite: ['at', 'auditId'], template: 'AUDIT#${at}#${auditId}', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** An audit record as stored. */
export type AuditRecord = EntityItem<typeof AuditEntity>;

/** A new audit record (id and time filled in), for `recordAudit` or `e.audit.create(item).commit()` in a transaction. */
export function auditRecord(entry: Omit<AuditRecord, 'auditId' | 'at'>, now: Date): AuditRecord {
  return { ...entry, auditId: ulid(now.getTime()), at: now.toISOString() };
}

/** PutItem if absent — appends one audit record (reads of sensitive data, sign-ins). */
export async function recordAudit(entry: Omit<AuditRecord, 'auditId' | 'at'>, now: Date): Promise<AuditRecord> {
  table();
  const item = auditRecord(entry, now);
  await AuditEntity.create(item).go();
  return item;
}

/** Query AUDIT#<type>#<id> — a subject's audit trail, oldest first. */
export async function listAuditBySubject(
  subjectType: AuditRecord['subjectType'],
  subjectId: string,
): Promise<AuditRecord[]> {
  table();
  const { data } = await AuditEntity.query.bySubject({ subjectType, subjectId }).go({ order: 'asc', pages: 'all' });
  return data;
}

/** Query gsi2 STAFF#<username>, begins_with AUDIT# — what one staff member did and read, oldest first. */
export async function listAuditByActor(actor: string): Promise<AuditRecord[]> {
  table();
  const { data } = await AuditEntity.query.byActor({ actor }).go({ order: 'asc', pages: 'all' });
  return data;
}
