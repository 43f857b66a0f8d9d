import type { BindingResponse } from '@shared/api/me';
import { useQueryClient } from '@tanstack/react-query';
import { useWrite } from '../../../hooks/use-write';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { saveBoundToken } from '../../../lib/session/session';
import { entryKeys } from '../api/keys';
import { postMeBinding } from '../api/me';

/** What the binding form sends: the shared schema's parsed output. */
export interface BindingInput {
  name: string;
  idNumber: string;
  phone?: string;
}

/** `POST /v1/me/binding` as one logical write; on success the new token and `me` are kept. */
export function useBinding(options: {
  onBound: (result: BindingResponse) => void;
  onError: (error: ApiError) => void;
}) {
  const queryClient = useQueryClient();
  return useWrite<BindingInput, BindingResponse>(
    (body, idempotencyKey) => callEndpoint(postMeBinding, { body, idempotencyKey }),
    {
      onSuccess: (result) => {
        saveBoundToken(result.accessToken);
        queryClient.setQueryData(entryKeys.me(result.me.userId), result.me);
        options.onBound(result);
      },
      onError: options.onError,
    },
  );
}
