import {
  CreateSignatureRequestSchema,
  CreateSignatureResponseSchema,
  SignaturePreviewRequestSchema,
  SignaturePreviewResponseSchema,
} from '@shared/api/signatures';
import { endpoint } from '../../../lib/api/endpoint';

/** `POST /v1/signatures/preview` — the letter as it will be signed, with the blanks the server knows filled. */
export const postSignaturePreview = endpoint('postSignaturePreview', {
  method: 'POST',
  path: '/v1/signatures/preview',
  auth: true,
  body: SignaturePreviewRequestSchema,
  response: SignaturePreviewResponseSchema,
});

/** `POST /v1/signatures` — the 个人承诺书 signed by hand on screen. */
export const postSignatures = endpoint('postSignatures', {
  method: 'POST',
  path: '/v1/signatures',
  auth: true,
  body: CreateSignatureRequestSchema,
  response: CreateSignatureResponseSchema,
});

/** `GET /v1/signatures/{signatureId}/pdf` — the signed letter's PDF (opened, not parsed: see use-letter-pdf). */
export const SIGNATURE_PDF_PATH = '/v1/signatures/{signatureId}/pdf' as const;
