// npm run ledger:verify — walks every agency's chain of the voucher ledger (存证链), recomputes each entry's hash and
// link and the head, and prints per chain the entries checked and OK, or the first broken entry and why. Exit code
// 1 on any break. Defaults to the local stack's table (npm start); point it elsewhere with TABLE_NAME and
// AWS_ENDPOINT_URL_DYNAMODB (or the AWS defaults, for a deployed stage).

import { LOCAL_AWS_ENV } from '../local/storage';
import { REGIONS } from '../shared/domain/vocabulary';

/** Every chain's report. */
export async function verifyLedgers(chains: readonly string[] = REGIONS) {
  const { getLedgerHead, listLedgerEntries } = await import('../functions/data/ledgerEntry');
  const { verifyChain } = await import('../functions/data/ledgerChain');
  return Promise.all(
    chains.map(async (chain) => verifyChain(chain, await listLedgerEntries(chain), await getLedgerHead(chain))),
  );
}

async function main(): Promise<void> {
  if (!process.env.TABLE_NAME) {
    Object.assign(process.env, LOCAL_AWS_ENV, {
      TABLE_NAME: 'yidi-jiuyi-local',
      AWS_ENDPOINT_URL_DYNAMODB: process.env.AWS_ENDPOINT_URL_DYNAMODB ?? 'http://127.0.0.1:8000',
    });
  }
  // The data layer's configuration wants the whole function environment; only the table matters here.
  for (const name of ['STAGE', 'BUCKET_NAME', 'FIELD_KEY_ID', 'SIGNING_KEY_ID']) process.env[name] ??= 'ledger-verify';
  for (const name of ['WECHAT_API_BASE', 'INVOICE_API_BASE', 'REGISTRY_API_BASE']) {
    process.env[name] ??= 'http://127.0.0.1/';
  }
  const reports = await verifyLedgers();
  for (const report of reports) {
    const line = report.ok
      ? `OK     ${report.chain.padEnd(9)} ${report.entries} entries`
      : `BROKEN ${report.chain.padEnd(9)} ${report.entries} entries — first break at seq ${report.firstBreak?.seq}: ${report.firstBreak?.problem}`;
    console.log(line);
  }
  process.exitCode = reports.every((r) => r.ok) ? 0 : 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
