/**
 * CI's lockfile check: `npm install` from the committed lockfile must not change what gets installed.
 *
 * A text comparison of package-lock.json is not stable: the registry's set of optional platform packages (biome's,
 * swc's, the resolver's binaries for other systems) changes over time, and npm writes whatever it now resolves. So
 * this compares the lockfiles before and after the install with those platform-bound optional entries left out: any
 * other difference — a version, an integrity hash, a dependency added or removed — means the committed lockfile no
 * longer describes the tree and fails the check.
 *
 *   tsx scripts/lockfile-check.ts <lockfile before install> <lockfile after install>
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

type LockEntry = {
  version?: string;
  resolved?: string;
  integrity?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  [key: string]: unknown;
};
export type Lockfile = { lockfileVersion?: number; packages?: Record<string, LockEntry> };

/** A platform binary npm may or may not list, depending on what the registry resolves: optional and bound to a system. */
export function isPlatformOptional(entry: LockEntry): boolean {
  return entry.optional === true && Boolean(entry.os || entry.cpu || entry.libc);
}

/** The lockfile's entries that describe the installed tree, keyed by path: name, version, integrity and dependencies. */
export function comparableEntries(lock: Lockfile): Record<string, LockEntry> {
  const kept: Record<string, LockEntry> = {};
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (isPlatformOptional(entry)) continue;
    // A package's list of optional dependencies names the platform binaries too; those come and go with the registry.
    const { optionalDependencies: _optional, ...rest } = entry;
    kept[path] = rest;
  }
  return kept;
}

/** The paths whose entries differ between two lockfiles, ignoring platform-bound optional packages. */
export function lockDifferences(before: Lockfile, after: Lockfile): string[] {
  const a = comparableEntries(before);
  const b = comparableEntries(after);
  const paths = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...paths].filter((path) => !isDeepStrictEqual(a[path], b[path])).sort();
}

function main(beforePath: string, afterPath: string): void {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Lockfile;
  const differences = lockDifferences(read(beforePath), read(afterPath));
  if (differences.length === 0) {
    console.log('[lockfile] npm install kept every locked package (platform-bound optional packages aside)');
    return;
  }
  console.error(`[lockfile] npm install changed ${differences.length} locked package(s):`);
  for (const path of differences.slice(0, 30)) console.error(`  ${path || '(the project itself)'}`);
  console.error(
    '[lockfile] Run `npm install`, check the change to package-lock.json, and commit it (README: Troubleshooting).',
  );
  process.exit(1);
}

if (require.main === module) {
  const [before, after] = process.argv.slice(2);
  if (!before || !after) {
    console.error('usage: tsx scripts/lockfile-check.ts <before.json> <after.json>');
    process.exit(2);
  }
  main(before, after);
}
