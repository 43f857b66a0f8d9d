import type {
  CancelFilingRequest,
  ChangeFilingRequest,
  CreateFilingRequest,
  FilingResponse,
} from '@shared/api/filings';
import type { CreateSignatureResponse } from '@shared/api/signatures';
import { useQueryClient } from '@tanstack/react-query';
import { useWrite } from '../../../hooks/use-write';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { postSignatures } from '../../../lib/signatures/api';
import { patchFiling, postFilingCancel, postFilings } from '../api/filings';
import { filingKeys } from '../api/keys';

type Handlers<R> = { onSuccess?: (result: R) => void; onError?: (error: ApiError) => void };

/** The whole signature request as the signatures endpoint takes it. */
export type SignatureRequest = Parameters<typeof callEndpoint<typeof postSignatures>>[1]['body'];

/** `POST /v1/signatures`: the 个人承诺书 signed on screen (one Idempotency-Key per letter). */
export function useSignLetter(handlers: Handlers<CreateSignatureResponse> = {}) {
  return useWrite<SignatureRequest, CreateSignatureResponse>(
    (body, idempotencyKey) => callEndpoint(postSignatures, { body, idempotencyKey }),
    { onSuccess: (result) => handlers.onSuccess?.(result), onError: handlers.onError },
  );
}

/** `POST /v1/filings`: one logical filing, one Idempotency-Key; a second tap while in flight is ignored. */
export function useCreateFiling(handlers: Handlers<FilingResponse> = {}) {
  const queryClient = useQueryClient();
  return useWrite<CreateFilingRequest, FilingResponse>(
    (body, idempotencyKey) => callEndpoint(postFilings, { body, idempotencyKey }),
    {
      onSuccess: (result) => {
        void queryClient.invalidateQueries({ queryKey: filingKeys.all });
        handlers.onSuccess?.(result);
      },
      onError: handlers.onError,
    },
  );
}

/** `POST /v1/filings/{id}/cancel` with the version the user saw. */
export function useCancelFiling(id: string, handlers: Handlers<FilingResponse> = {}) {
  const queryClient = useQueryClient();
  return useWrite<CancelFilingRequest, FilingResponse>(
    (body, idempotencyKey) => callEndpoint(postFilingCancel, { params: { id }, body, idempotencyKey }),
    {
      onSuccess: (result) => {
        queryClient.setQueryData(filingKeys.one(id), result);
        void queryClient.invalidateQueries({ queryKey: filingKeys.list() });
        handlers.onSuccess?.(result);
      },
      onError: handlers.onError,
    },
  );
}

/** `PATCH /v1/filings/{id}` with the version the user saw. */
export function useChangeFiling(id: string, handlers: Handlers<FilingResponse> = {}) {
  const queryClient = useQueryClient();
  return useWrite<ChangeFilingRequest, FilingResponse>(
    (body, idempotencyKey) => callEndpoint(patchFiling, { params: { id }, body, idempotencyKey }),
    {
      onSuccess: (result) => {
        queryClient.setQueryData(filingKeys.one(id), result);
        void queryClient.invalidateQueries({ queryKey: filingKeys.list() });
        handlers.onSuccess?.(result);
      },
      onError: handlers.onError,
    },
  );
}
