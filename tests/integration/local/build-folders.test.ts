import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { apiWorkFolder } from '../../../local/api';

const run = promisify(execFile);
const root = join(__dirname, '..', '..', '..');

/** serverless.yml's custom.esbuild as osls resolves it in a given environment. */
async function esbuildSettings(env: NodeJS.ProcessEnv, stage: string): Promise<{ outputWorkFolder: string }> {
  const { ESBUILD_WORK_FOLDER: _ignored, ...clean } = process.env;
  const { stdout } = await run(
    join(root, 'node_modules', '.bin', 'osls'),
    ['print', '--format', 'json', '--path', 'custom.esbuild', '--stage', stage],
    { cwd: root, env: { ...clean, SLS_TELEMETRY_DISABLED: '1', ...env }, maxBuffer: 4 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as { outputWorkFolder: string };
}

describe('each command has its own esbuild work folder (issue 9 item 2)', () => {
  it('npm start, the test suites and npm run package resolve to three different folders', async () => {
    const scripts = (
      JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    // npm run package sets nothing: serverless.yml's default. The local API sets its folder (local/api.ts); the test
    // suites' global setup sets ESBUILD_WORK_FOLDER before starting theirs, and this worker inherits it.
    expect(scripts.package).toMatch(/^osls package --stage ci$/);
    expect(process.env.ESBUILD_WORK_FOLDER).toBe('.esbuild-test');

    const [started, tested, packaged] = await Promise.all([
      esbuildSettings({ ESBUILD_WORK_FOLDER: apiWorkFolder({}) }, 'local'),
      esbuildSettings({ ESBUILD_WORK_FOLDER: apiWorkFolder(process.env) }, 'local'),
      esbuildSettings({}, 'ci'),
    ]);

    expect(started.outputWorkFolder).toBe('.esbuild-local');
    expect(tested.outputWorkFolder).toBe('.esbuild-test');
    expect(packaged.outputWorkFolder).toBe('.esbuild');
    const gitignore = await readFile(join(root, '.gitignore'), 'utf8');
    expect(gitignore.split('\n')).toContain('.esbuild*/');
  }, 120_000);
});
