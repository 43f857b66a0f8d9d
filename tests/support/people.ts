// Test people for every integration suite, in one place. A person is a real WeChat login through the stand-in (so
// the API sees a real user and session) and, where bound, a real-name binding written through the data layer to a
// fresh insured person — the registry stand-in and the demo persons' own bindings belong to the binding suite,
// which counts the registry's requests and injects faults into it. Three shapes of person:
// - `demoShapedApplicant`: shaped like a demo person — the same name and the blind index of the same ID number, so
//   the e-invoice stand-in's demo vouchers are "theirs" — with no ID-number index item, so several may coexist;
// - `newApplicant`: a new person with a fresh valid ID number (its blind index true or made unique);
// - `unboundUser`: logged in, bound to nobody.
import { randomBytes, randomInt } from 'node:crypto';
import type { AuthSession } from '@shared/api/auth';
import { BindingResponseSchema } from '@shared/api/me';
import { idCheckCharacter } from '@shared/domain/validation/identity';
import { maskIdNumber } from '@shared/domain/validation/mask';
import type { Region } from '@shared/domain/vocabulary';
import { fieldCrypto } from '../../functions/adapters/fieldCrypto';
import { bindExistingPerson, bindNewPerson } from '../../functions/data/binding';
import { InsuredPersonEntity } from '../../functions/data/insuredPerson';
import { ProxyAuthorisationEntity } from '../../functions/data/proxyAuthorisation';
import { table } from '../../functions/data/table';
import { ulid } from '../../functions/support/ids';
import { type DemoPerson, demoPersons, type PersonKey } from '../../local/seed/demo';
import { call, login, newUserCode } from './api';
import { testStack } from './stack';

/** The data layer in this process talks to the test stack's table and bucket, as the functions do. */
export function useStackEnvironment(): void {
  Object.assign(process.env, testStack().functionEnv);
}

/** A logged-in, bound applicant: their access token, user id and insured person id. */
export type Applicant = { token: string; userId: string; personId: string };

/** A logged-in WeChat user bound to no insured person (`demo-<label>-…`, a brand-new user each time). */
export function unboundUser(label = 'unbound'): Promise<AuthSession> {
  return login(newUserCode(label));
}

/** Where a test person is insured: a demo person's region, insured city and name. */
export type Profile = { region: Region; city: string; cityName: string; name: string; birth: string };

/** Profiles after the demo persons (local/seed/demo.ts), plus a Shandong person who is insured (the demo one is not). */
export const PROFILES = {
  shanxiRetiree: { region: 'SHANXI', city: '140100', cityName: '太原市', name: '王秀兰', birth: '19550312' },
  shanxiProxy: { region: 'SHANXI', city: '140100', cityName: '太原市', name: '李晓燕', birth: '19820719' },
  jiangsuStudent: { region: 'JIANGSU', city: '320100', cityName: '南京市', name: '张晨阳', birth: '20050908' },
  liaoningWorker: { region: 'LIAONING', city: '210100', cityName: '沈阳市', name: '陈静', birth: '19920615' },
  shandongRetiree: { region: 'SHANDONG', city: '370100', cityName: '济南市', name: '赵建华', birth: '19600105' },
} as const satisfies Record<string, Profile>;

/**
 * A fresh, valid-in-form ID number: a 6-digit area code, the birth date, a random sequence in [`from`, 999] and the
 * GB 11643 check character.
 */
export function idNumberFor(area: string, birth: string, from = 0): string {
  const first17 = `${area}${birth}${String(randomInt(from, 1000)).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

/** How a new person's blind index is made: of the true ID number, or made unique (no clash with any other). */
export type BlindIndex = 'TRUE' | 'UNIQUE';

/** The sealed identity of a new person: data key, encrypted and masked ID number, blind index. */
async function sealedIdentity(personId: string, idNumber: string, index: BlindIndex) {
  const crypto = fieldCrypto();
  const sealed = await crypto.seal(`PERSON#${personId}`, { idNumber });
  const indexed = index === 'TRUE' ? idNumber : `${idNumber}-${randomBytes(4).toString('hex')}`;
  return {
    dataKey: sealed.dataKey,
    idNumberEnc: sealed.values.idNumber,
    idNumberMasked: maskIdNumber(idNumber),
    idNumberIndex: await crypto.blindIndex('idNumber', indexed),
  };
}

/**
 * Logs in a new WeChat user (`label`) and binds them to a new insured, retired employee-insurance person of
 * `profile` with ID number `idNumber` (its blind index as `index` says).
 */
export async function newApplicant(
  profile: Profile,
  idNumber: string,
  options: { label: string; index: BlindIndex },
): Promise<Applicant> {
  const session = await login(newUserCode(options.label));
  table();
  const now = new Date();
  const personId = ulid(now.getTime());
  const outcome = await bindNewPerson(
    {
      personId,
      name: profile.name,
      ...(await sealedIdentity(personId, idNumber, options.index)),
      gender: 'F',
      insuranceType: 'EMPLOYEE',
      insuredRegion: profile.region,
      insuredCity: profile.city,
      insuredCityName: profile.cityName,
      insuredStatus: 'INSURED',
      personCategory: 'RETIRED',
      registryCheckedAt: now.toISOString(),
      createdAt: now.toISOString(),
    },
    { personId, userId: session.userId, boundAt: now.toISOString() },
    undefined,
  );
  if (!outcome.ok) throw new Error(`test binding failed: ${outcome.reason}`);
  return { token: session.accessToken, userId: session.userId, personId };
}

/** A new WeChat user bound to a new insured person of `profile` (a fresh ID number of its city, a unique index). */
export function profileApplicant(profile: Profile): Promise<Applicant> {
  return newApplicant(profile, idNumberFor(`${profile.city.slice(0, 4)}02`, profile.birth), {
    label: 'filer',
    index: 'UNIQUE',
  });
}

/**
 * A new WeChat user bound to a new insured person shaped like demo person `key`: its name, insurance and region,
 * and the blind index of its ID number (no ID-number index item: several such persons may exist side by side).
 */
export async function demoShapedApplicant(key: PersonKey): Promise<Applicant> {
  const demo = demoPersons[key];
  const session = await login(newUserCode(`claim-${key}`));
  table();
  const now = new Date();
  const personId = ulid(now.getTime());
  const snapshot = {
    name: demo.name,
    gender: demo.gender,
    insuranceType: demo.insuranceType,
    insuredRegion: demo.insuredRegion,
    insuredCity: demo.insuredCity.code,
    insuredCityName: demo.insuredCity.name,
    insuredStatus: demo.status,
    personCategory: demo.category,
    registryCheckedAt: now.toISOString(),
  };
  await InsuredPersonEntity.create({
    ...snapshot,
    personId,
    ...(await sealedIdentity(personId, demo.idNumber, 'TRUE')),
    createdAt: now.toISOString(),
  }).go();
  const outcome = await bindExistingPerson(
    snapshot,
    { personId, userId: session.userId, boundAt: now.toISOString() },
    undefined,
  );
  if (!outcome.ok) throw new Error(`test binding failed: ${outcome.reason}`);
  return { token: session.accessToken, userId: session.userId, personId };
}

/** A bound user with who they are: token, user id, insured person id, name, ID number and phone. */
export type Signer = Applicant & { person: Pick<DemoPerson, 'name' | 'idNumber' | 'phone'> };

/**
 * A demo person logged in with their own demo code (`demo-<key>`) and bound through the real route with their demo
 * name, ID number and phone (binding again answers as the first: same user, person and phone).
 */
export async function demoBoundUser(key: PersonKey): Promise<Signer> {
  const person = demoPersons[key];
  const session = await login(`demo-${key}`);
  const answer = await call('POST', '/v1/me/binding', {
    token: session.accessToken,
    body: { name: person.name, idNumber: person.idNumber, phone: person.phone },
  });
  if (answer.status !== 200) throw new Error(`binding demo-${key} failed: ${answer.status} ${answer.text}`);
  const bound = BindingResponseSchema.parse(answer.body);
  return { token: bound.accessToken, userId: session.userId, personId: bound.me.insuredPerson?.personId ?? '', person };
}

/** Records that `proxy` may act for `principal` (an active 代办授权), as the proxies routes would after a 委托书. */
export async function authoriseProxy(principal: Applicant, proxy: Applicant): Promise<void> {
  table();
  await ProxyAuthorisationEntity.create({
    personId: principal.personId,
    proxyUserId: proxy.userId,
    grantId: ulid(),
    proxyPersonId: proxy.personId,
    relationship: 'CHILD',
    dataKey: 'test-only',
    phoneEnc: 'test-only',
    phoneMasked: '139****0001',
    evidenceKind: 'UPLOAD',
    evidenceId: ulid(),
    status: 'ACTIVE',
    grantedAt: new Date().toISOString(),
  }).go();
}
