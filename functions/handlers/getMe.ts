import type { MeResponse } from '@shared/api/me';
import { getInsuredPerson } from '../data/insuredPerson';
import { getUser } from '../data/user';
import { httpHandler } from '../http/http';
import { meOf } from '../http/present';
import { UnauthenticatedError } from '../support/errors';
import { authenticate } from '../usecases/access/auth';

/** GET /v1/me — who the caller is: binding state and, when bound, the insured person (masked). */
export const handler = httpHandler(async (event) => {
  const caller = await authenticate(event);
  const user = await getUser(caller.userId);
  if (!user) throw new UnauthenticatedError('登录信息无效，请重新登录');
  const person = user.insuredPersonId ? await getInsuredPerson(user.insuredPersonId) : undefined;
  const body: MeResponse = meOf(user, person);
  return { body };
});
