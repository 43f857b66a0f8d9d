import type { CaseDetail } from '@shared/api/claims';
import { useQueryClient } from '@tanstack/react-query';
import { useWrite } from '../../../hooks/use-write';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { postClaimResubmit, postClaimWithdraw } from '../api/cases';
import { caseKeys } from '../api/keys';

type Handlers<R> = { onSuccess?: (result: R) => void; onError?: (error: ApiError) => void };

/** The answer of a write on a case: shown at once on the detail, and 我的办件 read again. */
function useCaseWrite<P>(
  id: string,
  write: (body: P, idempotencyKey: string) => Promise<CaseDetail>,
  handlers: Handlers<CaseDetail>,
) {
  const queryClient = useQueryClient();
  return useWrite<P, CaseDetail>(write, {
    onSuccess: (result) => {
      queryClient.setQueryData(caseKeys.one(id), result);
      void queryClient.invalidateQueries({ queryKey: caseKeys.list() });
      handlers.onSuccess?.(result);
    },
    onError: handlers.onError,
  });
}

/** `POST /v1/claims/{id}/withdraw`: one logical withdrawal, one Idempotency-Key; a second tap is ignored. */
export function useWithdrawCase(id: string, handlers: Handlers<CaseDetail> = {}) {
  return useCaseWrite<{ reason: string }>(
    id,
    (body, idempotencyKey) => callEndpoint(postClaimWithdraw, { params: { id }, body, idempotencyKey }),
    handlers,
  );
}

/** `POST /v1/claims/{id}/resubmit`: the deficiency notice answered (one Idempotency-Key per resubmission). */
export function useResubmitCase(id: string, handlers: Handlers<CaseDetail> = {}) {
  return useCaseWrite<{ listItemMailed: boolean }>(
    id,
    (body, idempotencyKey) => callEndpoint(postClaimResubmit, { params: { id }, body, idempotencyKey }),
    handlers,
  );
}
