// 代办权限 — may the caller act for this insured person: themselves, or a person whose active authorisation
// (委托书) names them as proxy. Used by every route that files, claims or signs for someone.
import { isGrantActive } from '@shared/domain/person/proxy';
import { getProxyAuthorisation } from '../../data/proxyAuthorisation';
import { NotFoundError } from '../../support/errors';

/** How the caller relates to the person they act for: the person themselves, or their proxy. */
export type ActingAs = 'self' | 'proxy';

/** Whether a bound caller may act for `personId`: 'self', 'proxy' (an active authorisation), or null. */
export async function actingAs(
  callerUserId: string,
  callerInsuredPersonId: string,
  personId: string,
): Promise<ActingAs | null> {
  if (personId === callerInsuredPersonId) return 'self';
  const grant = await getProxyAuthorisation(personId, callerUserId);
  return isGrantActive(grant) ? 'proxy' : null;
}

/** Whether a bound caller may act for `personId` (self, or an active authorisation). */
export async function mayActFor(
  callerUserId: string,
  callerInsuredPersonId: string,
  personId: string,
): Promise<boolean> {
  return (await actingAs(callerUserId, callerInsuredPersonId, personId)) !== null;
}

/** `actingAs`, or 404 without saying whether the person exists (SPEC §6: others see nothing). */
export async function requireActingFor(
  caller: { userId: string; insuredPersonId: string },
  personId: string,
  message = '没有找到该参保人',
): Promise<ActingAs> {
  const as = await actingAs(caller.userId, caller.insuredPersonId, personId);
  if (!as) throw new NotFoundError(message);
  return as;
}
