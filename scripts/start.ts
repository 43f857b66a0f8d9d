/**
 * `npm start` — the whole system on this machine. `npm start -- --fresh` starts with empty storage.
 * Ctrl-C stops every process it started.
 */
import { join } from 'node:path';
import { stopAllChildren } from '../local/child';
import { PortInUseError } from '../local/ports';
import { DEFAULT_PORTS, type RunningStack, startStack } from '../local/stack';

const root = join(__dirname, '..');
const fresh = process.argv.includes('--fresh');
const verbose = process.argv.includes('--verbose');
const started = Date.now();

function log(line: string): void {
  // Child processes are chatty; their lines show with --verbose, ours always.
  if (verbose || !line.startsWith('[')) console.log(line);
  else if (/error|fail|exited/i.test(line)) console.log(line);
}

function printUrls(stack: RunningStack): void {
  const rows: Array<[string, string]> = [
    ['H5 app (applicant)', stack.urls.h5 ?? '-'],
    ['API', `${stack.urls.api}/v1`],
    ['API health', `${stack.urls.api}/v1/health`],
    ['OpenAPI document', stack.urls.openapi],
    ['WeChat stand-in', stack.urls.wechat],
    ['E-invoice platform stand-in', stack.urls.invoice],
    ['Insured-person registry stand-in', stack.urls.registry],
    ['DynamoDB Local', `${stack.urls.dynamodb}  (table ${stack.tableName})`],
    ['S3 (s3rver)', `${stack.urls.s3}  (bucket ${stack.bucketName})`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`\n异地就医线上办 is running (${((Date.now() - started) / 1000).toFixed(1)} s):\n`);
  for (const [name, url] of rows) console.log(`  ${name.padEnd(width)}  ${url}`);
  console.log('\nDemo accounts: see README.md. Press Ctrl-C to stop everything.\n');
}

async function main(): Promise<void> {
  console.log(`Starting the local stack${fresh ? ' with empty storage' : ''}…`);
  let stack: RunningStack | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    // Before the stack is up there is no handle yet: stop whatever child processes have started.
    await (stack ? stack.stop() : stopAllChildren());
    console.log('Stopped.');
    process.exit(stack ? 0 : 130);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    stack = await startStack({
      root,
      dataDir: join(root, '.local-data', 'stack'),
      fresh,
      ports: DEFAULT_PORTS,
      h5: true,
      log,
    });
  } catch (error) {
    if (stopping) return;
    console.error(`\nCould not start: ${error instanceof Error ? error.message : String(error)}`);
    if (!(error instanceof PortInUseError) && error instanceof Error) console.error(error.stack);
    process.exit(1);
  }
  if (!stopping) printUrls(stack);
}

void main();
