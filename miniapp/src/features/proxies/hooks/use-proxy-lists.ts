import type {
  MyProxyListResponse,
  ProxyListResponse,
  RevokeMyProxyResponse,
  RevokeProxyResponse,
} from '@shared/api/proxies';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDidShow } from '@tarojs/taro';
import { useSession } from '../../../hooks/use-session';
import { useWrite } from '../../../hooks/use-write';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { deleteMyProxy, deleteProxy, getMyProxies, getProxies, proxyKeys } from '../api/proxies';

/** Both lists of the 代办 page: the persons I act for, and who acts for me; read again when the page shows. */
export function useProxyLists() {
  const session = useSession();
  const userId = session?.userId ?? '';
  const actingFor = useQuery<ProxyListResponse, ApiError>({
    queryKey: proxyKeys.actingFor(userId),
    queryFn: () => callEndpoint(getProxies, {}),
  });
  const actingForMe = useQuery<MyProxyListResponse, ApiError>({
    queryKey: proxyKeys.actingForMe(userId),
    queryFn: () => callEndpoint(getMyProxies, {}),
  });
  useDidShow(() => {
    void actingFor.refetch();
    void actingForMe.refetch();
  });
  return { session, actingFor, actingForMe };
}

/** 撤销: I stop acting for a person (one logical write per person). */
export function useRevokeActingFor(options: { onDone: () => void; onError: (error: ApiError) => void }) {
  const queryClient = useQueryClient();
  const userId = useSession()?.userId ?? '';
  return useWrite<string, RevokeProxyResponse>(
    (personId, idempotencyKey) => callEndpoint(deleteProxy, { params: { personId }, idempotencyKey }),
    {
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: proxyKeys.all(userId) });
        options.onDone();
      },
      onError: options.onError,
    },
  );
}

/** 撤销: a proxy may no longer act for me. */
export function useRevokeMyProxy(options: { onDone: () => void; onError: (error: ApiError) => void }) {
  const queryClient = useQueryClient();
  const userId = useSession()?.userId ?? '';
  return useWrite<string, RevokeMyProxyResponse>(
    (proxyUserId, idempotencyKey) => callEndpoint(deleteMyProxy, { params: { proxyUserId }, idempotencyKey }),
    {
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: proxyKeys.all(userId) });
        options.onDone();
      },
      onError: options.onError,
    },
  );
}
