import { FilingOptionsQuerySchema, type FilingOptionsResponse } from '@shared/api/filings';
import { httpHandler } from '../http/http';
import { fieldMessages } from '../http/request';
import { ValidationError } from '../support/errors';
import { authenticateBound } from '../usecases/access/auth';
import { filingOptionsFor } from '../usecases/filings/options';

/**
 * GET /v1/filings/options?insuredPersonId=… — what the filing wizard shows for a person the caller may act for: the
 * person types of their region (each with a plain line, validity, accepted proofs, or why it is not offered), how a
 * filing is approved, the commitment lock in plain words, the destination rule — all from the region policy.
 */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const query = FilingOptionsQuerySchema.safeParse(event.queryStringParameters ?? {});
  if (!query.success) throw new ValidationError(fieldMessages(query.error));
  const body: FilingOptionsResponse = await filingOptionsFor(caller, query.data.insuredPersonId);
  return { body };
});
