import type { SignaturePreviewResponse } from '@shared/api/signatures';
import type { FilingType } from '@shared/domain/vocabulary';
import { useQuery } from '@tanstack/react-query';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { postSignaturePreview } from '../../../lib/signatures/api';
import { filingKeys } from '../api/keys';
import type { SignerDetails } from './use-new-filing';

export interface CommitmentLetterInput {
  personId: string;
  type: FilingType;
  destinationCode: string;
  signer: SignerDetails;
}

/** The blanks the phone fills: the contact phone and the person category; the server fills the rest. */
export function commitmentFields(input: CommitmentLetterInput): Record<string, string> {
  return { phone: input.signer.phone, personCategory: input.type };
}

/** The signer as the signatures route takes it: SELF leaves name and ID number to the server. */
export function signerOf(signer: SignerDetails) {
  return signer.relationship === 'SELF' || !signer.relative
    ? { relationship: 'SELF' as const }
    : { relationship: signer.relationship, ...signer.relative };
}

/** `POST /v1/signatures/preview`: the 个人承诺书 exactly as it will be signed (nothing is stored). */
export function useLetterPreview(input: CommitmentLetterInput | undefined) {
  const body = input
    ? {
        letter: 'PERSONAL_COMMITMENT' as const,
        insuredPersonId: input.personId,
        fields: commitmentFields(input),
        destinationCode: input.destinationCode,
        signer: signerOf(input.signer),
      }
    : undefined;
  return useQuery<SignaturePreviewResponse, ApiError>({
    queryKey: filingKeys.letter(JSON.stringify(body ?? null)),
    queryFn: () => callEndpoint(postSignaturePreview, { body: body ?? { letter: 'PERSONAL_COMMITMENT' } }),
    enabled: body !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
