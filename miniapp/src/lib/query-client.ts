import { QueryClient } from '@tanstack/react-query';
import { toApiError } from './api/errors';

/** Retry only what may succeed on a second try: no answer at all (offline, timeout), at most twice. */
export function retryNetworkErrors(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && toApiError(error).isNetworkError;
}

/** The app's one cache of server state (@tanstack/react-query). */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: retryNetworkErrors,
      staleTime: 30_000,
      // A mini-program has no window focus to speak of; pages refetch on show where they need to.
      refetchOnWindowFocus: false,
    },
    mutations: { retry: retryNetworkErrors },
  },
});
