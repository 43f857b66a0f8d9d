import type { ClaimView } from '@shared/api/claims';
import { useRef, useState } from 'react';
import { useWrite } from '../../../hooks/use-write';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { patchClaim, postClaims } from '../api/claims';
import { type ClaimAnswers, NO_FACTS } from './use-claim-wizard';

/** What a conflict tells the user: someone saved first; the draft was reloaded, nothing was overwritten. */
export const CONFLICT_MESSAGE =
  '这份申请刚在别处（另一台手机或另一次操作）保存过。已为您重新载入最新内容，请核对后再继续。';

type Payload = { kind: 'create'; answers: ClaimAnswers } | { kind: 'patch'; claim: ClaimView; answers: ClaimAnswers };

function visitOf(a: ClaimAnswers) {
  return { placeCode: a.placeCode ?? '', admissionDate: a.admissionDate ?? '', dischargeDate: a.dischargeDate ?? null };
}

/**
 * Saves the answers on the server: the first time as a new draft (POST /v1/claims, one Idempotency-Key however
 * often it is tapped), afterwards as an autosave with the version it was read at (PATCH). A 409 reloads the
 * draft and says so (`conflict`); it never writes over what another device saved.
 */
export function useDraftSave(options: {
  onSaved: (claim: ClaimView) => void;
  reload: (caseId: string) => Promise<void>;
}) {
  const [conflict, setConflict] = useState(false);
  const lastCase = useRef<string | undefined>(undefined);
  const write = useWrite<Payload, ClaimView>(
    (payload, idempotencyKey) => {
      const a = payload.answers;
      if (payload.kind === 'create') {
        return callEndpoint(postClaims, {
          idempotencyKey,
          body: {
            insuredPersonId: a.personId ?? '',
            eligibilityCase: a.eligibilityCase ?? 'OTHER_LOCAL',
            expenseType: a.expenseType ?? 'OUTPATIENT',
            facts: a.facts ?? NO_FACTS,
            visit: visitOf(a),
          },
        });
      }
      return callEndpoint(patchClaim, {
        params: { id: payload.claim.caseId },
        body: {
          version: payload.claim.version,
          eligibilityCase: a.eligibilityCase,
          expenseType: a.expenseType,
          facts: a.facts,
          visit: visitOf(a),
        },
      });
    },
    {
      onSuccess: (claim) => {
        setConflict(false);
        options.onSaved(claim);
      },
      onError: (error: ApiError) => {
        if (error.status === 409 && lastCase.current) {
          setConflict(true);
          void options.reload(lastCase.current);
        }
      },
    },
  );
  return {
    save: (claim: ClaimView | undefined, answers: ClaimAnswers) => {
      setConflict(false);
      lastCase.current = claim?.caseId;
      const payload: Payload = claim ? { kind: 'patch', claim, answers } : { kind: 'create', answers };
      return write.submit(payload);
    },
    pending: write.pending,
    /** The API's refusal (not a conflict): shown beside the step with its 依据. */
    error: write.error && write.error.status !== 409 ? write.error : undefined,
    conflict,
  };
}
