// How a stored filing appears in API answers: the person masked, every decision with its 依据 (the FILING_RESULT
// notice is the use case's: usecases/filings/filingNotice.ts).
import type { FilingDecisionView, FilingView } from '@shared/api/filings';
import { MAINLAND_PROVINCES } from '@shared/domain/divisions';
import {
  commitmentUnlockDate,
  FILING_STATUS,
  isFilingAwaitingReview,
  isFilingInForce,
} from '@shared/domain/filing/filing';
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

const ACTION_NAME: Record<FilingDecisionRecord['action'], string> = {
  FILED: '提交备案',
  APPROVED: '备案通过',
  QUEUED_FOR_REVIEW: '等待经办机构审核',
  CHANGED: '变更备案',
  CANCELLED: '取消备案',
  REFUSED: '不予备案',
};

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
    isFilingAwaitingReview(filing) && filing.reviewDeadline
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
    submitter: {
      relation: filing.filedByProxy ? 'proxy' : 'self',
      nameMasked: filing.submitterNameMasked ?? null,
    },
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
    changeAllowedFrom: isFilingInForce(filing) ? commitmentUnlockDate(policy, toDomainFiling(filing)) : null,
    decisions: filing.decisions.map(decisionView),
    createdAt: filing.createdAt,
    updatedAt: filing.updatedAt,
  };
}
