import { join } from 'node:path';
import { ensureH5Build, startH5Server } from '../../local/h5';
import { DEFAULT_PORTS, type RunningStack, startStack } from '../../local/stack';
import { BROWSER_CASE_PERSONS, BROWSER_CLAIM_PERSONS, TEST_EXTRA_INVOICES } from './browser-claim-persons';
import { TEST_REGISTRY_PERSONS } from './browser-persons';
import { chromiumPath, publishStack } from './stack';

const root = join(__dirname, '..', '..');
const free = Object.fromEntries(Object.keys(DEFAULT_PORTS).map((k) => [k, 0])) as typeof DEFAULT_PORTS;

type Running = { stack: RunningStack; stopH5?: () => Promise<void>; h5Url?: string };
const holder = globalThis as typeof globalThis & { __testStack?: Running };

function log(line: string): void {
  if (process.env.STACK_VERBOSE) console.log(line);
}

/**
 * Starts one real local stack (DynamoDB Local, s3rver, stand-ins, API via serverless-offline) on free ports, in
 * memory, for the integration and browser suites; the browser suite adds the H5 build and its server.
 * Jest runs a global-setup file once per distinct path, so each suite has its own small file calling this, and both
 * share the stack through the process-wide holder.
 */
export async function setUpStack(options: { browser: boolean }): Promise<void> {
  if (options.browser) chromiumPath();
  process.env.ESBUILD_WORK_FOLDER = '.esbuild-test';
  // A run tests the code it started with, even while files change under it.
  process.env.ESBUILD_WATCH_IGNORE = '**';
  if (!holder.__testStack) {
    const stack = await startStack({
      root,
      dataDir: null,
      fresh: true,
      ports: free,
      h5: false,
      log,
      registryPersons: [
        ...TEST_REGISTRY_PERSONS,
        ...Object.values(BROWSER_CLAIM_PERSONS),
        ...Object.values(BROWSER_CASE_PERSONS),
      ],
      extraInvoices: TEST_EXTRA_INVOICES,
    });
    holder.__testStack = { stack };
  }
  const running = holder.__testStack;
  if (options.browser && !running.h5Url) {
    await ensureH5Build({ root, log });
    const h5 = await startH5Server({
      root,
      // On the port the stack claimed for it: the bucket's CORS (and the API's) allow exactly that origin, so the
      // browser's presigned PUTs to s3rver are refused from any other.
      port: Number(new URL(running.stack.urls.h5Origin).port),
      apiUrl: running.stack.urls.api,
      storageUrl: running.stack.urls.s3,
    });
    running.h5Url = h5.url;
    running.stopH5 = h5.stop;
  }
  const { stack } = running;
  publishStack({
    urls: { ...stack.urls, h5: running.h5Url },
    tableName: stack.tableName,
    bucketName: stack.bucketName,
    functionEnv: stack.functionEnv,
  });
}
