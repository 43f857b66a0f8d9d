// 异地就医备案 — filings. One item per filing (FILING#<id>/FILING) indexed by insured person (gsi1), by submitter
// (gsi2) and, only while it waits for the agency's review, in the agency's review queue ordered by deadline (gsi3,
// sparse: the queue attributes are removed when it leaves review). Every change is conditional on `version`.
//
// The domain decides a new or changed filing against the person's OTHER filings (duplicates, several long-term
// places), so those decisions must not race: a per-person register (PERSON#<personId>/FILINGS) lists the person's
// filing ids and carries a version that every create and change bumps conditionally in the same transaction. Two
// concurrent filings for one person cannot both pass the checks; the register is read consistently (a GSI is not).
import { FILING_STATUS, type Filing, type FilingStatus } from '@shared/domain/filing/filing';
import type { Source } from '@shared/domain/sources';
import { FILING_BASES, FILING_TYPES, type FilingProof, REGIONS } from '@shared/domain/vocabulary';
import { createWriteTransaction, Entity, type EntityItem } from 'electrodb';
import { OutboxEntity, type OutboxItem } from './outbox';
import { declareEntity, ENTITY_OPTIONS, SERVICE, table } from './table';

const FILING_STATUSES = Object.keys(FILING_STATUS) as [FilingStatus, ...FilingStatus[]];

/** What a decision on a filing was; each is recorded with the clause it rests on. */
export const FILING_DECISION_ACTIONS = [
  'FILED',
  'APPROVED',
  'QUEUED_FOR_REVIEW',
  'CHANGED',
  'CANCELLED',
  'REFUSED',
] as const;
export type FilingDecisionAction = (typeof FILING_DECISION_ACTIONS)[number];

export const FilingEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'filing', version: '1', service: SERVICE },
      attributes: {
        filingId: { type: 'string', required: true, readOnly: true },
        personId: { type: 'string', required: true, readOnly: true },
        submitterUserId: { type: 'string', required: true, readOnly: true },
        /** Filed by a proxy for the insured person (absent on filings made before it was kept). */
        filedByProxy: { type: 'boolean', readOnly: true },
        /** The submitter's name, masked (王*兰), as every view of the filing names them. */
        submitterNameMasked: { type: 'string', readOnly: true },
        /** The insuring region (its agency reviews the filing and its policy decides the rules). */
        region: { type: REGIONS, required: true, readOnly: true },
        /** 参保地 — the insured city (GB/T 2260) at filing. */
        insuredPlaceCode: { type: 'string', required: true, readOnly: true },
        type: { type: FILING_TYPES, required: true },
        basis: { type: FILING_BASES, required: true },
        /** FilingProof codes the filing rests on (PERSONAL_COMMITMENT for a commitment filing). */
        proofs: { type: 'list', items: { type: 'string' }, required: true },
        /** The uploaded pages of each proof. */
        proofFiles: {
          type: 'list',
          items: {
            type: 'map',
            properties: { proof: { type: 'string', required: true }, fileId: { type: 'string', required: true } },
          },
          required: true,
        },
        /** The signed 个人承诺书 of a commitment filing. */
        signatureId: { type: 'string' },
        destinationCode: { type: 'string', required: true },
        destinationLevel: { type: ['CITY', 'PROVINCE'] as const, required: true },
        startDate: { type: 'string' },
        filedOn: { type: 'string', required: true },
        validFrom: { type: 'string' },
        validUntil: { type: 'string' },
        status: { type: FILING_STATUSES, required: true },
        cancelledOn: { type: 'string' },
        proofDue: { type: 'boolean', required: true },
        refusalReason: { type: 'string' },
        /** The agency's review deadline (1 working day) while and since it waited for review. */
        reviewDeadline: { type: 'string' },
        reviewDeadlineProvisional: { type: 'boolean' },
        reviewDeadlineExplanation: { type: 'string' },
        /** Queue keys (gsi3): present only while the filing waits for review. */
        queueRegion: { type: REGIONS },
        queueSortKey: { type: 'string' },
        /** Every decision with its 依据, oldest first (append-only). */
        decisions: {
          type: 'list',
          items: {
            type: 'map',
            properties: {
              at: { type: 'string', required: true },
              action: { type: FILING_DECISION_ACTIONS, required: true },
              byUserId: { type: 'string' },
              sourceFile: { type: 'string', required: true },
              sourceArticle: { type: 'string', required: true },
              sourceLabel: { type: 'string', required: true },
              note: { type: 'string' },
            },
          },
          required: true,
        },
        version: { type: 'number', required: true },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: {
          pk: { field: 'pk', composite: ['filingId'], template: 'FILING#${filingId}', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'FILING', casing: 'none' },
        },
        byInsuredPerson: {
          index: 'gsi1',
          pk: { field: 'gsi1pk', composite: ['personId'], template: 'PERSON#${personId}', casing: 'none' },
          sk: {
            field: 'gsi1sk',
            composite: ['createdAt', 'filingId'],
            template: 'FILING#${createdAt}#${filingId}',
            casing: 'none',
          },
        },
        bySubmitter: {
          index: 'gsi2',
          pk: { field: 'gsi2pk', composite: ['submitterUserId'], template: 'USER#${submitterUserId}', casing: 'none' },
          sk: {
            field: 'gsi2sk',
            composite: ['createdAt', 'filingId'],
            template: 'FILING#${createdAt}#${filingId}',
            casing: 'none',
          },
        },
        // Sparse: without queueRegion/queueSortKey ElectroDB writes no gsi3 keys; removing them removes the keys.
        byReviewDeadline: {
          index: 'gsi3',
          pk: {
            field: 'gsi3pk',
            composite: ['queueRegion'],
            template: 'QUEUE#${queueRegion}#FILING_REVIEW',
            casing: 'none',
          },
          sk: { field: 'gsi3sk', composite: ['queueSortKey'], template: '${queueSortKey}', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** 备案登记簿 — the ids of a person's filings and a version that serialises decisions across them. */
export const FilingRegisterEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'filingRegister', version: '1', service: SERVICE },
      attributes: {
        personId: { type: 'string', required: true, readOnly: true },
        filingIds: { type: 'set', items: 'string', required: true },
        version: { type: 'number', required: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byPerson: {
          pk: { field: 'pk', composite: ['personId'], template: 'PERSON#${personId}', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'FILINGS', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** A filing as stored. */
export type StoredFiling = EntityItem<typeof FilingEntity>;
/** One recorded decision with its 依据. */
export type FilingDecisionRecord = StoredFiling['decisions'][number];

/** The queue sort key (gsi3sk): the review deadline, then the id (unique, time-ordered). */
export function queueSortKeyOf(reviewDeadline: string, filingId: string): string {
  return `${reviewDeadline}#${filingId}`;
}

/** A decision record for `action`, resting on `source`. */
export function decisionRecord(
  action: FilingDecisionAction,
  source: Source,
  at: Date,
  extra: { byUserId?: string; note?: string } = {},
): FilingDecisionRecord {
  return {
    at: at.toISOString(),
    action,
    sourceFile: source.file,
    sourceArticle: source.article,
    sourceLabel: source.label,
    ...extra,
  };
}

/** The stored filing as the domain's `Filing` (absent attributes are the domain's nulls). */
export function toDomainFiling(stored: StoredFiling): Filing {
  return {
    id: stored.filingId,
    type: stored.type,
    basis: stored.basis,
    proofs: stored.proofs as FilingProof[],
    destination: { code: stored.destinationCode, level: stored.destinationLevel },
    filedOn: stored.filedOn,
    validFrom: stored.validFrom ?? null,
    validUntil: stored.validUntil ?? null,
    status: stored.status,
    cancelledOn: stored.cancelledOn ?? null,
    proofDue: stored.proofDue,
    refusalReason: stored.refusalReason ?? null,
  };
}

/** GetItem FILING#<filingId>/FILING (consistent) — the filing, or undefined. */
export async function getFiling(filingId: string): Promise<StoredFiling | undefined> {
  table();
  const { data } = await FilingEntity.get({ filingId }).go({ consistent: true });
  return data ?? undefined;
}

/** Query gsi1 PERSON#<personId> begins_with FILING# — the person's filings, newest first. */
export async function listFilingsByInsuredPerson(personId: string): Promise<StoredFiling[]> {
  table();
  const { data } = await FilingEntity.query.byInsuredPerson({ personId }).go({ order: 'desc', pages: 'all' });
  return data;
}

/** Query gsi2 USER#<userId> begins_with FILING# — the filings a user submitted (for themselves or as proxy). */
export async function listFilingsBySubmitter(userId: string): Promise<StoredFiling[]> {
  table();
  const { data } = await FilingEntity.query
    .bySubmitter({ submitterUserId: userId })
    .go({ order: 'desc', pages: 'all' });
  return data;
}

/**
 * Query gsi3 QUEUE#<region>#FILING_REVIEW — filings waiting for the agency's review, earliest deadline first;
 * `before` (a date) keeps only those due before it (overdue = due before today). For the staff console.
 */
export async function listFilingsByReviewDeadline(
  region: StoredFiling['region'],
  options: { before?: string; limit?: number; cursor?: string | null } = {},
): Promise<{ filings: StoredFiling[]; cursor: string | null }> {
  table();
  const query = FilingEntity.query.byReviewDeadline({ queueRegion: region });
  const ranged = options.before ? query.lt({ queueSortKey: options.before }) : query;
  const { data, cursor } = await ranged.go({ limit: options.limit ?? 50, cursor: options.cursor ?? null });
  return { filings: data, cursor: cursor ?? null };
}

/** A person's filings read consistently through their register, and the register version they were read at. */
export type PersonFilings = { registerVersion: number | null; filings: StoredFiling[] };

/** GetItem PERSON#<personId>/FILINGS + BatchGetItem of its filings, both consistent — for the domain's checks. */
export async function loadPersonFilings(personId: string): Promise<PersonFilings> {
  table();
  const { data: register } = await FilingRegisterEntity.get({ personId }).go({ consistent: true });
  if (!register) return { registerVersion: null, filings: [] };
  const keys = register.filingIds.map((filingId) => ({ filingId }));
  const { data } = await FilingEntity.get(keys).go({ consistent: true });
  return { registerVersion: register.version, filings: data };
}

/** Why a filing write did not commit: someone changed the filing or the person's filings first. */
export type FilingWriteOutcome = { ok: true } | { ok: false; reason: 'CONFLICT' };

const entities = { filing: FilingEntity, register: FilingRegisterEntity, outbox: OutboxEntity };

/**
 * TransactWriteItems — a new filing: the person's register (created if absent, else bumped if still at the version
 * the checks read), the filing (Put if absent) and its outbox items: when it was decided at once, its FILING_RESULT
 * notice; when a proxy filed it, the acted-for notice to the insured person.
 */
export async function putNewFiling(
  filing: StoredFiling,
  registerVersion: number | null,
  ...notices: (OutboxItem | undefined)[]
): Promise<FilingWriteOutcome> {
  table();
  const { personId, filingId, updatedAt } = filing;
  const { canceled } = await createWriteTransaction(entities, (e) => [
    registerVersion === null
      ? e.register.create({ personId, filingIds: [filingId], version: 1, updatedAt }).commit()
      : e.register
          .patch({ personId })
          .add({ filingIds: [filingId], version: 1 })
          .set({ updatedAt })
          .where(({ version }, { eq }) => eq(version, registerVersion))
          .commit(),
    e.filing.create(filing).commit(),
    ...notices.flatMap((notice) => (notice ? [e.outbox.create(notice).commit()] : [])),
  ]).go();
  return canceled ? { ok: false, reason: 'CONFLICT' } : { ok: true };
}

/** The attributes a change sets and removes on a filing (never the keys), and the decisions it appends. */
export type FilingUpdate = {
  set: Partial<
    Omit<StoredFiling, 'filingId' | 'personId' | 'submitterUserId' | 'region' | 'createdAt' | 'decisions' | 'version'>
  >;
  remove: readonly (
    | 'signatureId'
    | 'validFrom'
    | 'validUntil'
    | 'cancelledOn'
    | 'refusalReason'
    | 'queueRegion'
    | 'queueSortKey'
  )[];
  decisions: FilingDecisionRecord[];
};

/**
 * TransactWriteItems — changes a filing only if it is still at `version` (two concurrent changes: one wins), bumps
 * the person's register when the change was checked against their other filings (`registerVersion` given), and
 * queues the change's outbox item when there is one.
 */
export async function updateFiling(
  filing: Pick<StoredFiling, 'filingId' | 'personId'>,
  version: number,
  update: FilingUpdate,
  registerVersion: number | null,
  notice: OutboxItem | undefined,
): Promise<FilingWriteOutcome> {
  table();
  const { canceled } = await createWriteTransaction(entities, (e) => [
    e.filing
      .patch({ filingId: filing.filingId })
      .set(update.set)
      .remove([...update.remove])
      .append({ decisions: update.decisions })
      .add({ version: 1 })
      .where(({ version: current }, { eq }) => eq(current, version))
      .commit(),
    ...(registerVersion === null
      ? []
      : [
          e.register
            .patch({ personId: filing.personId })
            .add({ version: 1 })
            .set({ updatedAt: update.set.updatedAt ?? new Date().toISOString() })
            .where(({ version: current }, { eq }) => eq(current, registerVersion))
            .commit(),
        ]),
    ...(notice ? [e.outbox.create(notice).commit()] : []),
  ]).go();
  return canceled ? { ok: false, reason: 'CONFLICT' } : { ok: true };
}
