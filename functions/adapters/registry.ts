// Client of the insured-person registry (参保信息查询): is this name + ID number an insured person, and where and
// how are they insured. The registry answers an unknown ID number and a wrong name alike (not matched), so it
// cannot be used to learn whose ID number is whose; neither can we.
//   POST {REGISTRY_API_BASE}/insured/v1/query { name, idNumber }
//   200 { result: 'S0000', matched: true, person } | { result: 'S0000', matched: false, message }
//   400 { result: 'E0001', message, field }   503 { result: 'E9999', message }
import { INSURANCE_TYPES } from '@shared/domain/vocabulary';
import { z } from 'zod';
import { config } from '../config';
import { DependencyUnavailableError, ValidationError } from '../support/errors';
import { logger } from '../support/logger';

const TIMEOUT_MS = 8000;
const UNAVAILABLE = '参保信息查询服务暂时不可用，请稍后再试';

const RegistryPersonSchema = z.object({
  name: z.string().min(1),
  idNumber: z.string().min(1),
  gender: z.enum(['F', 'M']),
  insuredStatus: z.enum(['INSURED', 'SUSPENDED', 'TERMINATED']),
  insuranceType: z.enum(INSURANCE_TYPES),
  // Any province code the registry knows; whether we serve it is the caller's question.
  insuredRegion: z.string().min(1),
  insuredCity: z.string().min(1),
  insuredCityName: z.string().min(1),
  personCategory: z.string().min(1),
});

const AnswerSchema = z.discriminatedUnion('matched', [
  z.object({ result: z.literal('S0000'), matched: z.literal(true), person: RegistryPersonSchema }),
  z.object({ result: z.literal('S0000'), matched: z.literal(false) }),
]);

const RefusalSchema = z.object({ result: z.string(), message: z.string().optional(), field: z.string().optional() });

/** A person as the registry knows them. */
export type RegistryPerson = z.infer<typeof RegistryPersonSchema>;
/** The registry's answer: the person, or no match (unknown ID number or a name that does not match it). */
export type RegistryAnswer = { matched: true; person: RegistryPerson } | { matched: false };

/** Looks up an insured person by name and ID number (both already validated and normalised). */
export async function queryInsuredPerson(query: { name: string; idNumber: string }): Promise<RegistryAnswer> {
  let response: Response;
  try {
    response = await fetch(new URL('/insured/v1/query', config().registryApiBase), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: query.name, idNumber: query.idNumber }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    logger.warn('registry did not answer', { errorName: error instanceof Error ? error.name : 'Unknown' });
    throw new DependencyUnavailableError(UNAVAILABLE, error);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status === 400) {
    // We validate before asking, so this is a disagreement about format: show it on the field it names.
    const refusal = RefusalSchema.safeParse(body);
    const field = refusal.success && refusal.data.field === 'name' ? 'name' : 'idNumber';
    logger.warn('registry refused the query format', { result: refusal.success ? refusal.data.result : undefined });
    throw new ValidationError({ [field]: field === 'name' ? '姓名格式不正确' : '身份证号码格式不正确' });
  }
  const answer = AnswerSchema.safeParse(body);
  if (!response.ok || !answer.success) {
    logger.warn('registry answered unexpectedly', { status: response.status });
    throw new DependencyUnavailableError(UNAVAILABLE);
  }
  return answer.data.matched ? { matched: true, person: answer.data.person } : { matched: false };
}
