// 实名绑定 — which WeChat user an insured person is bound to. One binding item per person (PERSON#<id>/BINDING,
// created only if absent) and the user's `insuredPersonId` (set only if absent), written in one transaction: one
// user binds one person and one person is bound by one user, decided by the database, never by a prior read.
import { createWriteTransaction, Entity, type EntityItem } from 'electrodb';
import { IdNumberIndexEntity, type InsuredPerson, InsuredPersonEntity, type RegistrySnapshot } from './insuredPerson';
import { declareEntity, ENTITY_OPTIONS, failedConditions, SERVICE, type TransactionOutcome, table } from './table';
import { UserEntity } from './user';

export const BindingEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'binding', version: '1', service: SERVICE },
      attributes: {
        personId: { type: 'string', required: true, readOnly: true },
        userId: { type: 'string', required: true, readOnly: true },
        boundAt: { type: 'string', required: true, readOnly: true },
      },
      indexes: {
        byPerson: {
          pk: { field: 'pk', composite: ['personId'], template: 'PERSON#${personId}', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'BINDING', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** A binding as stored. */
export type Binding = EntityItem<typeof BindingEntity>;

/** The contact phone given at binding, encrypted under the user item's own data key. */
export type SealedPhone = { dataKey: string; phoneEnc: string; phoneMasked: string };

/** Why a binding transaction did not commit. */
export type BindRefusal = 'PERSON_ALREADY_BOUND' | 'USER_ALREADY_BOUND' | 'ID_NUMBER_TAKEN' | 'CONFLICT';
export type BindOutcome = { ok: true } | { ok: false; reason: BindRefusal };

const entities = {
  index: IdNumberIndexEntity,
  person: InsuredPersonEntity,
  binding: BindingEntity,
  user: UserEntity,
};

/** The user item's change: the person, when, and the sealed phone if one was given. */
function userChange(binding: Binding, phone: SealedPhone | undefined) {
  return { insuredPersonId: binding.personId, boundAt: binding.boundAt, ...phone };
}

/** Reads a canceled transaction's outcomes; `roles` names each item's refusal in order. */
function outcome(canceled: boolean, data: readonly TransactionOutcome[], roles: readonly BindRefusal[]): BindOutcome {
  if (!canceled) return { ok: true };
  const failed = failedConditions(data);
  const index = failed.findIndex(Boolean);
  // No failed condition means a TransactionConflict with a concurrent write: the caller may try again.
  return { ok: false, reason: index >= 0 ? (roles[index] ?? 'CONFLICT') : 'CONFLICT' };
}

/**
 * TransactWriteItems — a person seen for the first time: the ID-number index item and the person (both only if
 * absent), the binding (only if absent) and the user (only if unbound).
 */
export async function bindNewPerson(
  person: InsuredPerson,
  binding: Binding,
  phone: SealedPhone | undefined,
): Promise<BindOutcome> {
  table();
  const { canceled, data } = await createWriteTransaction(entities, (e) => [
    e.index
      .create({ blindIndex: person.idNumberIndex, personId: person.personId, createdAt: person.createdAt })
      .commit(),
    e.person.create(person).commit(),
    e.binding.create(binding).commit(),
    // A user binds once: the person is set only if the user has none.
    e.user
      .patch({ userId: binding.userId })
      .set(userChange(binding, phone))
      .where(({ insuredPersonId }, { notExists }) => notExists(insuredPersonId))
      .commit(),
  ]).go();
  return outcome(canceled, data, ['ID_NUMBER_TAKEN', 'CONFLICT', 'PERSON_ALREADY_BOUND', 'USER_ALREADY_BOUND']);
}

/**
 * TransactWriteItems — a person already on record: refresh what the registry said (person must exist), the binding
 * (only if absent) and the user (only if unbound).
 */
export async function bindExistingPerson(
  snapshot: RegistrySnapshot,
  binding: Binding,
  phone: SealedPhone | undefined,
): Promise<BindOutcome> {
  table();
  const { canceled, data } = await createWriteTransaction(entities, (e) => [
    e.person.patch({ personId: binding.personId }).set(snapshot).commit(),
    e.binding.create(binding).commit(),
    e.user
      .patch({ userId: binding.userId })
      .set(userChange(binding, phone))
      .where(({ insuredPersonId }, { notExists }) => notExists(insuredPersonId))
      .commit(),
  ]).go();
  return outcome(canceled, data, ['CONFLICT', 'PERSON_ALREADY_BOUND', 'USER_ALREADY_BOUND']);
}

/** GetItem PERSON#<personId>/BINDING — who the person is bound to, if anyone. */
export async function getBinding(personId: string): Promise<Binding | undefined> {
  table();
  const { data } = await BindingEntity.get({ personId }).go();
  return data ?? undefined;
}
