import type { ActingForPerson, MyPersonsResponse } from '@shared/api/me';
import { maskName } from '@shared/domain/validation/mask';
import { getInsuredPerson, type InsuredPerson } from '../data/insuredPerson';
import { listActiveGrantsByProxy } from '../data/proxyAuthorisation';
import { httpHandler } from '../http/http';
import { authenticateBound } from '../usecases/access/auth';

const actingFor = (person: InsuredPerson, relation: ActingForPerson['relation']): ActingForPerson => ({
  personId: person.personId,
  nameMasked: maskName(person.name),
  idNumberMasked: person.idNumberMasked,
  relation,
});

/** GET /v1/me/persons — whom a bound caller may act for: themselves, then every person who authorised them (代办). */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const [self, active] = await Promise.all([
    getInsuredPerson(caller.insuredPersonId),
    listActiveGrantsByProxy(caller.userId),
  ]);
  const principals = await Promise.all(active.map((grant) => getInsuredPerson(grant.personId)));
  const body: MyPersonsResponse = {
    persons: [
      ...(self ? [actingFor(self, 'self')] : []),
      ...principals.flatMap((person) => (person ? [actingFor(person, 'proxy')] : [])),
    ],
  };
  return { body };
});
