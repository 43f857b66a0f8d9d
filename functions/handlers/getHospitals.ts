import { HospitalSearchQuerySchema } from '@shared/api/hospitals';
import { httpHandler } from '../http/http';
import { fieldMessages } from '../http/request';
import { ValidationError } from '../support/errors';
import { authenticateBound } from '../usecases/access/auth';
import { searchHospitals } from '../usecases/claims/hospitals';

/**
 * GET /v1/hospitals?q=…&cityCode=…&limit=… — the claim wizard's hospital search by part of the name (1–30 characters,
 * trimmed), optionally in one city (GB/T 2260): code, name, city, level and whether designated. Bad query: 400 per field.
 */
export const handler = httpHandler(async (event) => {
  await authenticateBound(event);
  const query = HospitalSearchQuerySchema.safeParse(event.queryStringParameters ?? {});
  if (!query.success) throw new ValidationError(fieldMessages(query.error));
  return { body: await searchHospitals(query.data) };
});
