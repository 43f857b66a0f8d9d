// 存证链: any edited, removed or reordered entry is found, and where.
import { entryHash, GENESIS_HASH, type LedgerFields, verifyChain } from '../../../functions/data/ledgerChain';

type Entry = LedgerFields & { hash: string };

function chainOf(count: number): Entry[] {
  const entries: Entry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const fields: LedgerFields = {
      chain: 'SHANXI',
      seq,
      invoiceCode: '46062601',
      invoiceNumber: String(4_100_000 + seq).padStart(10, '0'),
      state: 'REIMBURSED',
      caseId: `CASE${seq}`,
      formId: `FORM${seq}`,
      formSha256: 'ab'.repeat(32),
      at: `2026-11-22T0${seq}:00:00.000Z`,
      prevHash,
    };
    const hash = entryHash(fields);
    entries.push({ ...fields, hash });
    prevHash = hash;
  }
  return entries;
}

const headOf = (entries: Entry[]) => {
  const last = entries.at(-1);
  return last ? { seq: last.seq, hash: last.hash } : undefined;
};

describe('verifyChain', () => {
  it('an intact chain verifies, and so does an empty one', () => {
    const entries = chainOf(4);
    expect(verifyChain('SHANXI', entries, headOf(entries))).toEqual({ chain: 'SHANXI', entries: 4, ok: true });
    expect(verifyChain('SHANXI', [], undefined).ok).toBe(true);
  });

  it('an edited field is a hash mismatch at that entry', () => {
    const entries = chainOf(4);
    const head = headOf(entries);
    entries[1] = { ...(entries[1] as Entry), invoiceNumber: '9999999999' };
    expect(verifyChain('SHANXI', entries, head).firstBreak).toEqual({ seq: 2, problem: 'HASH_MISMATCH' });
  });

  it('an edited entry whose hash is recomputed breaks the next link', () => {
    const entries = chainOf(4);
    const head = headOf(entries);
    const forged = { ...(entries[1] as Entry), caseId: 'OTHER' };
    entries[1] = { ...forged, hash: entryHash(forged) };
    expect(verifyChain('SHANXI', entries, head).firstBreak).toEqual({ seq: 3, problem: 'LINK_BROKEN' });
  });

  it('a removed entry is a gap; a removed last entry no longer matches the head', () => {
    const entries = chainOf(4);
    const head = headOf(entries);
    expect(verifyChain('SHANXI', [entries[0], entries[2], entries[3]] as Entry[], head).firstBreak).toEqual({
      seq: 3,
      problem: 'SEQUENCE_GAP',
    });
    expect(verifyChain('SHANXI', entries.slice(0, 3), head).firstBreak).toEqual({ seq: 4, problem: 'HEAD_MISMATCH' });
  });
});
