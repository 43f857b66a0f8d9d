import type { MeResponse } from '@shared/api/me';
import { getInsuredPerson } from '../data/insuredPerson';
import { getUser } from '../data/user';
import { authenticate } from '../lib/auth';
import { UnauthenticatedError } from '../lib/errors';
import { httpHandler } from '../lib/http';
import { meOf } from '../lib/present';

/** GET /v1/me — who the caller is: binding state and, when bound, the insured person (masked). */
export const handler = httpHandler(async (event) => {
  const caller = await authenticate(event);
  const user = await getUser(caller.userId);
  if (!user) throw new UnauthenticatedError('登录信息无效，请重新登录');
  const person = user.insuredPersonId ? await getInsuredPerson(user.insuredPersonId) : undefined;
  const body: MeResponse = meOf(user, person);
  return { body };
});
