/**
 * The rooms' one-way arrows (functions/README.md), checked over the import graph: every relative and `@shared/`
 * import (static, dynamic, `export … from`, `require`) of every file under functions/, shared/ and miniapp/src/ is
 * resolved to the room it lands in, and an import into a room above the importer's is reported — in the app also
 * one feature importing another (`appLayerOf`). `npm test` runs this before
 * Jest; `npx tsx scripts/check-imports.ts` runs it alone. Exits 1 with one line per upward import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The rooms, by what the path of a file (relative to the repository, `/`-separated) starts with. */
export type Room =
  | 'handlers'
  | 'http'
  | 'usecases'
  | 'data'
  | 'adapters'
  | 'support'
  | 'config'
  | 'shared/domain'
  | 'shared/policy'
  | 'shared/api'
  | 'shared'
  | 'miniapp'
  | 'other';

const ROOM_OF_FOLDER: ReadonlyArray<readonly [string, Room]> = [
  ['functions/handlers/', 'handlers'],
  ['functions/http/', 'http'],
  ['functions/usecases/', 'usecases'],
  ['functions/data/', 'data'],
  ['functions/adapters/', 'adapters'],
  ['functions/support/', 'support'],
  ['functions/config', 'config'],
  ['shared/domain/', 'shared/domain'],
  ['shared/policy/', 'shared/policy'],
  ['shared/api/', 'shared/api'],
  ['shared/', 'shared'],
  ['miniapp/', 'miniapp'],
];

const FUNCTIONS_ROOMS: readonly Room[] = ['handlers', 'http', 'usecases', 'data', 'adapters', 'support', 'config'];

/** What each room must not import (everything else below or beside it is allowed). */
export const FORBIDDEN: Readonly<Partial<Record<Room, readonly Room[]>>> = {
  http: ['handlers'],
  usecases: ['http', 'handlers'],
  data: ['usecases', 'http', 'handlers'],
  adapters: ['data', 'usecases', 'http', 'handlers'],
  support: ['adapters', 'data', 'usecases', 'http', 'handlers'],
  config: ['handlers', 'http', 'usecases', 'data', 'adapters', 'support'],
  'shared/domain': [...FUNCTIONS_ROOMS, 'miniapp', 'shared/api'],
  'shared/policy': [...FUNCTIONS_ROOMS, 'miniapp', 'shared/api'],
  'shared/api': [...FUNCTIONS_ROOMS, 'miniapp'],
  shared: [...FUNCTIONS_ROOMS, 'miniapp'],
  miniapp: FUNCTIONS_ROOMS,
};

/** The room of a repository path (with or without its extension). */
export function roomOf(path: string): Room {
  const bare = path.replace(/\.(d\.)?tsx?$/, '').replace(/\/index$/, '');
  return ROOM_OF_FOLDER.find(([prefix]) => bare.startsWith(prefix) || `${bare}/` === prefix)?.[1] ?? 'other';
}

// `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`, `require('x')`.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

/** The repository path an import specifier of `file` points at, or undefined for a package. */
export function resolveSpecifier(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('@shared/')) return `shared/${specifier.slice('@shared/'.length)}`;
  if (!specifier.startsWith('.')) return undefined;
  return resolve('/', dirname(file), specifier).slice(1);
}

/** One upward import (or, in the app, an import across features). */
export type Violation = { file: string; line: number; specifier: string; from: string; to: string };

/**
 * The app's layers (miniapp/README.md): pages (`pages/`, `packages/`) compose features; a feature
 * (`features/<name>/`) uses the shared pieces below it (`components/`, `hooks/`, `lib/`, `theme/`, `utils/`) and
 * never another feature; the shared pieces use neither. The app root (app.tsx, app.config.ts) may use anything.
 */
export function appLayerOf(path: string): string | undefined {
  const match = /^miniapp\/src\/([^/]+)(?:\/([^/.]+))?/.exec(path);
  if (!match) return undefined;
  const [, top, next] = match;
  if (top === 'pages' || top === 'packages') return 'app pages';
  if (top === 'features') return `feature ${next ?? ''}`;
  if (['components', 'hooks', 'lib', 'theme', 'utils'].includes(top ?? '')) return 'app shared';
  return undefined;
}

function appForbids(from: string, to: string): boolean {
  if (from === 'app pages') return false;
  if (to === 'app pages') return true;
  if (from === 'app shared') return to.startsWith('feature ');
  return to.startsWith('feature ') && to !== from;
}

/** The upward imports in one file's source. */
export function violationsIn(file: string, source: string): Violation[] {
  const from = roomOf(file);
  const forbidden = FORBIDDEN[from] ?? [];
  const layer = appLayerOf(file);
  const found: Violation[] = [];
  source.split('\n').forEach((text, index) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(text)) return; // comments name paths; they are not imports
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? '';
      const target = resolveSpecifier(file, specifier);
      if (target === undefined) continue;
      const to = roomOf(target);
      if (forbidden.includes(to)) found.push({ file, line: index + 1, specifier, from, to });
      const targetLayer = appLayerOf(target);
      if (layer && targetLayer && appForbids(layer, targetLayer)) {
        found.push({ file, line: index + 1, specifier, from: layer, to: targetLayer });
      }
    }
  });
  return found;
}

function sourceFiles(root: string, folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(join(root, folder));
  return out.sort();
}

/** Every upward import under functions/, shared/ and miniapp/src/ of the repository at `root`. */
export function findUpwardImports(root: string): Violation[] {
  return ['functions', 'shared', 'miniapp/src'].flatMap((folder) =>
    sourceFiles(root, folder).flatMap((file) => violationsIn(file, readFileSync(join(root, file), 'utf8'))),
  );
}

if (require.main === module) {
  const violations = findUpwardImports(join(__dirname, '..'));
  for (const v of violations) {
    console.error(`${v.file}:${v.line}: ${v.from} must not import ${v.to} ('${v.specifier}')`);
  }
  if (violations.length > 0) {
    console.error(
      `\n✖ ${violations.length} upward import(s): see functions/README.md and miniapp/README.md for the rooms and arrows.`,
    );
    process.exit(1);
  }
  console.log('imports: every arrow points down (functions/README.md, miniapp/README.md)');
}
