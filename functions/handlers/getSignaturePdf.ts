import { ROUTES } from '@shared/api/routes';
import { policyFor } from '@shared/policy';
import { letterTemplate } from '@shared/policy/letters';
import { getObjectBytes } from '../adapters/s3';
import { getSignature } from '../data/signature';
import { httpHandler } from '../http/http';
import { parsePath } from '../http/request';
import { NotFoundError } from '../support/errors';
import { authenticateBound } from '../usecases/access/auth';
import { renderLetterPdf } from '../usecases/documents/letterPdf';
import { mayReadSignature, signedText } from '../usecases/documents/signatureAccess';

/**
 * GET /v1/signatures/{signatureId}/pdf — the signed letter as a PDF laid out like the paper form (title, the text
 * as signed, the hand-drawn signature, the hash in small print); for its submitter and the insured person only.
 */
export const handler = httpHandler(async (event) => {
  const { signatureId } = parsePath(event, ROUTES.getSignaturePdf);
  const caller = await authenticateBound(event);
  const signature = await getSignature(signatureId);
  if (!signature || !(await mayReadSignature(caller, signature))) throw new NotFoundError('没有找到该签名文书');
  const image = await getObjectBytes(signature.imageKey);
  const signatureLine =
    signature.signatureLine ??
    letterTemplate(policyFor(signature.region), signature.letter)
      .body.split('\n')
      .findIndex((line) => line.includes('{{signature}}'));
  const pdf = await renderLetterPdf({
    title: signature.title,
    text: await signedText(signature),
    signatureLine,
    image,
    sha256: signature.sha256,
    signedAt: signature.signedAt,
    signatureId: signature.signatureId,
  });
  return {
    body: pdf,
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="signature-${signature.signatureId}.pdf"`,
    },
  };
});
