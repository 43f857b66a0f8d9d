/**
 * `npm test` — every check a submission must pass, in order: typecheck, lint, the rooms' import arrows
 * (scripts/check-imports.ts), then the unit, integration (DynamoDB Local, s3rver, stand-ins, API via
 * serverless-offline) and browser (Chromium) suites in one Jest run.
 * Extra arguments go to Jest (e.g. `npm test -- tests/unit`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const timings: Array<[string, number]> = [];

function step(name: string, command: string, args: string[], hint: string): void {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync('npx', ['--no-install', command, ...args], { cwd: root, stdio: 'inherit' });
  timings.push([name, Date.now() - started]);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed. ${hint}`);
    process.exit(result.status ?? 1);
  }
}

step('typecheck', 'tsc', ['-p', 'tsconfig.json', '--noEmit'], 'Fix the type errors above.');
step('lint', 'biome', ['check', '--error-on-warnings', '.'], 'Run `npm run lint:fix` for the fixable ones.');
step(
  'imports',
  'tsx',
  ['scripts/check-imports.ts'],
  'Move the import down a room, or the code up (functions/README.md).',
);

const report = join(root, '.local-data', 'jest-report.json');
rmSync(report, { force: true });
const jestArgs = ['--coverage', '--json', '--outputFile', report, ...process.argv.slice(2)];
const started = Date.now();
console.log(`\n▶ tests: jest ${jestArgs.join(' ')}`);
const jest = spawnSync('npx', ['--no-install', 'jest', ...jestArgs], { cwd: root, stdio: 'inherit' });
timings.push(['tests', Date.now() - started]);

let passed = 0;
let failed = 0;
try {
  const summary = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed = summary.numPassedTests;
  failed = summary.numFailedTests;
} catch {
  failed = Math.max(failed, 1);
}

console.log('\nTimings:');
for (const [name, ms] of timings) console.log(`  ${name.padEnd(10)} ${(ms / 1000).toFixed(1)} s`);
if (jest.status !== 0 && failed === 0) {
  console.error('\n✖ Jest failed before or after the tests (setup, coverage threshold): see above.');
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(jest.status ?? 1);
