import { type CreateSignatureResponse, createSignatureRequestSchema } from '@shared/api/signatures';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { httpHandler } from '../http/http';
import { withIdempotency } from '../http/idempotency';
import { parseBody } from '../http/request';
import { authenticateBound } from '../usecases/access/auth';
import { signLetter } from '../usecases/documents/signatures';

/** A signature image is up to 200 KB, as base64 inside JSON: the body may be larger than a form's. */
const MAX_BODY_CHARS = 320 * 1024;

/**
 * POST /v1/signatures — 电子签名: a letter (个人承诺书, 外伤无第三方责任承诺书, 委托书) filled from the region's
 * template and signed by hand on screen, by the insured person or — when they cannot sign — a close relative
 * (`001 附件2`). Answers the id, SHA-256 of text + image, and the text as signed (ID numbers and phones masked).
 */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const now = new Date();
  const request = parseBody(event, createSignatureRequestSchema(todayInShanghai(now)), MAX_BODY_CHARS);
  return withIdempotency(event, caller.userId, async () => {
    const signature = await signLetter(caller, request, now);
    const body: CreateSignatureResponse = {
      signatureId: signature.signatureId,
      sha256: signature.sha256,
      text: signature.textMasked,
      signedAt: signature.signedAt,
    };
    return { status: 201, body };
  });
});
