/**
 * 备案状态认定 — whether a stay counts as filed: covered by a filing (`003 Art. 13`: an admission inside the validity
 * settles normally even if the filing expires before discharge; `001 §2(3)`, `003 Art. 25`: a filing made before
 * discharge settlement counts), deemed filed for emergencies (`003 Art. 8(5), 37`, `001 §3(1)1`), or not filed.
 */
import type { RegionPolicy } from '../../policy/schema';
import type { IsoDate } from '../calendar/isoDate';
import { cite, type Source } from '../sources';
import { sameFilingPlace } from './destination';
import { type Filing, isFilingValidOn } from './filing';

/** The facts of a stay (or a visit) that decide its filing status. */
export interface StayFacts {
  /** GB/T 2260 code of the hospital's place. */
  readonly placeCode: string;
  readonly admissionDate: IsoDate;
  /** Null for an outpatient visit or a stay not yet settled. */
  readonly dischargeDate: IsoDate | null;
  /** 急诊抢救 — emergency or rescue treatment. */
  readonly emergency: boolean;
}

/** How the stay stands with respect to filing. */
export type StayFilingStatus =
  | { readonly status: 'FILED'; readonly filing: Filing; readonly late: boolean; readonly source: Source }
  | { readonly status: 'DEEMED_FILED'; readonly source: Source }
  | { readonly status: 'NOT_FILED'; readonly source: Source };

/** Whether a filing made after admission still covers the stay (filed no later than discharge settlement). */
function coversLate(policy: RegionPolicy, filing: Filing, stay: StayFacts): boolean {
  if (!policy.filing.lateFiling.untilDischargeSettlement || stay.dischargeDate === null) return false;
  const from = filing.validFrom;
  return from !== null && stay.admissionDate < from && from <= stay.dischargeDate && isFilingValidOn(filing, from);
}

/** The filing status of a stay, given the insured person's filings. */
export function filingStatusForStay(
  policy: RegionPolicy,
  filings: readonly Filing[],
  stay: StayFacts,
): StayFilingStatus {
  const here = filings.filter((f) => sameFilingPlace(f.destination.code, stay.placeCode));
  const inside = here.find((f) => isFilingValidOn(f, stay.admissionDate));
  if (inside) return { status: 'FILED', filing: inside, late: false, source: cite('003', 'Art. 13') };
  const late = here.find((f) => coversLate(policy, f, stay));
  if (late) return { status: 'FILED', filing: late, late: true, source: policy.filing.lateFiling.source };
  if (stay.emergency) return { status: 'DEEMED_FILED', source: cite('003', 'Art. 8(5)') };
  return { status: 'NOT_FILED', source: cite('003', 'Art. 18') };
}
