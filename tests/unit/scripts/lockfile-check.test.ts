import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Lockfile, lockDifferences } from '../../../scripts/lockfile-check';

const lockfile = (): Lockfile => JSON.parse(readFileSync(join(__dirname, '../../../package-lock.json'), 'utf8'));

/** The committed lockfile as an older registry would have written it: without the platform binaries for other systems. */
function withoutPlatformBinaries(lock: Lockfile): Lockfile {
  const packages = Object.fromEntries(
    Object.entries(lock.packages ?? {}).filter(([, entry]) => !(entry.optional && (entry.os || entry.cpu))),
  );
  return { ...lock, packages };
}

describe('CI lockfile check — npm install must not change what is installed', () => {
  it('accepts a lockfile that differs only in the optional platform packages the registry resolves', () => {
    const now = lockfile();
    const before = withoutPlatformBinaries(now);
    expect(Object.keys(before.packages ?? {}).length).toBeLessThan(Object.keys(now.packages ?? {}).length);
    expect(lockDifferences(before, now)).toEqual([]);
  });

  it('refuses a lockfile in which a locked version changed', () => {
    const before = lockfile();
    const after = lockfile();
    const zod = after.packages?.['node_modules/zod'];
    if (!zod) throw new Error('zod is a dependency: its lock entry must exist');
    after.packages = { ...after.packages, 'node_modules/zod': { ...zod, version: '0.0.1', integrity: 'sha512-x' } };
    expect(lockDifferences(before, after)).toEqual(['node_modules/zod']);
  });

  it('refuses a lockfile that gained or lost a dependency of the project', () => {
    const before = lockfile();
    const after = lockfile();
    const root = after.packages?.[''] ?? {};
    after.packages = {
      ...after.packages,
      '': { ...root, dependencies: { ...(root.dependencies as object), 'left-pad': '^1.3.0' } },
      'node_modules/left-pad': { version: '1.3.0', integrity: 'sha512-y' },
    };
    expect(lockDifferences(before, after)).toEqual(['', 'node_modules/left-pad']);
  });
});
