import type { AddProxyRequest, ProxyPerson } from '@shared/api/proxies';
import type { CreateSignatureResponse, SignaturePreviewResponse } from '@shared/api/signatures';
import { SERVER_FILLED_FIELDS } from '@shared/api/signatures';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { useSession } from '../../../hooks/use-session';
import { useWrite } from '../../../hooks/use-write';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { postSignaturePreview, postSignatures } from '../../../lib/signatures/api';
import { postProxies, proxyKeys } from '../api/proxies';

/** The 委托书's blanks the app fills (the server fills the agent's name and ID number, the signature and the date). */
export type LetterFields = Record<string, string>;

/** The 委托书 as it will be signed, from the server (`POST /v1/signatures/preview`; nothing is stored). */
export function useLetterPreview(fields: LetterFields, enabled: boolean) {
  const userId = useSession()?.userId ?? '';
  const query = useQuery<SignaturePreviewResponse, ApiError>({
    queryKey: proxyKeys.letter(userId, fields),
    queryFn: () => callEndpoint(postSignaturePreview, { body: { letter: 'POWER_OF_ATTORNEY', fields } }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const serverFilled = new Set<string>(SERVER_FILLED_FIELDS);
  // Blanks still empty that the person can fill here (e.g. 受托人联系电话), with their labels.
  const missing = (query.data?.missing ?? [])
    .filter((key) => !serverFilled.has(key))
    .map((key) => ({ key, label: query.data?.fields.find((f) => f.key === key)?.label ?? key }));
  return { query, missing };
}

type SignatureBody = z.input<(typeof postSignatures)['body']>;

/** The 委托书 signed on screen: one logical write. */
export function useSignLetter(options: {
  onSigned: (result: CreateSignatureResponse) => void;
  onError: (error: ApiError) => void;
}) {
  return useWrite<SignatureBody, CreateSignatureResponse>(
    (body, idempotencyKey) => callEndpoint(postSignatures, { body, idempotencyKey }),
    { onSuccess: options.onSigned, onError: options.onError },
  );
}

/** `POST /v1/proxies` with the signed letter or the photo: one logical write; the lists are read again after it. */
export function useAddProxy(options: { onAdded: (person: ProxyPerson) => void; onError: (error: ApiError) => void }) {
  const queryClient = useQueryClient();
  const userId = useSession()?.userId ?? '';
  return useWrite<AddProxyRequest, ProxyPerson>(
    (body, idempotencyKey) => callEndpoint(postProxies, { body, idempotencyKey }),
    {
      onSuccess: (person) => {
        void queryClient.invalidateQueries({ queryKey: proxyKeys.all(userId) });
        options.onAdded(person);
      },
      onError: options.onError,
    },
  );
}
