import type { CaseDetail } from '@shared/api/claims';
import { useQuery } from '@tanstack/react-query';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { getCase } from '../api/claims';

/** The submitted case with its tracking (state, acceptance deadline in working days). */
export function useSubmittedCase(caseId: string) {
  return useQuery<CaseDetail, ApiError>({
    queryKey: ['claim', caseId, 'case'],
    queryFn: () => callEndpoint(getCase, { params: { id: caseId } }),
  });
}
