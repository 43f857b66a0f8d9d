import { type SignaturePreviewResponse, signaturePreviewRequestSchema } from '@shared/api/signatures';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { httpHandler } from '../http/http';
import { parseBody } from '../http/request';
import { authenticateBound } from '../usecases/access/auth';
import { previewLetterFor } from '../usecases/documents/signatures';

/** The same bound as signing's: a client may send its whole signing body, image and all. */
const MAX_BODY_CHARS = 320 * 1024;

/**
 * POST /v1/signatures/preview — the letter as it will be signed, before signing: the blanks the server knows filled,
 * ID numbers and phones masked, today's date and the signature line as they will be, and the blanks still empty.
 * The same checks as POST /v1/signatures (acting-for, the registry for a 委托书, mismatches → 422); stores nothing.
 */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const now = new Date();
  const request = parseBody(event, signaturePreviewRequestSchema(todayInShanghai(now)), MAX_BODY_CHARS);
  const body: SignaturePreviewResponse = await previewLetterFor(caller, request, now);
  return { body, headers: { 'cache-control': 'no-store' } };
});
