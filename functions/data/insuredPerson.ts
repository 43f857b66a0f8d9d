// 参保人 — an insured person as the registry reported them at the last check. The ID number is stored only
// encrypted (under the item's own data key) and masked; it is found by its keyed blind index through the
// ID-number index item IDNO#<index>, which also makes "one record per ID number" a conditional write.
import { INSURANCE_TYPES, REGIONS } from '@shared/domain/vocabulary';
import { Entity, type EntityItem } from 'electrodb';
import { declareEntity, ENTITY_OPTIONS, SERVICE, table } from './table';

/** 参保状态 as the registry reports it. */
export const INSURED_STATUSES = ['INSURED', 'SUSPENDED', 'TERMINATED'] as const;

export const InsuredPersonEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'insuredPerson', version: '1', service: SERVICE },
      attributes: {
        personId: { type: 'string', required: true, readOnly: true },
        name: { type: 'string', required: true },
        dataKey: { type: 'string', required: true, readOnly: true },
        idNumberEnc: { type: 'string', required: true, readOnly: true },
        idNumberMasked: { type: 'string', required: true, readOnly: true },
        idNumberIndex: { type: 'string', required: true, readOnly: true },
        gender: { type: ['F', 'M'] as const, required: true },
        insuranceType: { type: INSURANCE_TYPES, required: true },
        insuredRegion: { type: REGIONS, required: true },
        insuredCity: { type: 'string', required: true },
        insuredCityName: { type: 'string', required: true },
        insuredStatus: { type: INSURED_STATUSES, required: true },
        personCategory: { type: 'string', required: true },
        registryCheckedAt: { type: 'string', required: true },
        createdAt: { type: 'string', required: true, readOnly: true },
      },
      indexes: {
        byId: {
          pk: { field: 'pk', composite: ['personId'], template: 'PERSON#${personId}', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'PROFILE', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** The ID-number index item: blind index of an ID number → the one insured-person record for it. */
export const IdNumberIndexEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'idNumberIndex', version: '1', service: SERVICE },
      attributes: {
        blindIndex: { type: 'string', required: true, readOnly: true },
        personId: { type: 'string', required: true, readOnly: true },
        createdAt: { type: 'string', required: true, readOnly: true },
      },
      indexes: {
        byBlindIndex: {
          pk: { field: 'pk', composite: ['blindIndex'], template: 'IDNO#${blindIndex}', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'PERSON', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** An insured person as stored. */
export type InsuredPerson = EntityItem<typeof InsuredPersonEntity>;

/** The field-encryption container of an insured person (ID number): its partition key, `PERSON#<personId>`. */
export function personContainer(personId: string): string {
  return `PERSON#${personId}`;
}

/** What the registry says about a person at a check: refreshed on the record at every binding. */
export type RegistrySnapshot = Pick<
  InsuredPerson,
  | 'name'
  | 'gender'
  | 'insuranceType'
  | 'insuredRegion'
  | 'insuredCity'
  | 'insuredCityName'
  | 'insuredStatus'
  | 'personCategory'
  | 'registryCheckedAt'
>;

/** GetItem PERSON#<personId>/PROFILE — the insured person, or undefined. */
export async function getInsuredPerson(personId: string): Promise<InsuredPerson | undefined> {
  table();
  const { data } = await InsuredPersonEntity.get({ personId }).go();
  return data ?? undefined;
}

/** GetItem IDNO#<blindIndex>/PERSON — the person id recorded for an ID number (by its blind index), if any. */
export async function getPersonIdByIdNumberIndex(blindIndex: string): Promise<string | undefined> {
  table();
  const { data } = await IdNumberIndexEntity.get({ blindIndex }).go();
  return data?.personId;
}
