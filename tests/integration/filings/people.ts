// Test people for the filing and message suites: a real WeChat login through the stand-in (so the API sees a real
// user and session), then a real-name binding written through the data layer to a fresh insured person shaped like
// one of the demo persons (same region, insured city, name). The registry stand-in and the demo persons' own
// bindings are left to the binding suite, which counts the registry's requests and injects faults into it.
import { randomBytes, randomInt } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { idCheckCharacter } from '@shared/domain/validation/identity';
import { maskIdNumber } from '@shared/domain/validation/mask';
import type { Region } from '@shared/domain/vocabulary';
import { documents } from '../../../functions/adapters/dynamodb';
import { fieldCrypto } from '../../../functions/adapters/fieldCrypto';
import { s3 } from '../../../functions/adapters/s3';
import { config } from '../../../functions/config';
import { bindNewPerson } from '../../../functions/data/binding';
import { ProxyAuthorisationEntity } from '../../../functions/data/proxyAuthorisation';
import { table } from '../../../functions/data/table';
import { createUpload } from '../../../functions/data/upload';
import { ulid } from '../../../functions/lib/ids';
import { checkedKey } from '../../../functions/lib/uploads';
import { login, newUserCode } from '../../support/api';
import { testStack } from '../../support/stack';

/** The data layer in this process talks to the test stack's table and bucket, as the functions do. */
export function useStackEnvironment(): void {
  Object.assign(process.env, testStack().functionEnv);
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

/** A logged-in, bound applicant: their access token, user id and insured person id. */
export type Applicant = { token: string; userId: string; personId: string };

/** A fresh, valid-in-form ID number in the profile's insured city (random sequence digits, GB 11643 check digit). */
function idNumberFor(profile: Profile): string {
  const first17 = `${profile.city.slice(0, 4)}02${profile.birth}${String(randomInt(0, 1000)).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

/** Logs in a new WeChat user and binds them to a new insured person of `profile`. */
export async function applicant(profile: Profile): Promise<Applicant> {
  const session = await login(newUserCode('filer'));
  table();
  const now = new Date();
  const personId = ulid(now.getTime());
  const idNumber = idNumberFor(profile);
  const crypto = fieldCrypto();
  const sealed = await crypto.seal(`PERSON#${personId}`, { idNumber });
  const outcome = await bindNewPerson(
    {
      personId,
      name: profile.name,
      dataKey: sealed.dataKey,
      idNumberEnc: sealed.values.idNumber,
      idNumberMasked: maskIdNumber(idNumber),
      idNumberIndex: await crypto.blindIndex('idNumber', `${idNumber}-${randomBytes(4).toString('hex')}`),
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

/**
 * A signed 个人承诺书 for the applicant's person. Written as a raw item with the attributes the filing routes read
 * (letter, region, the person, the submitter), keyed as functions/data/signature.ts keys it: the signing route
 * (uploads, signatures, proxies part) is being built alongside, and a signature's full content is its business.
 */
export async function signCommitment(person: Applicant, region: Region): Promise<string> {
  const signatureId = ulid();
  await documents().send(
    new PutCommand({
      TableName: config().tableName,
      Item: {
        pk: `SIGNATURE#${signatureId}`,
        sk: 'SIGNATURE',
        entity: 'signature',
        entityVersion: '1',
        signatureId,
        letter: 'PERSONAL_COMMITMENT',
        region,
        title: '个人承诺书',
        insuredPersonId: person.personId,
        submitterUserId: person.userId,
        signedAt: new Date().toISOString(),
      },
    }),
  );
  return signatureId;
}

/** A confirmed FILING_PROOF upload of the user (a small PDF, its checked copy in checked/), as the upload routes leave it. */
export async function confirmedProof(owner: Applicant): Promise<string> {
  table();
  const fileId = ulid();
  const s3Key = checkedKey(owner.userId, fileId, ulid());
  const body = Buffer.from('%PDF-1.4\n% test proof\nstartxref\n0\n%%EOF\n');
  await s3().send(
    new PutObjectCommand({ Bucket: config().bucketName, Key: s3Key, Body: body, ContentType: 'application/pdf' }),
  );
  const now = new Date();
  await createUpload({
    fileId,
    ownerUserId: owner.userId,
    purpose: 'FILING_PROOF',
    declaredContentType: 'application/pdf',
    declaredSize: body.length,
    contentType: 'application/pdf',
    size: body.length,
    state: 'CONFIRMED',
    s3Key,
    createdAt: now.toISOString(),
    confirmedAt: now.toISOString(),
    expiresAt: Math.floor(now.getTime() / 1000) + 3600,
  });
  return fileId;
}
