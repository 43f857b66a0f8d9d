import { CreateFilingRequestSchema, type FilingResponse } from '@shared/api/filings';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { createFiling } from '@shared/domain/filing/rules';
import type { FilingProof } from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';
import { decisionRecord, loadPersonFilings, putNewFiling, type StoredFiling, toDomainFiling } from '../data/filing';
import { httpHandler } from '../http/http';
import { withIdempotency } from '../http/idempotency';
import { filingView } from '../http/presentFiling';
import { parseBody } from '../http/request';
import { ulid } from '../support/ids';
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
  filingSubmitter,
  outcomeDecisions,
  requireInsured,
  stateAttributes,
  versionConflict,
} from '../usecases/filings/filings';
import { actedForFilingNotice } from '../usecases/notices/actedFor';
import { requireActingFor } from '../usecases/people/actingFor';

// A concurrent filing for the same person bumps their register first: decide again once on the fresh state.
const ATTEMPTS = 2;

/**
 * POST /v1/filings — 备案登记 for oneself or a person the caller acts for. The domain decides everything against the
 * person's region policy and their other filings; self-service regions approve at once (with the FILING_RESULT
 * notice in the same transaction), the others queue it for review within 1 working day. Filed by a proxy, the
 * insured person's own user is told who filed what, in the same transaction.
 */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const request = parseBody(event, CreateFilingRequestSchema);
  return withIdempotency(event, caller.userId, async () => {
    const now = new Date();
    const today = todayInShanghai(now);
    const actingAs = await requireActingFor(caller, request.insuredPersonId);
    const person = await filingPerson(request.insuredPersonId);
    requireInsured(person);
    const policy = policyFor(person.insuredRegion);
    const submitter = await filingSubmitter(caller, actingAs, person);

    // Evidence first (clear 422s); the rules then see which proofs there are.
    const proofFiles = request.basis === 'PROOF' ? await checkProofFiles(caller.userId, request.proofs, now) : [];
    if (request.basis === 'COMMITMENT' && request.signatureId)
      await checkCommitmentSignature(request.signatureId, person);
    const proofs: FilingProof[] =
      request.basis === 'COMMITMENT'
        ? request.signatureId
          ? ['PERSONAL_COMMITMENT']
          : []
        : request.proofs.map((p) => p.proof);

    const filingId = ulid(now.getTime());
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const { registerVersion, filings } = await loadPersonFilings(person.personId);
      const decided = createFiling(
        policy,
        {
          type: request.type,
          basis: request.basis,
          proofs,
          destinationCode: request.destinationCode,
          insuredPlaceCode: person.insuredCity,
        },
        filings.map(toDomainFiling),
        today,
      );
      if (!decided.ok) throw filingRefusal(decided);

      const decision = decided.value.filing;
      // stateAttributes gives the decided state, review deadline and queue keys; the rest is who, where and why.
      const { set } = stateAttributes(policy, filingId, decision);
      const rule = policy.filing.types[request.type];
      const filing: StoredFiling = {
        ...set,
        type: decision.type,
        basis: decision.basis,
        proofs: [...decision.proofs],
        destinationCode: decision.destination.code,
        destinationLevel: decision.destination.level,
        filedOn: decision.filedOn,
        status: decision.status,
        proofDue: decision.proofDue,
        filingId,
        personId: person.personId,
        submitterUserId: caller.userId,
        ...submitter,
        region: person.insuredRegion,
        insuredPlaceCode: person.insuredCity,
        proofFiles,
        ...(request.signatureId && request.basis === 'COMMITMENT' ? { signatureId: request.signatureId } : {}),
        ...(request.startDate ? { startDate: request.startDate } : {}),
        decisions: [
          decisionRecord(
            'FILED',
            request.basis === 'COMMITMENT' ? policy.letters.personalCommitment.source : rule.source,
            now,
            { byUserId: caller.userId },
          ),
          ...outcomeDecisions(policy, decision, set.reviewDeadline, now),
        ],
        version: 1,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      // The proof pages move under the filing before it is written; a retry attaches to the same id (idempotent).
      if (proofFiles.length > 0) {
        await attachUploads(
          proofFiles.map((f) => f.fileId),
          caller.userId,
          { kind: 'filing', id: filingId },
          { purposes: ['FILING_PROOF'], now },
        );
      }
      const notice = filingResultNotice(filing, person, await filingRecipients(filing), now);
      // Filed by a proxy: the insured person is told in the same transaction (a guard against filings never asked for).
      const actedFor = actingAs === 'proxy' ? await actedForFilingNotice(caller, filing, now) : undefined;
      const written = await putNewFiling(filing, registerVersion, notice, actedFor);
      if (written.ok) {
        logger.info('filing created', { filingId, region: filing.region, status: filing.status, basis: filing.basis });
        const body: FilingResponse = { filing: filingView(filing, person, caller.userId) };
        return { status: 201, body };
      }
    }
    throw versionConflict();
  });
});
