import type { FilingListResponse } from '@shared/api/filings';
import { listFilingsByInsuredPerson, listFilingsBySubmitter, type StoredFiling } from '../data/filing';
import { getInsuredPerson, type InsuredPerson } from '../data/insuredPerson';
import { httpHandler } from '../http/http';
import { filingView } from '../http/presentFiling';
import { authenticateBound } from '../usecases/access/auth';

/** GET /v1/filings — the caller's filings: their own (as insured person) and those they submitted, newest first. */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const [own, submitted] = await Promise.all([
    listFilingsByInsuredPerson(caller.insuredPersonId),
    listFilingsBySubmitter(caller.userId),
  ]);
  const byId = new Map<string, StoredFiling>();
  for (const filing of [...own, ...submitted]) byId.set(filing.filingId, filing);
  // Ids are ULIDs: sorting them sorts by creation time.
  const filings = [...byId.values()].sort((a, b) => (a.filingId < b.filingId ? 1 : -1));
  const personIds = [...new Set(filings.map((f) => f.personId))];
  const persons = new Map<string, InsuredPerson>();
  for (const person of await Promise.all(personIds.map(getInsuredPerson))) {
    if (person) persons.set(person.personId, person);
  }
  const body: FilingListResponse = {
    filings: filings.flatMap((f) => {
      const person = persons.get(f.personId);
      return person ? [filingView(f, person, caller.userId)] : [];
    }),
  };
  return { body };
});
