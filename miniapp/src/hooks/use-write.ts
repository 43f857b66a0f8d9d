import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { createIdempotencyKey } from '../lib/api/client';
import { type ApiError, toApiError } from '../lib/api/errors';

/** A stable text of a payload: the same logical write has the same text whatever its keys' order. */
function payloadText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export interface WriteState<P, R> {
  /** Starts the write; false when one is already in flight (a second tap is ignored). */
  submit: (payload: P) => boolean;
  pending: boolean;
  error: ApiError | undefined;
  data: R | undefined;
}

/**
 * One logical write (SPEC §7, §10): one `Idempotency-Key` for it across every retry — react-query's own retries
 * of a network failure and the user's tap on 重试 with the same payload — and a new key only for a new payload or
 * after a success; a second tap while the write is in flight does nothing.
 */
export function useWrite<P, R>(
  write: (payload: P, idempotencyKey: string) => Promise<R>,
  options: { onSuccess?: (result: R, payload: P) => void; onError?: (error: ApiError) => void } = {},
): WriteState<P, R> {
  const key = useRef<{ payload: string; key: string } | undefined>(undefined);
  const inFlight = useRef(false);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const mutation = useMutation<R, ApiError, { payload: P; key: string }>({
    mutationFn: ({ payload, key: idempotencyKey }) =>
      write(payload, idempotencyKey).catch((error: unknown) => Promise.reject(toApiError(error))),
  });
  const { mutateAsync } = mutation;

  const submit = useCallback(
    (payload: P) => {
      if (inFlight.current) return false;
      inFlight.current = true;
      const text = payloadText(payload);
      if (key.current?.payload !== text) key.current = { payload: text, key: createIdempotencyKey() };
      mutateAsync({ payload, key: key.current.key })
        .then(
          (result) => {
            key.current = undefined;
            optionsRef.current.onSuccess?.(result, payload);
          },
          (error: ApiError) => optionsRef.current.onError?.(error),
        )
        .finally(() => {
          inFlight.current = false;
        });
      return true;
    },
    [mutateAsync],
  );

  return { submit, pending: mutation.isPending, error: mutation.error ?? undefined, data: mutation.data };
}
