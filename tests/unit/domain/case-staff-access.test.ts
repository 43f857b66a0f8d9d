import { FILING_REVIEW_ROLES } from '@shared/domain/case/queues';
import {
  isCaseBeforeStaff,
  mayStaff,
  STAFF_ACCESS,
  STAFF_ROLES,
  staffAccessRoles,
} from '@shared/domain/case/staffAccess';
import { CASE_STATES } from '@shared/domain/vocabulary';

describe('SPEC §1, §6 — who among the staff may do what outside the case transitions', () => {
  it('takes the staff roles from the vocabulary, without the applicant and the proxy', () => {
    expect(STAFF_ROLES).toEqual(['intake', 'reviewer', 'second_reviewer', 'finance', 'admin']);
  });

  it('keeps the audit trail to the administrator', () => {
    expect(mayStaff(['admin'], 'READ_AUDIT')).toBe(true);
    for (const role of ['intake', 'reviewer', 'second_reviewer', 'finance'] as const) {
      expect(mayStaff([role], 'READ_AUDIT')).toBe(false);
    }
  });

  it('lets intake or reviewer decide filings, the same roles as the filing-review queue', () => {
    expect(staffAccessRoles('REVIEW_FILING')).toEqual(['intake', 'reviewer']);
    expect(FILING_REVIEW_ROLES).toEqual(STAFF_ACCESS.REVIEW_FILING);
    expect(mayStaff(['finance', 'reviewer'], 'REVIEW_FILING')).toBe(true);
    expect(mayStaff(['admin'], 'REVIEW_FILING')).toBe(false);
  });

  it('shows sensitive values and the settlement preview only to reviewers and finance', () => {
    for (const access of ['READ_SENSITIVE', 'PREVIEW_SETTLEMENT'] as const) {
      expect(STAFF_ROLES.filter((role) => mayStaff([role], access))).toEqual([
        'reviewer',
        'second_reviewer',
        'finance',
      ]);
    }
  });

  it('keeps a draft from staff; every submitted state is theirs to see', () => {
    expect(CASE_STATES.filter(isCaseBeforeStaff)).toEqual(['draft']);
  });

  it('never lets a party role or no role through', () => {
    expect(mayStaff([], 'READ_SENSITIVE')).toBe(false);
    expect(mayStaff(['applicant', 'proxy'], 'READ_SENSITIVE')).toBe(false);
  });
});
