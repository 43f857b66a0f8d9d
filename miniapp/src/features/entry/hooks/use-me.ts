import type { MeResponse } from '@shared/api/me';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../../hooks/use-session';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { entryKeys } from '../api/keys';
import { getMe } from '../api/me';

/** `GET /v1/me` for the logged-in user (nothing is asked when nobody is logged in). */
export function useMe() {
  const session = useSession();
  const query = useQuery<MeResponse, ApiError>({
    queryKey: entryKeys.me(session?.userId ?? ''),
    queryFn: () => callEndpoint(getMe, {}),
    enabled: session !== undefined,
  });
  return { session, ...query };
}
