// Size of the WeChat build in dist/weapp: the main package (everything outside subpackage roots) against WeChat's
// 2 MB limit, each subpackage, and every file over 50 KB. Exits 1 when the main package is over the limit.
// Run after `taro build --type weapp` (npm run build:weapp does both).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const DIST = path.resolve(process.cwd(), 'dist', 'weapp');
const MAIN_PACKAGE_LIMIT = 2 * 1024 * 1024;
const LARGE_FILE = 50 * 1024;
/** Developer-tool settings, not uploaded as code. */
const NOT_UPLOADED = new Set(['project.config.json', 'project.private.config.json']);

interface FileSize {
  file: string;
  bytes: number;
}

function walk(dir: string): FileSize[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return [{ file: path.relative(DIST, full).split(path.sep).join('/'), bytes: statSync(full).size }];
  });
}

/** Subpackage roots from app.json (`subPackages` or `subpackages`), each ending in '/'. */
function subpackageRoots(): string[] {
  const appJson: unknown = JSON.parse(readFileSync(path.join(DIST, 'app.json'), 'utf8'));
  if (typeof appJson !== 'object' || appJson === null) return [];
  const { subPackages, subpackages } = appJson as { subPackages?: unknown; subpackages?: unknown };
  const list = Array.isArray(subPackages) ? subPackages : Array.isArray(subpackages) ? subpackages : [];
  return list
    .map((item: unknown) => (typeof item === 'object' && item !== null ? (item as { root?: unknown }).root : undefined))
    .filter((root): root is string => typeof root === 'string' && root.length > 0)
    .map((root) => `${root.replace(/^\/+|\/+$/g, '')}/`);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function main(): number {
  if (!existsSync(path.join(DIST, 'app.json'))) {
    console.error(`No WeChat build at ${DIST}: run \`taro build --type weapp\` first.`);
    return 1;
  }
  const files = walk(DIST).filter((f) => !NOT_UPLOADED.has(f.file));
  const roots = subpackageRoots();
  const packageOf = (file: string) => roots.find((root) => file.startsWith(root)) ?? 'main';

  const totals = new Map<string, number>([['main', 0]]);
  for (const f of files) totals.set(packageOf(f.file), (totals.get(packageOf(f.file)) ?? 0) + f.bytes);
  const mainBytes = totals.get('main') ?? 0;

  console.log(`\nWeChat package sizes (${path.relative(process.cwd(), DIST)})`);
  console.table(
    [...totals].map(([pkg, bytes]) => ({
      package: pkg,
      size: kb(bytes),
      limit: pkg === 'main' ? kb(MAIN_PACKAGE_LIMIT) : '',
      used: pkg === 'main' ? `${((100 * bytes) / MAIN_PACKAGE_LIMIT).toFixed(1)}%` : '',
    })),
  );

  const large = files.filter((f) => f.bytes > LARGE_FILE).sort((a, b) => b.bytes - a.bytes);
  if (large.length > 0) {
    console.log(`Files over ${kb(LARGE_FILE)}:`);
    console.table(large.map((f) => ({ file: f.file, package: packageOf(f.file), size: kb(f.bytes) })));
  } else {
    console.log(`No file over ${kb(LARGE_FILE)}.`);
  }

  console.log(`Main package: ${kb(mainBytes)} (${mainBytes} bytes) of ${kb(MAIN_PACKAGE_LIMIT)} allowed.`);
  if (mainBytes > MAIN_PACKAGE_LIMIT) {
    console.error('The main package is over WeChat’s 2 MB limit: move pages into subpackages or trim dependencies.');
    return 1;
  }
  return 0;
}

process.exitCode = main();
