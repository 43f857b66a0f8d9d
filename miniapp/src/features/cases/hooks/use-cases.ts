import type { CaseDetail, CaseListResponse, CaseSummary } from '@shared/api/claims';
import { type InfiniteData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { getCase, getCases } from '../api/cases';
import { caseKeys } from '../api/keys';

const PAGE_SIZE = 20;

/**
 * 我的办件, a page at a time (加载更多 follows the API's cursor). Drafts come first — the one thing to do next is to
 * finish them — then the others in the API's order (newest first).
 */
export function useCaseList() {
  const query = useInfiniteQuery<
    CaseListResponse,
    ApiError,
    InfiniteData<CaseListResponse, string | undefined>,
    readonly unknown[],
    string | undefined
  >({
    queryKey: caseKeys.list(),
    queryFn: ({ pageParam }) => callEndpoint(getCases, { query: { limit: PAGE_SIZE, cursor: pageParam } }),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.cursor ?? undefined,
  });
  const all: CaseSummary[] = query.data?.pages.flatMap((page) => page.cases) ?? [];
  const drafts = all.filter((c) => c.state === 'draft');
  const others = all.filter((c) => c.state !== 'draft');
  return { query, drafts, others };
}

/** One case with its tracking. */
export function useCase(id: string) {
  return useQuery<CaseDetail, ApiError>({
    queryKey: caseKeys.one(id),
    queryFn: () => callEndpoint(getCase, { params: { id } }),
    enabled: id !== '',
  });
}
