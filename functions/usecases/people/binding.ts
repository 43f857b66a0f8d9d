// 实名绑定 — binds the caller's WeChat account to the insured person the registry confirms for a name and ID number.
// The registry decides who the person is; one transaction decides that neither the user nor the person is bound
// to someone else. Repeating a binding that already holds (a double tap, a retry) answers as the first did.
import { ErrorCode } from '@shared/api/errors';
import type { BindingRequest } from '@shared/api/me';
import { checkInsuredNow } from '@shared/domain/person/insured';
import { maskIdNumber, maskPhone } from '@shared/domain/validation/mask';
import { REGIONS, type Region } from '@shared/domain/vocabulary';
import { type FieldCrypto, fieldCrypto } from '../../adapters/fieldCrypto';
import { queryInsuredPerson, type RegistryPerson } from '../../adapters/registry';
import { type BindOutcome, bindExistingPerson, bindNewPerson, getBinding, type SealedPhone } from '../../data/binding';
import {
  getInsuredPerson,
  getPersonIdByIdNumberIndex,
  type InsuredPerson,
  type RegistrySnapshot,
} from '../../data/insuredPerson';
import { getUser, type User } from '../../data/user';
import {
  type AppError,
  ConflictError,
  RefusalError,
  UnauthenticatedError,
  UnprocessableError,
} from '../../support/errors';
import { ulid } from '../../support/ids';
import { logger } from '../../support/logger';

/** The caller's user record and insured person after binding. */
export type BindingResult = { user: User; person: InsuredPerson };

const ALREADY_BOUND = '您的微信账号已绑定其他参保人，一个微信账号只能绑定一名参保人';
const PERSON_TAKEN = '该参保人已被其他微信账号绑定。如需更换绑定的微信账号，请联系参保地医保经办机构';

/** 可绑定 — only a person insured now, in a region we serve, may be bound; anything else is refused in plain words. */
function refusalFor(person: RegistryPerson): AppError | undefined {
  const insured = checkInsuredNow(person.insuredStatus, 'BIND');
  if (!insured.ok) return new RefusalError(insured);
  if (!(REGIONS as readonly string[]).includes(person.insuredRegion)) {
    return new UnprocessableError(ErrorCode.REGION_NOT_SUPPORTED, '您的参保地暂未开通本服务的线上办理');
  }
  return undefined;
}

/** What the registry said about a person at `now`, as stored on their record (also used for a proxy's principal). */
export function snapshotOf(person: RegistryPerson, now: Date): RegistrySnapshot {
  return {
    name: person.name,
    gender: person.gender,
    insuranceType: person.insuranceType,
    insuredRegion: person.insuredRegion as Region,
    insuredCity: person.insuredCity,
    insuredCityName: person.insuredCityName,
    insuredStatus: person.insuredStatus,
    personCategory: person.personCategory,
    registryCheckedAt: now.toISOString(),
  };
}

async function sealPhone(crypto: FieldCrypto, user: User, phone: string | undefined): Promise<SealedPhone | undefined> {
  if (!phone) return undefined;
  const container = `USER#${user.userId}`;
  if (user.dataKey) {
    const { phone: phoneEnc } = await crypto.sealMore(container, user.dataKey, { phone });
    return { dataKey: user.dataKey, phoneEnc, phoneMasked: maskPhone(phone) };
  }
  const sealed = await crypto.seal(container, { phone });
  return { dataKey: sealed.dataKey, phoneEnc: sealed.values.phone, phoneMasked: maskPhone(phone) };
}

/** The user and person of a binding that already holds, or a refusal when the user is bound to someone else. */
async function existingBinding(user: User, personId: string | undefined): Promise<BindingResult> {
  if (!user.insuredPersonId || user.insuredPersonId !== personId)
    throw new ConflictError(ALREADY_BOUND, ErrorCode.ALREADY_BOUND);
  const person = await getInsuredPerson(user.insuredPersonId);
  if (!person) throw new ConflictError(ALREADY_BOUND, ErrorCode.ALREADY_BOUND);
  return { user, person };
}

/** Binds the caller to the insured person with this name and ID number (validated and normalised). */
export async function bindCaller(userId: string, request: BindingRequest, now: Date): Promise<BindingResult> {
  const crypto = fieldCrypto();
  const user = await getUser(userId);
  if (!user) throw new UnauthenticatedError('登录信息无效，请重新登录');
  const idNumberIndex = await crypto.blindIndex('idNumber', request.idNumber);
  if (user.insuredPersonId) return existingBinding(user, await getPersonIdByIdNumberIndex(idNumberIndex));

  const answer = await queryInsuredPerson({ name: request.name, idNumber: request.idNumber });
  if (!answer.matched) {
    throw new UnprocessableError(
      ErrorCode.IDENTITY_MISMATCH,
      '姓名与身份证号码不一致，或未查询到参保信息。请核对后重新输入（姓名须与身份证上一致）',
    );
  }
  const refusal = refusalFor(answer.person);
  if (refusal) throw refusal;
  const snapshot = snapshotOf(answer.person, now);
  const phone = await sealPhone(crypto, user, request.phone);

  // Two tries: a concurrent binding of the same person may create its record between our read and our write.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const knownId = await getPersonIdByIdNumberIndex(idNumberIndex);
    const personId = knownId ?? ulid(now.getTime());
    const binding = { personId, userId, boundAt: now.toISOString() };
    let person: InsuredPerson;
    let outcome: BindOutcome;
    if (knownId) {
      const stored = await getInsuredPerson(knownId);
      if (!stored) throw new ConflictError('参保人信息正在更新，请稍后重试');
      person = { ...stored, ...snapshot };
      outcome = await bindExistingPerson(snapshot, binding, phone);
    } else {
      const sealed = await crypto.seal(`PERSON#${personId}`, { idNumber: request.idNumber });
      person = {
        ...snapshot,
        personId,
        dataKey: sealed.dataKey,
        idNumberEnc: sealed.values.idNumber,
        idNumberMasked: maskIdNumber(request.idNumber),
        idNumberIndex,
        createdAt: now.toISOString(),
      };
      outcome = await bindNewPerson(person, binding, phone);
    }
    if (outcome.ok) {
      logger.info('user bound', { userId, personId, region: snapshot.insuredRegion });
      return { user: { ...user, insuredPersonId: personId, boundAt: binding.boundAt, ...phone }, person };
    }
    if (outcome.reason === 'PERSON_ALREADY_BOUND') {
      // Our own earlier request may have won (double tap): then this one succeeded too.
      const holder = await getBinding(personId);
      if (holder?.userId !== userId) throw new ConflictError(PERSON_TAKEN, ErrorCode.PERSON_ALREADY_BOUND);
      const fresh = await getUser(userId);
      if (fresh) return existingBinding(fresh, personId);
    }
    if (outcome.reason === 'USER_ALREADY_BOUND') {
      const fresh = await getUser(userId);
      if (!fresh) throw new UnauthenticatedError('登录信息无效，请重新登录');
      return existingBinding(fresh, personId);
    }
  }
  throw new ConflictError('绑定请求冲突，请稍后重试');
}
