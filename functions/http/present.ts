// How stored users and insured persons appear in API answers: masked wherever the whole value is not needed (SPEC §6).
import type { BoundPerson, MeResponse } from '@shared/api/me';
import { maskName } from '@shared/domain/validation/mask';
import { INSURANCE_TYPE, REGION, type Region } from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';
import type { InsuredPerson } from '../data/insuredPerson';
import type { User } from '../data/user';

/** The person's fields shown on "me": masked name and ID number, insurance, region, agency. */
export function boundPersonOf(person: InsuredPerson, boundAt: string): BoundPerson {
  const region: Region = person.insuredRegion;
  return {
    personId: person.personId,
    nameMasked: maskName(person.name),
    idNumberMasked: person.idNumberMasked,
    gender: person.gender,
    insuranceType: person.insuranceType,
    insuranceTypeName: INSURANCE_TYPE[person.insuranceType],
    region,
    regionName: REGION[region].name,
    insuredCity: person.insuredCity,
    insuredCityName: person.insuredCityName,
    agencyName: policyFor(region).agencyName,
    boundAt,
  };
}

/** `GET /v1/me`'s answer for a user and, when bound, their insured person. */
export function meOf(user: User, person: InsuredPerson | undefined): MeResponse {
  const bound = user.insuredPersonId !== undefined && person !== undefined;
  return {
    userId: user.userId,
    bound,
    phoneMasked: user.phoneMasked ?? null,
    insuredPerson: bound && person ? boundPersonOf(person, user.boundAt ?? person.createdAt) : null,
  };
}
