// 代办 — a bound user adds an insured person they act for (SPEC §1, `000 流程一`): the registry confirms the person,
// the 委托书 is a POWER_OF_ATTORNEY letter they signed on screen naming the caller as agent, or a confirmed photo of
// the paper one; the person is found or created and the authorisation granted in one transaction.
import { ErrorCode } from '@shared/api/errors';
import { type AddProxyRequest, type PrincipalProxy, type ProxyPerson, RELATIONSHIP } from '@shared/api/proxies';
import { isGrantActive } from '@shared/domain/person/proxy';
import { maskIdNumber, maskName, maskPhone } from '@shared/domain/validation/mask';
import { INSURANCE_TYPE, REGION } from '@shared/domain/vocabulary';
import { fieldCrypto } from '../../adapters/fieldCrypto';
import { getInsuredPerson, type InsuredPerson, personContainer } from '../../data/insuredPerson';
import {
  type GrantOutcome,
  grantProxyAuthorisation,
  listProxiesByInsuredPerson,
  type ProxyAuthorisation,
  proxyContainer,
  withdrawGrant,
} from '../../data/proxyAuthorisation';
import { getSignature } from '../../data/signature';
import { getConfirmedUpload } from '../../data/upload';
import { AppError, ConflictError, UnprocessableError } from '../../support/errors';
import { ulid } from '../../support/ids';
import { logger } from '../../support/logger';
import type { BoundCaller } from '../access/auth';
import { attachUploads } from '../documents/uploads';
import { snapshotOf } from './binding';
import { confirmPrincipal, type Principal } from './principal';

const invalidEvidence = (field: 'signatureId' | 'fileId', message: string) =>
  new AppError(ErrorCode.POWER_OF_ATTORNEY_INVALID, message, {
    fields: { [`powerOfAttorney.${field}`]: message },
  });

/** The 委托书 of this request, checked: what kind it is and its id. */
async function checkedEvidence(
  caller: BoundCaller,
  request: AddProxyRequest,
  principal: Principal,
): Promise<{ kind: 'SIGNATURE' | 'UPLOAD'; id: string }> {
  const { signatureId, fileId } = request.powerOfAttorney;
  if (signatureId) {
    const signature = await getSignature(signatureId);
    const valid =
      signature?.letter === 'POWER_OF_ATTORNEY' &&
      signature.submitterUserId === caller.userId &&
      signature.agentUserId === caller.userId &&
      signature.subjectIdNumberIndex === principal.idNumberIndex;
    if (!valid) throw invalidEvidence('signatureId', '委托书须由该参保人（或其近亲属代签）签署，并写明受托人为您本人');
    return { kind: 'SIGNATURE', id: signatureId };
  }
  const upload = fileId ? await getConfirmedUpload(fileId, caller.userId) : null;
  if (upload?.purpose !== 'POWER_OF_ATTORNEY') {
    throw invalidEvidence('fileId', '委托书照片未上传完成、已过期或不是委托书，请重新上传');
  }
  return { kind: 'UPLOAD', id: upload.fileId };
}

/** The insured person's record to write: created when first seen (ID number encrypted), else refreshed. */
async function personWrite(principal: Principal, idNumber: string, now: Date) {
  const snapshot = snapshotOf(principal.registry, now);
  if (principal.known) {
    const person: InsuredPerson = { ...principal.known, ...snapshot };
    return { personId: person.personId, person, write: { refreshed: snapshot } };
  }
  const personId = ulid(now.getTime());
  const sealed = await fieldCrypto().seal(personContainer(personId), { idNumber });
  const created: InsuredPerson = {
    ...snapshot,
    personId,
    dataKey: sealed.dataKey,
    idNumberEnc: sealed.values.idNumber,
    idNumberMasked: maskIdNumber(idNumber),
    idNumberIndex: principal.idNumberIndex,
    createdAt: now.toISOString(),
  };
  return { personId, person: created, write: { created } };
}

/** 添加代办 — grants the caller an authorisation to act for the person of the request. */
export async function addProxy(caller: BoundCaller, request: AddProxyRequest, now: Date): Promise<ProxyPerson> {
  let principal = await confirmPrincipal(request.name, request.idNumber);
  const self = await getInsuredPerson(caller.insuredPersonId);
  if (self?.idNumberIndex === principal.idNumberIndex) {
    throw new UnprocessableError(ErrorCode.PROXY_FOR_SELF, '不能为自己添加代办：本人业务请直接办理');
  }
  const evidence = await checkedEvidence(caller, request, principal);

  // Two tries: a concurrent first sighting of the same person may create their record between our read and write.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const { personId, person, write } = await personWrite(principal, request.idNumber, now);
    const sealed = await fieldCrypto().seal(proxyContainer(personId, caller.userId), { phone: request.phone });
    const grant: ProxyAuthorisation = {
      personId,
      proxyUserId: caller.userId,
      grantId: ulid(now.getTime()),
      proxyPersonId: caller.insuredPersonId,
      relationship: request.relationship,
      dataKey: sealed.dataKey,
      phoneEnc: sealed.values.phone,
      phoneMasked: maskPhone(request.phone),
      evidenceKind: evidence.kind,
      evidenceId: evidence.id,
      status: 'ACTIVE',
      grantedAt: now.toISOString(),
    };
    const outcome: GrantOutcome = await grantProxyAuthorisation(grant, write);
    if (outcome.ok) {
      await attachEvidence(caller, grant);
      logger.info('proxy authorised', { personId, proxyUserId: caller.userId, evidence: evidence.kind });
      return proxyPersonOf(grant, person);
    }
    if (outcome.reason === 'ALREADY_ACTIVE') {
      throw new ConflictError('您已是该参保人的代办人，无需重复添加', ErrorCode.PROXY_ALREADY_AUTHORISED);
    }
    if (outcome.reason !== 'ID_NUMBER_TAKEN') break;
    principal = await confirmPrincipal(request.name, request.idNumber);
  }
  throw new ConflictError('添加代办的请求冲突，请稍后重试', ErrorCode.CONFLICT);
}

/** Moves an uploaded 委托书 under the grant; if it cannot be, the grant is taken back (never a grant without it). */
async function attachEvidence(caller: BoundCaller, grant: ProxyAuthorisation): Promise<void> {
  if (grant.evidenceKind !== 'UPLOAD') return;
  try {
    await attachUploads(
      [grant.evidenceId],
      caller.userId,
      { kind: 'proxy', id: grant.grantId, item: 'POWER_OF_ATTORNEY' },
      { purposes: ['POWER_OF_ATTORNEY'] },
    );
  } catch (error) {
    await withdrawGrant(grant.personId, grant.proxyUserId, grant.grantId);
    throw error;
  }
}

/** A person the caller acts for, as the caller sees them: masked. */
export function proxyPersonOf(grant: ProxyAuthorisation, person: InsuredPerson): ProxyPerson {
  return {
    personId: person.personId,
    nameMasked: maskName(person.name),
    idNumberMasked: person.idNumberMasked,
    relationship: grant.relationship,
    relationshipName: RELATIONSHIP[grant.relationship],
    phoneMasked: grant.phoneMasked,
    regionName: REGION[person.insuredRegion].name,
    insuredCityName: person.insuredCityName,
    insuranceTypeName: INSURANCE_TYPE[person.insuranceType],
    powerOfAttorney: { kind: grant.evidenceKind, id: grant.evidenceId },
    grantedAt: grant.grantedAt,
  };
}

/**
 * 我的代办人 — who acts for the person now (their active authorisations), as the person sees them: each proxy's
 * own name masked, how they are related, the 委托书 and since when.
 */
export async function proxiesOfPrincipal(personId: string): Promise<PrincipalProxy[]> {
  const grants = (await listProxiesByInsuredPerson(personId)).filter(isGrantActive);
  const proxies = await Promise.all(grants.map((grant) => getInsuredPerson(grant.proxyPersonId)));
  return grants.map((grant, i) => {
    const proxy = proxies[i];
    return {
      proxyUserId: grant.proxyUserId,
      nameMasked: proxy ? maskName(proxy.name) : '*',
      relationship: grant.relationship,
      relationshipName: RELATIONSHIP[grant.relationship],
      powerOfAttorney: { kind: grant.evidenceKind, id: grant.evidenceId },
      grantedAt: grant.grantedAt,
    };
  });
}
