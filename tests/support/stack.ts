import { existsSync } from 'node:fs';
import type { StackUrls } from '../../local/stack';

/** What the suites know of the running stack, passed from the global setup through the environment. */
export type TestStack = {
  urls: StackUrls;
  tableName: string;
  bucketName: string;
  functionEnv: Record<string, string>;
};

const VARIABLE = 'TEST_STACK';

/** Stores the stack's description for the test workers (they inherit the setup's environment). */
export function publishStack(stack: TestStack): void {
  process.env[VARIABLE] = JSON.stringify(stack);
}

/** The running stack, for a test file; fails clearly when the suite was run without its global setup. */
export function testStack(): TestStack {
  const raw = process.env[VARIABLE];
  if (!raw) throw new Error('No local stack: run the suites with `npm test` or `npx jest --selectProjects …`.');
  return JSON.parse(raw) as TestStack;
}

/** Debian's Chromium, which the browser tests drive; the message says how to get it. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: apt-get update && apt-get install -y chromium`);
  }
  return path;
}
