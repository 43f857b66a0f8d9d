// 备案选项 — what the filing wizard shows for one person: their region's filing rules in plain words
// (shared/domain/filing/explanations.ts › filingOptions), for a person the caller may act for.
import type { FilingOptionsResponse } from '@shared/api/filings';
import { filingOptions } from '@shared/domain/filing/explanations';
import { maskName } from '@shared/domain/validation/mask';
import { policyFor } from '@shared/policy';
import type { BoundCaller } from '../access/auth';
import { requireActingFor } from '../people/actingFor';
import { filingPerson } from './filings';

/** The wizard's options for `personId`: 404 (as for filing) when the caller may not act for them. */
export async function filingOptionsFor(caller: BoundCaller, personId: string): Promise<FilingOptionsResponse> {
  await requireActingFor(caller, personId);
  const person = await filingPerson(personId);
  const policy = policyFor(person.insuredRegion);
  const options = filingOptions(policy);
  return {
    person: {
      personId: person.personId,
      nameMasked: maskName(person.name),
      region: person.insuredRegion,
      regionName: policy.name,
      insuredCityName: person.insuredCityName,
    },
    types: options.types.map((t) => ({ ...t, proofs: t.proofs.map((p) => ({ ...p })) })),
    approval: { ...options.approval },
    commitmentLock: { ...options.commitmentLock },
    destination: { ...options.destination },
  };
}
