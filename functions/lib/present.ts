// How stored users and insured persons appear in API answers: masked wherever the whole value is not needed (SPEC §6).
import type { BoundPerson, MeResponse } from '@shared/api/me';
import { INSURANCE_TYPE, REGION, type Region } from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';
import type { InsuredPerson } from '../data/insuredPerson';
import type { User } from '../data/user';

/**
 * 姓名脱敏 — 王秀兰 → 王*兰, 李伟 → 李*, 阿依古丽·买买提 → 阿******提. Belongs beside maskIdNumber in
 * shared/domain/validation/mask.ts, which has none yet: move it there (and import it) when the domain adds one.
 */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

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
