// 被代办的参保人 — the insured person a proxy acts for, named by name and ID number: checked against the registry
// (the registry decides who a person is), and matched with our record of them by the blind index of the number.
import { ErrorCode } from '@shared/api/errors';
import { checkInsuredNow } from '@shared/domain/person/insured';
import { REGIONS, type Region } from '@shared/domain/vocabulary';
import { fieldCrypto } from '../../adapters/fieldCrypto';
import { queryInsuredPerson, type RegistryPerson } from '../../adapters/registry';
import { getInsuredPerson, getPersonIdByIdNumberIndex, type InsuredPerson } from '../../data/insuredPerson';
import { RefusalError, UnprocessableError } from '../../support/errors';

/** A person the registry confirmed, with our record of them when there is one. */
export type Principal = {
  registry: RegistryPerson;
  region: Region;
  idNumberIndex: string;
  known: InsuredPerson | undefined;
};

/** Refusals of a person someone else names (a proxy, a letter): worded about "the insured person", not "you". */
function refusalFor(person: RegistryPerson): RefusalError | undefined {
  const insured = checkInsuredNow(person.insuredStatus, 'PRINCIPAL');
  return insured.ok ? undefined : new RefusalError(insured);
}

/**
 * Confirms a person by name and ID number (validated, normalised) with the registry: 422 IDENTITY_MISMATCH when it
 * does not, and refusals for a suspended or terminated insurance or a region we do not serve.
 */
export async function confirmPrincipal(name: string, idNumber: string): Promise<Principal> {
  const answer = await queryInsuredPerson({ name, idNumber });
  if (!answer.matched) {
    throw new UnprocessableError(
      ErrorCode.IDENTITY_MISMATCH,
      '参保人姓名与身份证号码不一致，或未查询到参保信息。请核对后重新输入（姓名须与身份证上一致）',
    );
  }
  const refusal = refusalFor(answer.person);
  if (refusal) throw refusal;
  const region = answer.person.insuredRegion;
  if (!(REGIONS as readonly string[]).includes(region)) {
    throw new UnprocessableError(ErrorCode.REGION_NOT_SUPPORTED, '该参保人的参保地暂未开通本服务的线上办理');
  }
  const idNumberIndex = await fieldCrypto().blindIndex('idNumber', idNumber);
  const personId = await getPersonIdByIdNumberIndex(idNumberIndex);
  const known = personId ? await getInsuredPerson(personId) : undefined;
  return { registry: answer.person, region: region as Region, idNumberIndex, known };
}
