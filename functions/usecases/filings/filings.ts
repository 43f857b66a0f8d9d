import { ErrorCode } from '@shared/api/errors';
// 异地就医备案 — what the filing routes share: who may see or act on a filing, the evidence a filing rests on
// (uploaded proof pages, the signed 个人承诺书), and turning the domain's decisions into stored attributes, queue
// keys and the FILING_RESULT notice. No rule is decided here: shared/domain/filing decides, this records.
import { defaultCalendar, type WorkingCalendar } from '@shared/domain/calendar/calendar';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import type { Refusal } from '@shared/domain/errors';
import { isApprovedOnFiling, isFilingAwaitingReview, type NewFiling } from '@shared/domain/filing/filing';
import { filingReviewDeadline } from '@shared/domain/filing/reviewDeadline';
import { reviewFiling } from '@shared/domain/filing/rules';
import { checkInsuredNow } from '@shared/domain/person/insured';
import { maskName } from '@shared/domain/validation/mask';
import type { FilingProof } from '@shared/domain/vocabulary';
import { policyFor, type RegionPolicy } from '@shared/policy';
import { getBinding } from '../../data/binding';
import {
  decisionRecord,
  type FilingDecisionRecord,
  type FilingUpdate,
  getFiling,
  queueSortKeyOf,
  type StoredFiling,
  toDomainFiling,
  updateFiling,
} from '../../data/filing';
import { getInsuredPerson, type InsuredPerson } from '../../data/insuredPerson';
import { getSignature } from '../../data/signature';
import { getConfirmedUpload } from '../../data/upload';
import { AppError, ConflictError, NotFoundError, RefusalError } from '../../support/errors';
import type { BoundCaller } from '../access/auth';
import { filingResultNotice } from './filingNotice';

const NOT_FOUND = '没有找到该备案';

let calendarCache: WorkingCalendar | undefined;

/** The official working-day calendar (built once per function instance). */
export function workingCalendar(): WorkingCalendar {
  calendarCache ??= defaultCalendar();
  return calendarCache;
}

/** Which request field a domain refusal is about, so the form can show it next to the field. */
const REFUSAL_FIELD: Partial<Record<Refusal['code'], string>> = {
  FILING_TYPE_NOT_OFFERED: 'type',
  COMMITMENT_NOT_ALLOWED: 'basis',
  PROOF_MISSING: 'proofs',
  DESTINATION_INVALID: 'destinationCode',
  DESTINATION_TOO_BROAD: 'destinationCode',
  DESTINATION_TOO_NARROW: 'destinationCode',
  DESTINATION_IS_INSURED_PLACE: 'destinationCode',
  DUPLICATE_FILING: 'destinationCode',
  MULTI_PLACE_NOT_ALLOWED: 'destinationCode',
  MULTI_PLACE_NEEDS_PROOF: 'basis',
};

/**
 * A domain refusal as the 4xx answer: code and Chinese message, the field it concerns, 依据 in `source`. A
 * destination below the filing level also names the one it belongs to — `fields.suggestedDestinationCode` and
 * `fields.suggestedDestinationName` (440305 → 440300 深圳市) — so the app can offer it in one tap.
 */
export function filingRefusal(refusal: Refusal): RefusalError {
  const field = REFUSAL_FIELD[refusal.code];
  const fields: Record<string, string> = field ? { [field]: refusal.message } : {};
  const { suggestedCode, suggestedName } = refusal.details ?? {};
  if (
    refusal.code === 'DESTINATION_TOO_NARROW' &&
    typeof suggestedCode === 'string' &&
    typeof suggestedName === 'string'
  ) {
    fields.suggestedDestinationCode = suggestedCode;
    fields.suggestedDestinationName = suggestedName;
  }
  return new RefusalError(refusal, fields);
}

/** 409 — someone changed the filing (or the person's filings) between our read and our write. */
export function versionConflict(): ConflictError {
  return new ConflictError('备案信息已被更新，请刷新后重试', ErrorCode.VERSION_CONFLICT);
}

/** Whether the caller may see a filing: they are its insured person or its submitter (SPEC §6). */
export function isVisibleTo(caller: BoundCaller, filing: StoredFiling): boolean {
  return filing.personId === caller.insuredPersonId || filing.submitterUserId === caller.userId;
}

/** The filing if the caller may see it; 404 otherwise, the same as for a filing that does not exist. */
export async function loadVisibleFiling(caller: BoundCaller, filingId: string | undefined): Promise<StoredFiling> {
  const filing = filingId && /^[0-9A-Z]{26}$/.test(filingId) ? await getFiling(filingId) : undefined;
  if (!filing || !isVisibleTo(caller, filing)) throw new NotFoundError(NOT_FOUND);
  return filing;
}

/** The insured person of a filing (must exist: a filing is only made for a person on record). */
export async function filingPerson(personId: string): Promise<InsuredPerson> {
  const person = await getInsuredPerson(personId);
  if (!person) throw new NotFoundError('没有找到该参保人');
  return person;
}

/**
 * Who files: the insured person themselves, or a proxy acting for them — kept on the filing (masked) so that every
 * view of it names both the insured person and the submitter (SPEC §1).
 */
export async function filingSubmitter(
  caller: BoundCaller,
  actingAs: 'self' | 'proxy',
  person: InsuredPerson,
): Promise<{ filedByProxy: boolean; submitterNameMasked: string }> {
  if (actingAs === 'self') return { filedByProxy: false, submitterNameMasked: maskName(person.name) };
  const self = await getInsuredPerson(caller.insuredPersonId);
  return { filedByProxy: true, submitterNameMasked: maskName(self?.name ?? '') };
}

/** Only a person insured now may file (the registry's status at their last check). */
export function requireInsured(person: InsuredPerson): void {
  const insured = checkInsuredNow(person.insuredStatus, 'FILE');
  if (!insured.ok) throw new RefusalError(insured);
}

/** The uploaded pages of each proof, as the filing records them. */
export type ProofFiles = { proof: string; fileId: string }[];

/**
 * Checks that every proof page is a confirmed, unattached upload of the caller (or one of `attached`, the pages
 * this filing already has); 422 naming the others.
 */
export async function checkProofFiles(
  callerUserId: string,
  proofs: readonly { proof: FilingProof; fileIds: readonly string[] }[],
  now: Date,
  attached: ReadonlySet<string> = new Set(),
): Promise<ProofFiles> {
  const files = proofs.flatMap((p) => p.fileIds.map((fileId) => ({ proof: p.proof, fileId })));
  const usable = await Promise.all(
    files.map(async (f) => {
      if (attached.has(f.fileId)) return true;
      const upload = await getConfirmedUpload(f.fileId, callerUserId, now);
      return upload?.purpose === 'FILING_PROOF';
    }),
  );
  const unusable = files.filter((_, i) => !usable[i]).map((f) => f.fileId);
  if (unusable.length > 0) {
    throw new AppError(ErrorCode.UPLOAD_NOT_USABLE, '有证明材料未上传完成、已过期或已被使用，请重新上传', {
      fields: Object.fromEntries(unusable.map((id) => [`proofs.${id}`, '该文件不可用，请重新上传'])),
    });
  }
  return files;
}

/** Checks that a signature is the 个人承诺书 signed for this person under their region's text; 422 otherwise. */
export async function checkCommitmentSignature(signatureId: string, person: InsuredPerson): Promise<void> {
  const signature = await getSignature(signatureId);
  const usable =
    signature !== null &&
    signature.letter === 'PERSONAL_COMMITMENT' &&
    signature.insuredPersonId === person.personId &&
    signature.region === person.insuredRegion;
  if (!usable) {
    throw new AppError(
      ErrorCode.SIGNATURE_NOT_USABLE,
      '没有找到为该参保人签署的个人承诺书，请先阅读告知书并签署个人承诺书',
      { fields: { signatureId: '请先签署个人承诺书' } },
    );
  }
}

/** The attributes a filing's state sets (review deadline and queue keys included) and those it clears. */
export function stateAttributes(
  policy: RegionPolicy,
  filingId: string,
  filing: NewFiling,
): { set: FilingUpdate['set']; remove: FilingUpdate['remove'] } {
  const set: FilingUpdate['set'] = {
    type: filing.type,
    basis: filing.basis,
    proofs: [...filing.proofs],
    destinationCode: filing.destination.code,
    destinationLevel: filing.destination.level,
    filedOn: filing.filedOn,
    status: filing.status,
    proofDue: filing.proofDue,
  };
  const remove: FilingUpdate['remove'][number][] = [];
  const keep = (name: 'validFrom' | 'validUntil' | 'cancelledOn' | 'refusalReason', value: string | null) => {
    if (value === null) remove.push(name);
    else set[name] = value;
  };
  keep('validFrom', filing.validFrom);
  keep('validUntil', filing.validUntil);
  keep('cancelledOn', filing.cancelledOn);
  keep('refusalReason', filing.refusalReason);
  const deadline = filingReviewDeadline(policy, filing, workingCalendar());
  if (deadline) {
    set.reviewDeadline = deadline.date;
    set.reviewDeadlineProvisional = deadline.provisional;
    if (deadline.explanation) set.reviewDeadlineExplanation = deadline.explanation;
    set.queueRegion = policy.region;
    set.queueSortKey = queueSortKeyOf(deadline.date, filingId);
  } else {
    remove.push('queueRegion', 'queueSortKey');
  }
  return { set, remove };
}

/** The decision records of a filing's outcome: approved at once (self-service) or queued for review. */
export function outcomeDecisions(
  policy: RegionPolicy,
  filing: NewFiling,
  reviewDeadline: string | undefined,
  now: Date,
): FilingDecisionRecord[] {
  if (isFilingAwaitingReview(filing)) {
    const note = reviewDeadline ? `经办机构将于${reviewDeadline}前完成审核` : undefined;
    return [decisionRecord('QUEUED_FOR_REVIEW', policy.filing.review.source, now, note ? { note } : {})];
  }
  if (isApprovedOnFiling(policy, filing)) {
    return [decisionRecord('APPROVED', policy.filing.selfService.source, now, { note: '免经办审核，即时开通' })];
  }
  return [];
}

/** The users a filing's notice goes to: the insured person's bound user and the submitter. */
export async function filingRecipients(filing: Pick<StoredFiling, 'personId' | 'submitterUserId'>) {
  const binding = await getBinding(filing.personId);
  return [binding?.userId, filing.submitterUserId];
}

/**
 * 备案审核 — the agency approves or refuses a filing waiting for review (domain `reviewFiling`), written only if the
 * filing is still at the version read, with its FILING_RESULT notice in the same transaction. For the staff console.
 */
export async function applyFilingReview(
  filingId: string,
  decision: { approve: true } | { approve: false; reason: string },
  reviewerId: string,
  now: Date,
): Promise<StoredFiling> {
  const stored = await getFiling(filingId);
  if (!stored) throw new NotFoundError(NOT_FOUND);
  const policy = policyFor(stored.region);
  const result = reviewFiling(policy, toDomainFiling(stored), decision, todayInShanghai(now));
  if (!result.ok) throw filingRefusal(result);
  const { set, remove } = stateAttributes(policy, filingId, result.value);
  const note = decision.approve ? undefined : decision.reason;
  const record = decisionRecord(decision.approve ? 'APPROVED' : 'REFUSED', policy.filing.review.source, now, {
    byUserId: reviewerId,
    ...(note ? { note } : {}),
  });
  const next: StoredFiling = { ...stored, ...set, updatedAt: now.toISOString() };
  for (const name of remove) delete next[name];
  const person = await filingPerson(stored.personId);
  const notice = filingResultNotice(next, person, await filingRecipients(stored), now);
  const written = await updateFiling(
    stored,
    stored.version,
    { set: { ...set, updatedAt: next.updatedAt }, remove, decisions: [record] },
    null,
    notice,
  );
  if (!written.ok) throw versionConflict();
  return { ...next, version: stored.version + 1, decisions: [...stored.decisions, record] };
}
