/** 异地就医备案 — the filing record and its validity (`003 Art. 10, 13`, `001 §2`). */
import type { RegionPolicy } from '../../policy/schema';
import { addDays, addMonths, type IsoDate } from '../calendar/isoDate';
import type { FilingBasis, FilingProof, FilingType } from '../vocabulary';
import { isLongTermFilingType } from '../vocabulary';
import type { Destination } from './destination';

/** Where a filing stands. */
export const FILING_STATUS = {
  PENDING_REVIEW: '待审核',
  ACTIVE: '有效',
  REFUSED: '未通过',
  CANCELLED: '已取消',
} as const;
export type FilingStatus = keyof typeof FILING_STATUS;

/** A filing as stored (the id is given by the data layer). */
export interface Filing {
  readonly id: string;
  readonly type: FilingType;
  readonly basis: FilingBasis;
  readonly proofs: readonly FilingProof[];
  readonly destination: Destination;
  /** The day the applicant filed. */
  readonly filedOn: IsoDate;
  /** The first day it covers (the day it was approved, or filed where approval is instant). */
  readonly validFrom: IsoDate | null;
  /** The last day it covers; null for long-term filings, which last until changed or cancelled. */
  readonly validUntil: IsoDate | null;
  readonly status: FilingStatus;
  readonly cancelledOn: IsoDate | null;
  /** 承诺补充制: the proof is still owed (`002 §1(2)`). */
  readonly proofDue: boolean;
  readonly refusalReason: string | null;
}

/** A filing before the data layer gives it an id. */
export type NewFiling = Omit<Filing, 'id'>;

/** The last day of validity for a filing of this type starting on `from` (null = long-term). */
export function validityEnd(policy: RegionPolicy, type: FilingType, from: IsoDate): IsoDate | null {
  const rule = policy.filing.types[type];
  if (!rule.offered || rule.validity.kind === 'LONG_TERM') return null;
  return addMonths(from, rule.validity.months);
}

/** Whether a filing is in force (approved, not refused or cancelled): it covers treatment within its dates. */
export function isFilingInForce(filing: Pick<NewFiling, 'status'>): boolean {
  return filing.status === 'ACTIVE';
}

/** Whether a filing waits for the agency's review (备案审核): the only time staff may approve or refuse it. */
export function isFilingAwaitingReview(filing: Pick<NewFiling, 'status'>): boolean {
  return filing.status === 'PENDING_REVIEW';
}

/** Whether a filing has been decided (approved or refused): the moment its FILING_RESULT notice goes out. */
export function isFilingDecided(filing: Pick<NewFiling, 'status'>): boolean {
  return filing.status === 'ACTIVE' || filing.status === 'REFUSED';
}

/** Whether a filing was approved at once on filing, the region opening filings without review (备案自助开通). */
export function isApprovedOnFiling(policy: RegionPolicy, filing: Pick<NewFiling, 'status'>): boolean {
  return isFilingInForce(filing) && policy.filing.selfService.enabled;
}

/** Whether the filing covers the given day (approved, started, not expired, not cancelled). */
export function isFilingValidOn(filing: NewFiling, date: IsoDate): boolean {
  if (filing.status !== 'ACTIVE' && filing.status !== 'CANCELLED') return false;
  if (filing.validFrom === null || date < filing.validFrom) return false;
  if (filing.validUntil !== null && date > filing.validUntil) return false;
  return filing.cancelledOn === null || date < filing.cancelledOn;
}

/** Whether the filing is still in force or waiting for review on `date` (it blocks a duplicate). */
export function isFilingOpenOn(filing: NewFiling, date: IsoDate): boolean {
  if (filing.status === 'PENDING_REVIEW') return true;
  return filing.status === 'ACTIVE' && isFilingValidOn(filing, date);
}

/** Whether a filing is long-term (长期异地居住). */
export function isLongTermFiling(filing: Pick<Filing, 'type'>): boolean {
  return isLongTermFilingType(filing.type);
}

/**
 * The first day a commitment filing may be changed or cancelled: the day after its lock period ends
 * ("满6个月", `003 Art. 10`; the period ends on the corresponding day, 民法典 Art. 202). Null when there is no lock.
 */
export function commitmentUnlockDate(policy: RegionPolicy, filing: NewFiling): IsoDate | null {
  const months = policy.filing.commitmentLock.months;
  if (filing.basis !== 'COMMITMENT' || !isLongTermFiling(filing) || months === 0) return null;
  return addDays(addMonths(filing.validFrom ?? filing.filedOn, months), 1);
}
