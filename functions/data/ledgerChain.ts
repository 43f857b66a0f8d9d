// 存证链 — the hash chain of voucher states (`000` 流程五 "上医保区块链存证", SPEC §3.7): each entry's hash is the
// SHA-256 of its canonical fields including the previous entry's hash, so editing or removing any entry breaks
// every link after it. Pure: the route, the completion and `npm run ledger:verify` share these functions.
import { createHash } from 'node:crypto';

/** The fields an entry's hash covers, in this order. */
export type LedgerFields = {
  chain: string;
  seq: number;
  invoiceCode: string;
  invoiceNumber: string;
  state: 'REIMBURSED';
  caseId: string;
  formId: string;
  formSha256: string;
  at: string;
  prevHash: string;
};

/** The hash of the first entry's predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 (hex) of an entry's canonical serialisation: the fields in a fixed order, JSON-encoded. */
export function entryHash(fields: LedgerFields): string {
  const canonical = JSON.stringify([
    fields.chain,
    fields.seq,
    fields.invoiceCode,
    fields.invoiceNumber,
    fields.state,
    fields.caseId,
    fields.formId,
    fields.formSha256,
    fields.at,
    fields.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Why a chain does not verify, at which entry. */
export type ChainBreak = { seq: number; problem: 'HASH_MISMATCH' | 'LINK_BROKEN' | 'SEQUENCE_GAP' | 'HEAD_MISMATCH' };
/** A chain's verification: how many entries were checked, and the first break if any. */
export type ChainReport = { chain: string; entries: number; ok: boolean; firstBreak?: ChainBreak };

/**
 * Verifies entries (in seq order, starting at 1) against their hashes and links, and the chain head (the last seq
 * and hash the head item recorded): a removed last entry shows as HEAD_MISMATCH.
 */
export function verifyChain(
  chain: string,
  entries: readonly (LedgerFields & { hash: string })[],
  head: { seq: number; hash: string } | undefined,
): ChainReport {
  let prevHash = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const broken = (problem: ChainBreak['problem']): ChainReport => ({
      chain,
      entries: entries.length,
      ok: false,
      firstBreak: { seq: entry.seq, problem },
    });
    if (entry.seq !== index + 1) return broken('SEQUENCE_GAP');
    if (entry.prevHash !== prevHash) return broken('LINK_BROKEN');
    if (entryHash(entry) !== entry.hash) return broken('HASH_MISMATCH');
    prevHash = entry.hash;
  }
  const last = entries[entries.length - 1];
  const headSeq = head?.seq ?? 0;
  if (headSeq !== (last?.seq ?? 0) || (last && head?.hash !== last.hash)) {
    return { chain, entries: entries.length, ok: false, firstBreak: { seq: headSeq, problem: 'HEAD_MISMATCH' } };
  }
  return { chain, entries: entries.length, ok: true };
}
