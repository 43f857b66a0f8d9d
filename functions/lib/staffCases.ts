// What the staff routes share: a case or filing as a staff member may see it — only their own agency's, never a
// draft (the applicant has not submitted it). Anything else is 404, the same answer as "no such case", so staff of
// another agency learn nothing.
import { getBinding } from '../data/binding';
import { getCase, type StoredCase } from '../data/case';
import { getFiling, type StoredFiling } from '../data/filing';
import { NotFoundError } from './errors';
import type { StaffCaller } from './staffAuth';

const ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** The case if it is the caller's agency's and submitted; 404 otherwise. */
export async function loadCaseForStaff(caseId: string | undefined, caller: StaffCaller): Promise<StoredCase> {
  const stored = caseId && ID.test(caseId) ? await getCase(caseId) : undefined;
  if (!stored || stored.agencyRegion !== caller.agencyRegion || stored.state === 'draft') {
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
