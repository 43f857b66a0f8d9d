import {
  FILING_STATUS,
  type FilingStatus,
  isApprovedOnFiling,
  isFilingAwaitingReview,
  isFilingDecided,
  isFilingInForce,
} from '@shared/domain/filing/filing';
import { policyFor } from '@shared/policy';

const STATUSES = Object.keys(FILING_STATUS) as FilingStatus[];
const where = (test: (filing: { status: FilingStatus }) => boolean) => STATUSES.filter((status) => test({ status }));

describe('003 Art. 10, 13 — where a filing stands', () => {
  it('is in force only when approved (not waiting, refused or cancelled)', () => {
    expect(where(isFilingInForce)).toEqual(['ACTIVE']);
  });

  it('waits for the agency only while pending review', () => {
    expect(where(isFilingAwaitingReview)).toEqual(['PENDING_REVIEW']);
  });

  it('is decided once approved or refused (its result notice goes out then)', () => {
    expect(where(isFilingDecided)).toEqual(['ACTIVE', 'REFUSED']);
  });

  it('is approved on filing only where the region opens filings without review', () => {
    expect(isApprovedOnFiling(policyFor('SHANDONG'), { status: 'ACTIVE' })).toBe(true);
    expect(isApprovedOnFiling(policyFor('JIANGSU'), { status: 'ACTIVE' })).toBe(false);
    expect(isApprovedOnFiling(policyFor('SHANDONG'), { status: 'PENDING_REVIEW' })).toBe(false);
  });
});
