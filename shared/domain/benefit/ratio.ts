/**
 * 支付比例 — the payment ratio: the region's base ratio by insurance type and hospital level, then the adjustments of
 * `003 Art. 17–19`: long-term filers at the filed place pay the home ratio; referral outside the city at most 5 points
 * lower; no filing at most 20 points lower; emergency no reduction; a non-designated institution pays nothing except
 * for emergencies. The caps are enforced on the policy data (`shared/policy/schema.ts`).
 */
import type { RegionPolicy } from '../../policy/schema';
import type { StayFilingStatus } from '../filing/coverage';
import type { Source } from '../sources';
import {
  HOSPITAL_LEVEL,
  type HospitalLevel,
  INSURANCE_TYPE,
  type InsuranceType,
  TREATMENT,
  type Treatment,
} from '../vocabulary';

/** One step from the base ratio to the applied one. */
export interface RatioAdjustment {
  readonly points: number;
  readonly reason: string;
  readonly source: Source;
}

/** The applied ratio and how it was reached. */
export interface RatioDecision {
  readonly basePercent: number;
  readonly ratioPercent: number;
  readonly adjustments: readonly RatioAdjustment[];
  readonly baseSource: Source;
}

/** How a stay is treated for the ratio, from its filing status and whether it was an emergency. */
export function treatmentFor(status: StayFilingStatus, emergency: boolean): Treatment {
  if (emergency || status.status === 'DEEMED_FILED') return 'EMERGENCY';
  if (status.status === 'NOT_FILED') return 'UNFILED';
  switch (status.filing.type) {
    case 'REFERRAL':
      return 'REFERRAL';
    case 'TEMPORARY_OTHER':
      return 'TEMPORARY_FILED';
    default:
      return 'LONG_TERM_AT_PLACE';
  }
}

const ADJUSTMENT_KEY = {
  LONG_TERM_AT_PLACE: 'longTermAtPlace',
  REFERRAL: 'referral',
  TEMPORARY_FILED: 'temporaryFiled',
  UNFILED: 'unfiled',
  EMERGENCY: 'emergency',
} as const satisfies Record<Treatment, keyof RegionPolicy['benefit']['adjustments']>;

/** The ratio for a stay: base by insurance type and level, then the treatment's reduction, zero if not payable. */
export function benefitRatio(
  policy: RegionPolicy,
  insuranceType: InsuranceType,
  level: HospitalLevel,
  treatment: Treatment,
  designatedInstitution: boolean,
): RatioDecision {
  const base = policy.benefit.parameters[insuranceType].levels[level].ratioPercent;
  const baseSource = policy.benefit.parametersSource;
  const adjustments = policy.benefit.adjustments;
  if (!designatedInstitution && treatment !== 'EMERGENCY') {
    return {
      basePercent: base,
      ratioPercent: 0,
      adjustments: [
        {
          points: 0 - base,
          reason: '在非定点医疗机构就医（非急诊抢救），医保基金不予支付',
          source: adjustments.nonDesignated.source,
        },
      ],
      baseSource,
    };
  }
  const rule = adjustments[ADJUSTMENT_KEY[treatment]];
  const points = 0 - rule.reductionPoints;
  const label = `${INSURANCE_TYPE[insuranceType]}${HOSPITAL_LEVEL[level]}医疗机构`;
  const reason =
    points === 0
      ? `${TREATMENT[treatment]}：按${label}支付比例，不降低`
      : `${TREATMENT[treatment]}：在${label}支付比例基础上降低${rule.reductionPoints}个百分点`;
  return {
    basePercent: base,
    ratioPercent: Math.max(0, base + points),
    adjustments: [{ points, reason, source: rule.source }],
    baseSource,
  };
}
