// 电子签名的查看 — who may read a signed letter (the user who submitted it, and the insured person it is about),
// how it is shown (masked), and its exact text for the PDF. Kept apart from signing so readers' bundles stay small.
import { LETTER_NAME, SIGNER_RELATIONSHIP_NAME, type SignatureResponse } from '@shared/api/signatures';
import { maskName } from '@shared/domain/validation/mask';
import { fieldCrypto } from '../../adapters/fieldCrypto';
import { getPersonIdByIdNumberIndex } from '../../data/insuredPerson';
import { type Signature, signatureContainer } from '../../data/signature';
import type { BoundCaller } from '../access/auth';

/** Whether the caller may read a signed letter: they submitted it, or they are the insured person it is about. */
export async function mayReadSignature(caller: BoundCaller, signature: Signature): Promise<boolean> {
  if (signature.submitterUserId === caller.userId) return true;
  const personId = signature.insuredPersonId ?? (await getPersonIdByIdNumberIndex(signature.subjectIdNumberIndex));
  return personId !== undefined && personId === caller.insuredPersonId;
}

/** A signed letter as its readers see it: masked. */
export function signatureOf(signature: Signature): SignatureResponse {
  return {
    signatureId: signature.signatureId,
    letter: signature.letter,
    letterName: LETTER_NAME[signature.letter],
    title: signature.title,
    insuredPersonId: signature.insuredPersonId ?? null,
    signer: {
      nameMasked: maskName(signature.signerName),
      idNumberMasked: signature.signerIdNumberMasked,
      phoneMasked: signature.signerPhoneMasked ?? null,
      relationship: signature.signerRelationship,
      relationshipName: SIGNER_RELATIONSHIP_NAME[signature.signerRelationship],
    },
    text: signature.textMasked,
    sha256: signature.sha256,
    signedAt: signature.signedAt,
    pdfPath: `/v1/signatures/${signature.signatureId}/pdf`,
  };
}

/** The exact text as signed (decrypted): for the PDF only. */
export async function signedText(signature: Signature): Promise<string> {
  const { text } = await fieldCrypto().open(signatureContainer(signature.signatureId), {
    dataKey: signature.dataKey,
    values: { text: signature.textEnc },
  });
  return text;
}
