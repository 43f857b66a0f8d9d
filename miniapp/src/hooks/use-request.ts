import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../lib/api/errors';

/** Where a page's API call stands: what to render for each case. */
export type RequestState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'success'; data: T };

/** Runs `load` on mount and on `reload()`; only the latest call may update the state. */
export function useRequest<T>(load: () => Promise<T>): RequestState<T> & { reload: () => void } {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading' });
  const latestCall = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(() => {
    const call = latestCall.current + 1;
    latestCall.current = call;
    setState({ status: 'loading' });
    loadRef.current().then(
      (data) => {
        if (latestCall.current === call) setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (latestCall.current === call) setState({ status: 'error', error: toApiError(error) });
      },
    );
  }, []);

  useEffect(() => {
    reload();
    return () => {
      // Unmounted: let no answer still in flight touch the state.
      latestCall.current += 1;
    };
  }, [reload]);

  return { ...state, reload };
}
