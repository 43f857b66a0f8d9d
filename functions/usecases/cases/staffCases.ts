// What the staff routes share: a case or filing as a staff member may see it — only their own agency's, never a
// draft (the applicant has not submitted it). Anything else is 404, the same answer as "no such case", so staff of
// another agency learn nothing.
import { isCaseBeforeStaff } from '@shared/domain/case/staffAccess';
import { recordAudit } from '../../data/audit';
import { getBinding } from '../../data/binding';
import { getCase, type StoredCase } from '../../data/case';
import { getFiling, type StoredFiling } from '../../data/filing';
import { DependencyUnavailableError, NotFoundError } from '../../support/errors';
import { logger } from '../../support/logger';
import type { StaffCaller } from '../access/staffAuth';

const ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** The case if it is the caller's agency's and submitted; 404 otherwise. */
export async function loadCaseForStaff(caseId: string | undefined, caller: StaffCaller): Promise<StoredCase> {
  const stored = caseId && ID.test(caseId) ? await getCase(caseId) : undefined;
  if (!stored || stored.agencyRegion !== caller.agencyRegion || isCaseBeforeStaff(stored.state)) {
    throw new NotFoundError('没有找到该办件');
  }
  return stored;
}

/** The filing if it is the caller's agency's (its insuring region); 404 otherwise. */
export async function loadFilingForStaff(filingId: string | undefined, caller: StaffCaller): Promise<StoredFiling> {
  const filing = filingId && ID.test(filingId) ? await getFiling(filingId) : undefined;
  if (!filing || filing.region !== caller.agencyRegion) throw new NotFoundError('没有找到该备案');
  return filing;
}

/** The users a case's notice goes to: the insured person's bound user (if any) and the submitter. */
export async function caseRecipients(stored: Pick<StoredCase, 'personId' | 'submitterUserId'>) {
  const binding = await getBinding(stored.personId);
  return [binding?.userId, stored.submitterUserId];
}

/**
 * Whether a queue cursor (ElectroDB's: base64url JSON of the last key read) points into the queue `QUEUE#<region>#
 * <stage>` — a cursor of another agency's queue, or made up, is refused rather than sent to DynamoDB.
 */
export function isQueueCursor(queueKey: string, cursor: string): boolean {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof key !== 'object' || key === null) return false;
    return (key as Record<string, unknown>).gsi3pk === queueKey;
  } catch {
    return false;
  }
}

/**
 * Writes the READ_SENSITIVE audit record of a staff read BEFORE the data is answered: when the record cannot be
 * written the read is refused (503), so no sensitive read goes unrecorded. Answers the record's id.
 */
export async function auditSensitiveRead(
  caller: StaffCaller,
  subject: { type: 'CASE' | 'FILING'; id: string },
  what: string,
  now: Date,
): Promise<string> {
  try {
    const record = await recordAudit(
      { subjectType: subject.type, subjectId: subject.id, kind: 'READ_SENSITIVE', actor: caller.username, what },
      now,
    );
    return record.auditId;
  } catch (error) {
    logger.error('audit record not written', { subjectType: subject.type, subjectId: subject.id });
    throw new DependencyUnavailableError('暂时无法记录查阅日志，请稍后再试', error);
  }
}
