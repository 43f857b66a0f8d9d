// Client of the medical insurance platform's directory of institutions (定点医药机构查询): the hospitals whose name
// contains a text, optionally in one city, with their national code, level and whether they are designated (定点).
// Served by the same platform as the insured-person registry (REGISTRY_API_BASE), locally by its stand-in.
//   POST {REGISTRY_API_BASE}/institutions/v1/query { name, cityCode?, limit }
//   200 { result: 'S0000', institutions: [{ code, name, cityCode, level, designated }] }
//   400 { result: 'E0001', message, field }   503 { result: 'E9999', message }
import { HOSPITAL_LEVELS } from '@shared/domain/vocabulary';
import { z } from 'zod';
import { config } from '../config';
import { DependencyUnavailableError, ValidationError } from '../support/errors';
import { logger } from '../support/logger';

const TIMEOUT_MS = 8000;
const UNAVAILABLE = '医疗机构查询服务暂时不可用，请稍后再试';

const InstitutionSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  cityCode: z.string().regex(/^\d{6}$/),
  level: z.enum(HOSPITAL_LEVELS).nullable(),
  designated: z.boolean(),
});

const AnswerSchema = z.object({ result: z.literal('S0000'), institutions: z.array(InstitutionSchema) });

/** An institution as the directory lists it. */
export type Institution = z.infer<typeof InstitutionSchema>;

/** The institutions whose name contains `name` (already trimmed, 1–30 characters), at most `limit`. */
export async function searchInstitutions(query: {
  name: string;
  cityCode?: string | undefined;
  limit: number;
}): Promise<Institution[]> {
  let response: Response;
  try {
    response = await fetch(new URL('/institutions/v1/query', config().registryApiBase), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: query.name, cityCode: query.cityCode, limit: query.limit }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    logger.warn('institution directory did not answer', {
      errorName: error instanceof Error ? error.name : 'Unknown',
    });
    throw new DependencyUnavailableError(UNAVAILABLE, error);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status === 400) {
    // We validate before asking, so this is a disagreement about format: show it on the query's name.
    logger.warn('institution directory refused the query format');
    throw new ValidationError({ q: '医院名称格式不正确' });
  }
  const answer = AnswerSchema.safeParse(body);
  if (!response.ok || !answer.success) {
    logger.warn('institution directory answered unexpectedly', { status: response.status });
    throw new DependencyUnavailableError(UNAVAILABLE);
  }
  return answer.data.institutions.slice(0, query.limit);
}
