import type { ChecklistResponse } from '@shared/api/claims';
import type { ClaimEstimateResponse } from '@shared/api/estimates';
import type { HospitalSearchResponse } from '@shared/api/hospitals';
import type { MyPersonsResponse } from '@shared/api/me';
import { useQuery } from '@tanstack/react-query';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { getClaimChecklist, getClaimEstimate, getHospitals, getMyPersons } from '../api/claims';

export const claimKeys = {
  persons: () => ['claim', 'persons'] as const,
  hospitals: (q: string, cityCode: string | undefined) => ['claim', 'hospitals', q, cityCode ?? ''] as const,
  checklist: (id: string, version: number) => ['claim', id, 'checklist', version] as const,
  estimate: (id: string, version: number) => ['claim', id, 'estimate', version] as const,
};

/** Whom the caller may claim for. */
export function useClaimPersons() {
  return useQuery<MyPersonsResponse, ApiError>({
    queryKey: claimKeys.persons(),
    queryFn: () => callEndpoint(getMyPersons, {}),
  });
}

/** The hospitals whose name contains `q`, in the visit's city. */
export function useHospitalSearch(q: string, cityCode: string | undefined) {
  return useQuery<HospitalSearchResponse, ApiError>({
    queryKey: claimKeys.hospitals(q, cityCode),
    queryFn: () => callEndpoint(getHospitals, { query: { q, ...(cityCode ? { cityCode } : {}) } }),
    enabled: q.trim().length > 0,
  });
}

/** The checklist of the draft at this version (each save changes what is missing). */
export function useChecklist(caseId: string, version: number) {
  return useQuery<ChecklistResponse, ApiError>({
    queryKey: claimKeys.checklist(caseId, version),
    queryFn: () => callEndpoint(getClaimChecklist, { params: { id: caseId } }),
  });
}

/** 预估 of the draft at this version. */
export function useEstimate(caseId: string, version: number) {
  return useQuery<ClaimEstimateResponse, ApiError>({
    queryKey: claimKeys.estimate(caseId, version),
    queryFn: () => callEndpoint(getClaimEstimate, { params: { id: caseId } }),
  });
}
