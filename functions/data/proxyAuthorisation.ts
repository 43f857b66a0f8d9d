// 代办授权 — a bound user (the proxy, 代办人) may act for an insured person because that person authorised them with
// a power of attorney (委托书): signed on screen (a signature record) or photographed on paper (an upload). One item
// per (person, proxy user), found from both sides: the person's proxies (pk) and a proxy's principals (gsi2).
// Granting is a conditional write (absent, or revoked before); revoking sets `status`, the record stays as evidence.
import { PROXY_RELATIONSHIPS } from '@shared/api/proxies';
import { isGrantActive, type ProxyStatus } from '@shared/domain/person/proxy';
import { createWriteTransaction, Entity, type EntityItem } from 'electrodb';
import { IdNumberIndexEntity, type InsuredPerson, InsuredPersonEntity, type RegistrySnapshot } from './insuredPerson';
import { declareEntity, ENTITY_OPTIONS, failedConditions, isConditionFailure, SERVICE, table } from './table';

export const PROXY_STATUSES = ['ACTIVE', 'REVOKED'] as const satisfies readonly ProxyStatus[];

export const ProxyAuthorisationEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'proxyAuthorisation', version: '1', service: SERVICE },
      attributes: {
        personId: { type: 'string', required: true, readOnly: true },
        proxyUserId: { type: 'string', required: true, readOnly: true },
        /** This grant (a new id at each grant after a revocation): the folder of its uploaded 委托书. */
        grantId: { type: 'string', required: true },
        /** The proxy's own insured person (their real-name identity), recorded on every case they submit. */
        proxyPersonId: { type: 'string', required: true },
        /** How the proxy is related to the insured person. */
        relationship: { type: PROXY_RELATIONSHIPS, required: true },
        /** The insured person's contact phone as the proxy gave it, under the item's own data key. */
        dataKey: { type: 'string', required: true },
        phoneEnc: { type: 'string', required: true },
        phoneMasked: { type: 'string', required: true },
        /** The 委托书: a POWER_OF_ATTORNEY signature, or an uploaded photo of the paper one. */
        evidenceKind: { type: ['SIGNATURE', 'UPLOAD'] as const, required: true },
        evidenceId: { type: 'string', required: true },
        status: { type: PROXY_STATUSES, required: true },
        grantedAt: { type: 'string', required: true },
        revokedAt: { type: 'string' },
        /** Who revoked: the proxy themselves, or the insured person's own bound user. */
        revokedBy: { type: 'string' },
      },
      indexes: {
        byPerson: {
          pk: { field: 'pk', composite: ['personId'], template: 'PERSON#${personId}', casing: 'none' },
          sk: { field: 'sk', composite: ['proxyUserId'], template: 'PROXY#${proxyUserId}', casing: 'none' },
        },
        byProxy: {
          index: 'gsi2',
          pk: { field: 'gsi2pk', composite: ['proxyUserId'], template: 'USER#${proxyUserId}', casing: 'none' },
          sk: { field: 'gsi2sk', composite: ['personId'], template: 'PROXYFOR#${personId}', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** A proxy authorisation as stored. */
export type ProxyAuthorisation = EntityItem<typeof ProxyAuthorisationEntity>;

/** The field-encryption container of an authorisation (the proxy's phone): `PROXY#<personId>#<proxyUserId>`. */
export function proxyContainer(personId: string, proxyUserId: string): string {
  return `PROXY#${personId}#${proxyUserId}`;
}

/** Why a grant did not commit. */
export type GrantRefusal = 'ALREADY_ACTIVE' | 'ID_NUMBER_TAKEN' | 'CONFLICT';
export type GrantOutcome = { ok: true } | { ok: false; reason: GrantRefusal };

const entities = { index: IdNumberIndexEntity, person: InsuredPersonEntity, grant: ProxyAuthorisationEntity };

/** GetItem PERSON#<personId>/PROXY#<proxyUserId> — the authorisation, active or revoked, if any. */
export async function getProxyAuthorisation(
  personId: string,
  proxyUserId: string,
): Promise<ProxyAuthorisation | undefined> {
  table();
  const { data } = await ProxyAuthorisationEntity.get({ personId, proxyUserId }).go();
  return data ?? undefined;
}

/** Query pk PERSON#<personId>, begins_with(sk, 'PROXY#') — every proxy of a person (active and revoked). */
export async function listProxiesByInsuredPerson(personId: string): Promise<ProxyAuthorisation[]> {
  table();
  const { data } = await ProxyAuthorisationEntity.query.byPerson({ personId }).go({ pages: 'all' });
  return data;
}

/** Query gsi2 USER#<proxyUserId>, begins_with(gsi2sk, 'PROXYFOR#') — every person a user acts or acted for. */
export async function listInsuredPersonsByProxy(proxyUserId: string): Promise<ProxyAuthorisation[]> {
  table();
  const { data } = await ProxyAuthorisationEntity.query.byProxy({ proxyUserId }).go({ pages: 'all' });
  return data;
}

/** `listInsuredPersonsByProxy`, only the authorisations in force (the domain's `isGrantActive`): whom they act for now. */
export async function listActiveGrantsByProxy(proxyUserId: string): Promise<ProxyAuthorisation[]> {
  return (await listInsuredPersonsByProxy(proxyUserId)).filter(isGrantActive);
}

/**
 * TransactWriteItems — grants an authorisation (only if none is active: absent or revoked before) together with
 * the insured person: created with its ID-number index when first seen (each only if absent), else refreshed
 * with what the registry just said (must exist).
 */
export async function grantProxyAuthorisation(
  grant: ProxyAuthorisation,
  person: { created: InsuredPerson } | { refreshed: RegistrySnapshot },
): Promise<GrantOutcome> {
  table();
  const { canceled, data } =
    'refreshed' in person
      ? await createWriteTransaction(entities, (e) => [
          e.person.patch({ personId: grant.personId }).set(person.refreshed).commit(),
          e.grant
            .put(grant)
            .where(({ status }, { notExists, eq }) => `${notExists(status)} OR ${eq(status, 'REVOKED')}`)
            .commit(),
        ]).go()
      : await createWriteTransaction(entities, (e) => [
          e.index
            .create({
              blindIndex: person.created.idNumberIndex,
              personId: person.created.personId,
              createdAt: person.created.createdAt,
            })
            .commit(),
          e.person.create(person.created).commit(),
          e.grant
            .put(grant)
            .where(({ status }, { notExists, eq }) => `${notExists(status)} OR ${eq(status, 'REVOKED')}`)
            .commit(),
        ]).go();
  if (!canceled) return { ok: true };
  const failed = failedConditions(data);
  if (failed[failed.length - 1]) return { ok: false, reason: 'ALREADY_ACTIVE' };
  if ('created' in person && failed[0]) return { ok: false, reason: 'ID_NUMBER_TAKEN' };
  return { ok: false, reason: 'CONFLICT' };
}

/** UpdateItem — revokes an active authorisation; false when there is none active. */
export async function revokeProxyAuthorisation(
  personId: string,
  proxyUserId: string,
  revokedBy: string,
  now: Date,
): Promise<boolean> {
  table();
  try {
    await ProxyAuthorisationEntity.patch({ personId, proxyUserId })
      .set({ status: 'REVOKED', revokedAt: now.toISOString(), revokedBy })
      .where(({ status }, { eq }) => eq(status, 'ACTIVE'))
      .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** DeleteItem — takes back a grant of this request whose 委托书 could not be attached after all (compensation). */
export async function withdrawGrant(personId: string, proxyUserId: string, grantId: string): Promise<void> {
  table();
  try {
    await ProxyAuthorisationEntity.delete({ personId, proxyUserId })
      .where(({ grantId: held }, { eq }) => eq(held, grantId))
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
