import type { ProxyListResponse } from '@shared/api/proxies';
import { getInsuredPerson } from '../data/insuredPerson';
import { listActiveGrantsByProxy } from '../data/proxyAuthorisation';
import { httpHandler } from '../http/http';
import { authenticateBound } from '../usecases/access/auth';
import { proxyPersonOf } from '../usecases/people/proxies';

/** GET /v1/proxies — the insured persons the caller acts for now (active authorisations), masked. */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const grants = await listActiveGrantsByProxy(caller.userId);
  const persons = await Promise.all(grants.map((grant) => getInsuredPerson(grant.personId)));
  const body: ProxyListResponse = {
    persons: grants.flatMap((grant, i) => {
      const person = persons[i];
      return person ? [proxyPersonOf(grant, person)] : [];
    }),
  };
  return { body };
});
