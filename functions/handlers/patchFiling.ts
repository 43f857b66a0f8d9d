import { ChangeFilingRequestSchema, type FilingResponse } from '@shared/api/filings';
import { ROUTES } from '@shared/api/routes';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { changeFiling } from '@shared/domain/filing/rules';
import type { FilingProof } from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';
import {
  decisionRecord,
  type FilingUpdate,
  loadPersonFilings,
  type StoredFiling,
  toDomainFiling,
  updateFiling,
} from '../data/filing';
import { httpHandler } from '../http/http';
import { withIdempotency } from '../http/idempotency';
import { filingView } from '../http/presentFiling';
import { parseBody, parsePath } from '../http/request';
import { logger } from '../support/logger';
import { authenticateBound } from '../usecases/access/auth';
import { attachUploads } from '../usecases/documents/uploads';
import { filingResultNotice } from '../usecases/filings/filingNotice';
import {
  checkCommitmentSignature,
  checkProofFiles,
  filingPerson,
  filingRecipients,
  filingRefusal,
  loadVisibleFiling,
  outcomeDecisions,
  type ProofFiles,
  stateAttributes,
  versionConflict,
} from '../usecases/filings/filings';
import { requireActingFor } from '../usecases/people/actingFor';

/**
 * PATCH /v1/filings/{id} — 变更备案. The domain decides (`changeFiling`: the commitment lock where the region has
 * one, the same checks as a new filing); the write holds only if the filing is still at the version read, so of
 * two concurrent changes one wins and the other gets 409.
 */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.patchFiling);
  const caller = await authenticateBound(event);
  const request = parseBody(event, ChangeFilingRequestSchema);
  return withIdempotency(event, caller.userId, async () => {
    const now = new Date();
    const stored = await loadVisibleFiling(caller, id);
    // Seeing a filing is not enough to change it: a proxy whose authorisation ended may still see what they filed.
    await requireActingFor(caller, stored.personId, '没有找到该备案');
    if (request.version !== undefined && request.version !== stored.version) throw versionConflict();
    const person = await filingPerson(stored.personId);
    const policy = policyFor(stored.region);

    const basis = request.basis ?? stored.basis;
    let proofs: FilingProof[];
    let proofFiles: ProofFiles = stored.proofFiles;
    // Pages already attached to this filing may be listed again (the form sends the whole list back).
    const attached = new Set(stored.proofFiles.map((f) => f.fileId));
    if (basis === 'COMMITMENT') {
      if (request.signatureId) await checkCommitmentSignature(request.signatureId, person);
      proofs = request.signatureId || stored.basis === 'COMMITMENT' ? ['PERSONAL_COMMITMENT'] : [];
    } else if (request.proofs) {
      proofFiles = await checkProofFiles(caller.userId, request.proofs, now, attached);
      proofs = request.proofs.map((p) => p.proof);
    } else {
      proofs = stored.basis === 'PROOF' ? (stored.proofs as FilingProof[]) : [];
    }

    const { registerVersion, filings } = await loadPersonFilings(stored.personId);
    const decided = changeFiling(
      policy,
      toDomainFiling(stored),
      {
        ...(request.type ? { type: request.type } : {}),
        basis,
        proofs,
        ...(request.destinationCode ? { destinationCode: request.destinationCode } : {}),
      },
      stored.insuredPlaceCode,
      filings.map(toDomainFiling),
      todayInShanghai(now),
    );
    if (!decided.ok) throw filingRefusal(decided);

    const { set, remove } = stateAttributes(policy, stored.filingId, decided.value.filing);
    const changedSource =
      stored.basis === 'COMMITMENT'
        ? policy.filing.commitmentLock.source
        : policy.filing.types[decided.value.filing.type].source;
    const decisions = [
      decisionRecord('CHANGED', changedSource, now, { byUserId: caller.userId }),
      ...outcomeDecisions(policy, decided.value.filing, set.reviewDeadline, now),
    ];
    const update: FilingUpdate = {
      set: {
        ...set,
        proofFiles: basis === 'PROOF' ? proofFiles : [],
        ...(basis === 'COMMITMENT' && request.signatureId ? { signatureId: request.signatureId } : {}),
        updatedAt: now.toISOString(),
      },
      remove: basis === 'PROOF' ? [...remove, 'signatureId'] : remove,
      decisions,
    };
    const next: StoredFiling = { ...stored, ...update.set, version: stored.version + 1 };
    for (const name of update.remove) delete next[name];
    next.decisions = [...stored.decisions, ...decisions];

    const newFiles = basis === 'PROOF' && request.proofs ? proofFiles.filter((f) => !attached.has(f.fileId)) : [];
    if (newFiles.length > 0) {
      await attachUploads(
        newFiles.map((f) => f.fileId),
        caller.userId,
        { kind: 'filing', id: stored.filingId },
        { purposes: ['FILING_PROOF'], now },
      );
    }
    const approvedNow = decisions.some((d) => d.action === 'APPROVED');
    const notice = approvedNow ? filingResultNotice(next, person, await filingRecipients(stored), now) : undefined;
    const written = await updateFiling(stored, stored.version, update, registerVersion, notice);
    if (!written.ok) throw versionConflict();
    logger.info('filing changed', { filingId: stored.filingId, status: next.status });
    const body: FilingResponse = { filing: filingView(next, person, caller.userId) };
    return { body };
  });
});
