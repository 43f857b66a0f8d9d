/**
 * 备案登记、变更、取消 — create, change, cancel and review a filing (`003 Art. 7–12`, `001 §1–2`, `002 §1`,
 * `004 §2(4), §3(3)`). Every function takes the region policy and today's date explicitly.
 */
import type { RegionPolicy } from '../../policy/schema';
import type { IsoDate } from '../calendar/isoDate';
import { ok, type Refusal, type Result, refuse } from '../errors';
import { PLATFORM_RULE } from '../sources';
import {
  FILING_PROOF,
  FILING_TYPE,
  type FilingBasis,
  type FilingProof,
  type FilingType,
  isLongTermFilingType,
} from '../vocabulary';
import { filingDestination, sameFilingPlace } from './destination';
import {
  commitmentUnlockDate,
  type Filing,
  isFilingOpenOn,
  isLongTermFiling,
  type NewFiling,
  validityEnd,
} from './filing';

/** What the applicant asks for. */
export interface FilingRequest {
  readonly type: FilingType;
  readonly basis: FilingBasis;
  /** Proofs provided; a commitment filing includes the signed `PERSONAL_COMMITMENT`. */
  readonly proofs: readonly FilingProof[];
  /** GB/T 2260 code the applicant picked for the place of treatment. */
  readonly destinationCode: string;
  /** GB/T 2260 code of the insured place (参保地). */
  readonly insuredPlaceCode: string;
}

/** The outcome of a create or change: the filing, and whether it is in force at once. */
export interface FilingDecision {
  readonly filing: NewFiling;
  /** Self-service regions open it at once (`004 §2(4)`: 即时开通). */
  readonly approvedAtOnce: boolean;
  /** Working days the agency has to review it, when it is not approved at once (`003 Art. 9(2)`). */
  readonly reviewWorkingDays: number | null;
}

/** Check a request against the region's rules; the filing itself is built by the callers. */
function checkRequest(
  policy: RegionPolicy,
  request: FilingRequest,
  others: readonly Filing[],
  today: IsoDate,
): Result<NewFiling['destination']> {
  const rule = policy.filing.types[request.type];
  if (!rule.offered) return refuse('FILING_TYPE_NOT_OFFERED', rule.reason, rule.source, { type: request.type });

  const destination = filingDestination(request.destinationCode, policy.filing.destination.source);
  if (!destination.ok) return destination;
  if (sameFilingPlace(destination.value.code, request.insuredPlaceCode)) {
    return refuse(
      'DESTINATION_IS_INSURED_PLACE',
      '就医地与参保地相同，无需办理异地就医备案',
      policy.filing.destination.source,
    );
  }

  if (request.basis === 'COMMITMENT') {
    if (!rule.commitmentAllowed) {
      return refuse(
        'COMMITMENT_NOT_ALLOWED',
        `${FILING_TYPE[request.type]}不能以个人承诺办理备案，请提供证明材料`,
        rule.source,
        { type: request.type },
      );
    }
    if (!request.proofs.includes('PERSONAL_COMMITMENT')) {
      return refuse('PROOF_MISSING', '请先阅读告知书并签署个人承诺书', policy.letters.personalCommitment.source, {
        accepted: ['PERSONAL_COMMITMENT'],
      });
    }
  } else if (rule.acceptedProofs.length > 0 && !rule.acceptedProofs.some((p) => request.proofs.includes(p))) {
    const names = rule.acceptedProofs.map((p) => FILING_PROOF[p]).join('或');
    return refuse('PROOF_MISSING', `${FILING_TYPE[request.type]}备案需提供${names}`, rule.source, {
      accepted: rule.acceptedProofs,
    });
  }

  const open = others.filter((f) => isFilingOpenOn(f, today));
  if (open.some((f) => f.type === request.type && f.destination.code === destination.value.code)) {
    return refuse('DUPLICATE_FILING', '您在该就医地已有同类备案，无需重复办理', PLATFORM_RULE);
  }
  if (isLongTermFilingType(request.type)) {
    const otherPlaces = open.filter((f) => isLongTermFiling(f) && f.destination.code !== destination.value.code);
    if (otherPlaces.length > 0) {
      const multi = policy.filing.multiPlace;
      if (!multi.allowed)
        return refuse('MULTI_PLACE_NOT_ALLOWED', '本地区不开放多地长期居住备案，请先变更原备案', multi.source);
      if (request.basis === 'COMMITMENT' || otherPlaces.some((f) => f.basis === 'COMMITMENT')) {
        return refuse(
          'MULTI_PLACE_NEEDS_PROOF',
          '多地长期居住备案不可使用承诺制：每一处备案都需提供异地安置认定、长期居住认定或异地工作证明材料',
          multi.source,
          { commitmentFilings: otherPlaces.filter((f) => f.basis === 'COMMITMENT').map((f) => f.id) },
        );
      }
    }
  }
  return ok(destination.value);
}

function decide(
  policy: RegionPolicy,
  request: FilingRequest,
  filedOn: IsoDate,
  destination: NewFiling['destination'],
  today: IsoDate,
): FilingDecision {
  const atOnce = policy.filing.selfService.enabled;
  const validFrom = atOnce ? today : null;
  return {
    filing: {
      type: request.type,
      basis: request.basis,
      proofs: [...request.proofs],
      destination,
      filedOn,
      validFrom,
      validUntil: validFrom === null ? null : validityEnd(policy, request.type, validFrom),
      status: atOnce ? 'ACTIVE' : 'PENDING_REVIEW',
      cancelledOn: null,
      proofDue: request.basis === 'COMMITMENT' && policy.filing.commitmentSupplement.required,
      refusalReason: null,
    },
    approvedAtOnce: atOnce,
    reviewWorkingDays: atOnce ? null : policy.filing.review.workingDays,
  };
}

/** 备案登记 — create a filing, or refuse it with the rule it breaks. */
export function createFiling(
  policy: RegionPolicy,
  request: FilingRequest,
  existing: readonly Filing[],
  today: IsoDate,
): Result<FilingDecision> {
  const checked = checkRequest(policy, request, existing, today);
  return checked.ok ? ok(decide(policy, request, today, checked.value, today)) : checked;
}

function lockRefusal(policy: RegionPolicy, filing: NewFiling, today: IsoDate, verb: string): Refusal | null {
  if (filing.status !== 'ACTIVE' || (filing.validUntil !== null && today > filing.validUntil)) {
    return refuse('FILING_NOT_ACTIVE', `该备案不在有效状态，不能${verb}`, PLATFORM_RULE);
  }
  const unlock = commitmentUnlockDate(policy, filing);
  if (unlock !== null && today < unlock) {
    return refuse(
      'COMMITMENT_LOCKED',
      `通过签署个人承诺书办理的长期异地居住备案需满${policy.filing.commitmentLock.months}个月方可${verb}，${unlock}起可以办理`,
      policy.filing.commitmentLock.source,
      { allowedFrom: unlock },
    );
  }
  return null;
}

/** Whether a filing may be changed today (`003 Art. 10`: commitment filings only after 6 months). */
export function canChangeFiling(policy: RegionPolicy, filing: NewFiling, today: IsoDate): Result<null> {
  return lockRefusal(policy, filing, today, '变更') ?? ok(null);
}

/** Whether a filing may be cancelled today (`003 Art. 10`; `001 §2(1)`: Shanxi sets no time limit). */
export function canCancelFiling(policy: RegionPolicy, filing: NewFiling, today: IsoDate): Result<null> {
  return lockRefusal(policy, filing, today, '取消') ?? ok(null);
}

/** 取消备案 — cancel a filing; it stops covering new stays from today. */
export function cancelFiling(policy: RegionPolicy, filing: Filing, today: IsoDate): Result<Filing> {
  const allowed = canCancelFiling(policy, filing, today);
  return allowed.ok ? ok({ ...filing, status: 'CANCELLED', cancelledOn: today }) : allowed;
}

/** What a change may set; anything left out stays as it is. */
export type FilingChange = Partial<Pick<FilingRequest, 'type' | 'basis' | 'proofs' | 'destinationCode'>>;

/**
 * 变更备案 — change a filing. Replacing a commitment by the proof (承诺补充) is always allowed; any other change
 * is subject to the commitment lock and to the same checks as a new filing.
 */
export function changeFiling(
  policy: RegionPolicy,
  filing: Filing,
  change: FilingChange,
  insuredPlaceCode: string,
  existing: readonly Filing[],
  today: IsoDate,
): Result<FilingDecision> {
  // A new place below the filing level is refused first, with the place it belongs to — even when that is the
  // filing's own place (a county of the same city is not "nothing to change", it is not a destination).
  if (change.destinationCode !== undefined) {
    const picked = filingDestination(change.destinationCode, policy.filing.destination.source);
    if (!picked.ok) return picked;
  }
  const request: FilingRequest = {
    type: change.type ?? filing.type,
    basis: change.basis ?? filing.basis,
    proofs: change.proofs ?? filing.proofs,
    destinationCode: change.destinationCode ?? filing.destination.code,
    insuredPlaceCode,
  };
  const samePlace = sameFilingPlace(request.destinationCode, filing.destination.code);
  const sameProofs =
    request.proofs.length === filing.proofs.length && request.proofs.every((p) => filing.proofs.includes(p));
  if (request.type === filing.type && request.basis === filing.basis && samePlace && sameProofs) {
    return refuse('NOTHING_TO_CHANGE', '没有需要变更的备案信息', PLATFORM_RULE);
  }
  const others = existing.filter((f) => f.id !== filing.id);
  const supplementOnly =
    filing.basis === 'COMMITMENT' && request.basis === 'PROOF' && request.type === filing.type && samePlace;
  if (supplementOnly) {
    const checked = checkRequest(policy, request, others, today);
    if (!checked.ok) return checked;
    if (filing.status !== 'ACTIVE')
      return refuse('FILING_NOT_ACTIVE', '该备案不在有效状态，不能补充材料', PLATFORM_RULE);
    return ok({
      filing: { ...filing, basis: 'PROOF', proofs: [...request.proofs], proofDue: false },
      approvedAtOnce: true,
      reviewWorkingDays: null,
    });
  }
  const locked = lockRefusal(policy, filing, today, '变更');
  if (locked) return locked;
  const checked = checkRequest(policy, request, others, today);
  return checked.ok ? ok(decide(policy, request, filing.filedOn, checked.value, today)) : checked;
}

/** 备案审核 — the agency approves or refuses a filing waiting for review (`003 Art. 9(2)`). */
export function reviewFiling(
  policy: RegionPolicy,
  filing: Filing,
  decision: { readonly approve: true } | { readonly approve: false; readonly reason: string },
  today: IsoDate,
): Result<Filing> {
  if (filing.status !== 'PENDING_REVIEW') return refuse('FILING_NOT_PENDING', '该备案不在待审核状态', PLATFORM_RULE);
  if (!decision.approve) {
    if (decision.reason.trim() === '')
      return refuse('REASON_REQUIRED', '不予备案须写明原因', policy.filing.review.source);
    return ok({ ...filing, status: 'REFUSED', refusalReason: decision.reason.trim() });
  }
  return ok({ ...filing, status: 'ACTIVE', validFrom: today, validUntil: validityEnd(policy, filing.type, today) });
}
