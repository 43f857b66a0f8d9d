import {
  CreateSignatureRequestSchema,
  CreateSignatureResponseSchema,
  SignaturePreviewRequestSchema,
  SignaturePreviewResponseSchema,
} from '@shared/api/signatures';
import { endpoint } from '../../../lib/api/endpoint';

/** `POST /v1/signatures/preview` — the 委托书 as it will be signed (nothing stored), and the blanks still empty. */
export const postSignaturePreview = endpoint('postSignaturePreview', {
  method: 'POST',
  path: '/v1/signatures/preview',
  auth: true,
  body: SignaturePreviewRequestSchema,
  response: SignaturePreviewResponseSchema,
});

/** `POST /v1/signatures` — the 委托书 signed on screen by the principal. */
export const postSignatures = endpoint('postSignatures', {
  method: 'POST',
  path: '/v1/signatures',
  auth: true,
  body: CreateSignatureRequestSchema,
  response: CreateSignatureResponseSchema,
});
