import {
  CreateSignatureRequestSchema,
  CreateSignatureResponseSchema,
  SignaturePreviewRequestSchema,
  SignaturePreviewResponseSchema,
} from '@shared/api/signatures';
import { endpoint } from '../api/endpoint';

// Letters signed on screen are shared by the journeys (the filing's 个人承诺书, the proxies' 委托书), so their
// endpoints live below the features.

/** `POST /v1/signatures/preview` — the letter as it will be signed (nothing stored), the blanks the server knows filled
 * and those still empty. */
export const postSignaturePreview = endpoint('postSignaturePreview', {
  method: 'POST',
  path: '/v1/signatures/preview',
  auth: true,
  body: SignaturePreviewRequestSchema,
  response: SignaturePreviewResponseSchema,
});

/** `POST /v1/signatures` — a letter (个人承诺书, 委托书) signed by hand on screen. */
export const postSignatures = endpoint('postSignatures', {
  method: 'POST',
  path: '/v1/signatures',
  auth: true,
  body: CreateSignatureRequestSchema,
  response: CreateSignatureResponseSchema,
});

/** `GET /v1/signatures/{signatureId}/pdf` — the signed letter's PDF (opened, not parsed: see the filing's use-letter-pdf). */
export const SIGNATURE_PDF_PATH = '/v1/signatures/{signatureId}/pdf' as const;
