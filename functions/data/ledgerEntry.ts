// 存证 — the hash-chained ledger of voucher states, one chain per agency region (LEDGER#<region>): entries
// ENTRY#<seq, 12 digits> (Put if absent, never updated) and the head item HEAD (seq and hash of the last entry,
// Update if `seq = :prev`, Put if absent for the first). Entry and head change in one transaction with the
// completion, so two completions cannot take the same seq and the chain has no gaps.
import { Entity, type EntityItem } from 'electrodb';
import type { LedgerFields } from './ledgerChain';
import { declareEntity, ENTITY_OPTIONS, SERVICE, table } from './table';

export const LedgerEntryEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'ledgerEntry', version: '1', service: SERVICE },
      attributes: {
        chain: { type: 'string', required: true, readOnly: true },
        seqKey: { type: 'string', required: true, readOnly: true },
        seq: { type: 'number', required: true, readOnly: true },
        invoiceCode: { type: 'string', required: true, readOnly: true },
        invoiceNumber: { type: 'string', required: true, readOnly: true },
        state: { type: ['REIMBURSED'] as const, required: true, readOnly: true },
        caseId: { type: 'string', required: true, readOnly: true },
        formId: { type: 'string', required: true, readOnly: true },
        formSha256: { type: 'string', required: true, readOnly: true },
        at: { type: 'string', required: true, readOnly: true },
        prevHash: { type: 'string', required: true, readOnly: true },
        hash: { type: 'string', required: true, readOnly: true },
      },
      indexes: {
        byChain: {
          pk: { field: 'pk', composite: ['chain'], template: 'LEDGER#${chain}', casing: 'none' },
          sk: { field: 'sk', composite: ['seqKey'], template: 'ENTRY#${seqKey}', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

export const LedgerHeadEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'ledgerHead', version: '1', service: SERVICE },
      attributes: {
        chain: { type: 'string', required: true, readOnly: true },
        seq: { type: 'number', required: true },
        hash: { type: 'string', required: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byChain: {
          pk: { field: 'pk', composite: ['chain'], template: 'LEDGER#${chain}', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'HEAD', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

export type LedgerEntry = EntityItem<typeof LedgerEntryEntity>;
export type LedgerHead = EntityItem<typeof LedgerHeadEntity>;

/** The 12-digit sort key of a sequence number. */
export function seqKeyOf(seq: number): string {
  return String(seq).padStart(12, '0');
}

/** A stored entry for `fields` and its hash. */
export function ledgerEntryOf(fields: LedgerFields, hash: string): LedgerEntry {
  return { ...fields, seqKey: seqKeyOf(fields.seq), hash };
}

/** GetItem LEDGER#<chain>/HEAD (consistent) — the chain's last seq and hash, or undefined before the first entry. */
export async function getLedgerHead(chain: string): Promise<LedgerHead | undefined> {
  table();
  const { data } = await LedgerHeadEntity.get({ chain }).go({ consistent: true });
  return data ?? undefined;
}

/** Query LEDGER#<chain>, begins_with ENTRY# — every entry in seq order (consistent), for verification. */
export async function listLedgerEntries(chain: string): Promise<LedgerEntry[]> {
  table();
  const { data } = await LedgerEntryEntity.query
    .byChain({ chain })
    .go({ order: 'asc', pages: 'all', consistent: true });
  return data;
}

/** GetItem one entry. */
export async function getLedgerEntry(chain: string, seq: number): Promise<LedgerEntry | undefined> {
  table();
  const { data } = await LedgerEntryEntity.get({ chain, seqKey: seqKeyOf(seq) }).go({ consistent: true });
  return data ?? undefined;
}
