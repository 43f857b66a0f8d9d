// 结果单核验 — what makes a result form genuine: its PDF's bytes still hash to the recorded SHA-256, the signature
// over that hash verifies with the service's public key, and its ledger entry recomputes and links to the entry
// before it. Used by the public verification route.
import { createHash } from 'node:crypto';
import { getObjectBytes } from '../../adapters/s3';
import { verifyDigest } from '../../adapters/signer';
import { entryHash, GENESIS_HASH } from '../../data/ledgerChain';
import { getLedgerEntry } from '../../data/ledgerEntry';
import type { ResultForm } from '../../data/resultForm';

/** The three checks, each true when it holds. */
export type FormChecks = { documentHash: boolean; signature: boolean; ledger: boolean };

/** The stored PDF of a form. */
export async function resultFormPdf(form: Pick<ResultForm, 's3Key'>): Promise<Uint8Array> {
  return getObjectBytes(form.s3Key);
}

/** Checks a form against its stored PDF, its signature and its ledger entry. */
export async function checkResultForm(form: ResultForm): Promise<FormChecks> {
  const bytes = await resultFormPdf(form).catch(() => undefined);
  const documentHash = bytes !== undefined && createHash('sha256').update(bytes).digest('hex') === form.sha256;
  const signature = await verifyDigest(form.sha256, form.signature);
  const entry = await getLedgerEntry(form.ledgerChain, form.ledgerSeq);
  const previous = form.ledgerSeq > 1 ? await getLedgerEntry(form.ledgerChain, form.ledgerSeq - 1) : undefined;
  const ledger =
    entry !== undefined &&
    entry.formId === form.formId &&
    entry.formSha256 === form.sha256 &&
    entryHash(entry) === entry.hash &&
    entry.prevHash === (form.ledgerSeq > 1 ? previous?.hash : GENESIS_HASH);
  return { documentHash, signature, ledger };
}
