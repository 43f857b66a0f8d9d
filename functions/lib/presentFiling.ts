// How a stored filing appears: in API answers (the person masked, every decision with its 依据) and in the
// FILING_RESULT notice (inbox text and the subscribe message's keywords).
import type { FilingDecisionView, FilingView } from '@shared/api/filings';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { MAINLAND_PROVINCES } from '@shared/domain/divisions';
import { commitmentUnlockDate, FILING_STATUS } from '@shared/domain/filing/filing';
import { filingNotice } from '@shared/domain/notice/filingNotices';
import { maskName } from '@shared/domain/validation/mask';
import {
  FILING_BASIS,
  FILING_PROOF,
  FILING_TYPE,
  type FilingProof,
  isLongTermFilingType,
} from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';
import { type FilingDecisionRecord, type StoredFiling, toDomainFiling } from '../data/filing';
import type { InsuredPerson } from '../data/insuredPerson';
import { buildOutboxItem, type OutboxItem } from '../data/outbox';

const ACTION_NAME: Record<FilingDecisionRecord['action'], string> = {
  FILED: '提交备案',
  APPROVED: '备案通过',
  QUEUED_FOR_REVIEW: '等待经办机构审核',
  CHANGED: '变更备案',
  CANCELLED: '取消备案',
  REFUSED: '不予备案',
};

/** The destination in words: the province, and the city's code when it is a city (no city names are on file). */
export function destinationName(filing: Pick<StoredFiling, 'destinationCode' | 'destinationLevel'>): string {
  const province = MAINLAND_PROVINCES[filing.destinationCode.slice(0, 2)] ?? '';
  return filing.destinationLevel === 'PROVINCE' ? province : `${province}（${filing.destinationCode}）`;
}

function decisionView(record: FilingDecisionRecord): FilingDecisionView {
  return {
    at: record.at,
    action: record.action,
    actionName: ACTION_NAME[record.action],
    source: record.sourceLabel,
    note: record.note ?? null,
  };
}

/** A filing as the applicant sees it: masked person, status in words, validity, review deadline, decisions. */
export function filingView(filing: StoredFiling, person: InsuredPerson, callerUserId: string): FilingView {
  const policy = policyFor(filing.region);
  const proofs = filing.proofs.map((code) => {
    const proof = code as FilingProof;
    const fileIds = filing.proofFiles.filter((f) => f.proof === proof).map((f) => f.fileId);
    return { proof, proofName: FILING_PROOF[proof], fileIds };
  });
  const review =
    filing.status === 'PENDING_REVIEW' && filing.reviewDeadline
      ? {
          deadline: filing.reviewDeadline,
          provisional: filing.reviewDeadlineProvisional ?? false,
          explanation: filing.reviewDeadlineExplanation ?? null,
          source: policy.filing.review.source.label,
        }
      : null;
  return {
    filingId: filing.filingId,
    version: filing.version,
    insuredPerson: {
      personId: person.personId,
      nameMasked: maskName(person.name),
      idNumberMasked: person.idNumberMasked,
    },
    submittedByCaller: filing.submitterUserId === callerUserId,
    type: filing.type,
    typeName: FILING_TYPE[filing.type],
    longTerm: isLongTermFilingType(filing.type),
    basis: filing.basis,
    basisName: FILING_BASIS[filing.basis],
    proofs,
    signatureId: filing.signatureId ?? null,
    destination: {
      code: filing.destinationCode,
      level: filing.destinationLevel,
      provinceName: MAINLAND_PROVINCES[filing.destinationCode.slice(0, 2)] ?? '',
    },
    startDate: filing.startDate ?? null,
    filedOn: filing.filedOn,
    status: filing.status,
    statusName: FILING_STATUS[filing.status],
    validFrom: filing.validFrom ?? null,
    validUntil: filing.validUntil ?? null,
    cancelledOn: filing.cancelledOn ?? null,
    proofDue: filing.proofDue,
    refusalReason: filing.refusalReason ?? null,
    review,
    changeAllowedFrom: filing.status === 'ACTIVE' ? commitmentUnlockDate(policy, toDomainFiling(filing)) : null,
    decisions: filing.decisions.map(decisionView),
    createdAt: filing.createdAt,
    updatedAt: filing.updatedAt,
  };
}

/** The mini-program page of a filing. */
export function filingPage(filingId: string): string {
  return `pages/filing/detail/index?id=${filingId}`;
}

/**
 * The FILING_RESULT notice of a filing just approved or refused: inbox text for the person and the submitter, and
 * the subscribe message's keywords (type, place, result, date, a hint). Undefined for any other state.
 */
export function filingResultNotice(
  filing: StoredFiling,
  person: InsuredPerson,
  recipients: readonly (string | undefined)[],
  now: Date,
): OutboxItem | undefined {
  if (filing.status !== 'ACTIVE' && filing.status !== 'REFUSED') return undefined;
  const content = filingNotice(
    {
      type: filing.type,
      place: destinationName(filing),
      personNameMasked: maskName(person.name),
      filedOn: filing.filedOn,
      validFrom: filing.validFrom ?? null,
      validUntil: filing.validUntil ?? null,
      refusalReason: filing.refusalReason ?? null,
    },
    filing.status === 'ACTIVE',
    todayInShanghai(now),
  );
  return buildOutboxItem(
    {
      ...content,
      subject: { type: 'FILING', id: filing.filingId },
      recipients,
      page: filingPage(filing.filingId),
    },
    now,
  );
}
