import type { FilingListResponse, FilingOptionsResponse, FilingResponse } from '@shared/api/filings';
import type { MyPersonsResponse } from '@shared/api/me';
import { useQuery } from '@tanstack/react-query';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { getFiling, getFilingOptions, getFilings, getMyPersons } from '../api/filings';
import { filingKeys } from '../api/keys';

/** Whom the caller may file for (themselves; the persons they act for). */
export function useMyPersons() {
  return useQuery<MyPersonsResponse, ApiError>({
    queryKey: filingKeys.persons(),
    queryFn: () => callEndpoint(getMyPersons, {}),
  });
}

/** What `personId` may file, as the API says (types, proofs, approval, the commitment lock, the destination rule). */
export function useFilingOptions(personId: string | undefined) {
  return useQuery<FilingOptionsResponse, ApiError>({
    queryKey: filingKeys.options(personId ?? ''),
    queryFn: () => callEndpoint(getFilingOptions, { query: { insuredPersonId: personId } }),
    enabled: personId !== undefined,
  });
}

/** 我的备案. */
export function useFilings() {
  return useQuery<FilingListResponse, ApiError>({
    queryKey: filingKeys.list(),
    queryFn: () => callEndpoint(getFilings, {}),
  });
}

/** One filing. */
export function useFiling(id: string) {
  return useQuery<FilingResponse, ApiError>({
    queryKey: filingKeys.one(id),
    queryFn: () => callEndpoint(getFiling, { params: { id } }),
  });
}
