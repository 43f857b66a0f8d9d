// Size of the WeChat build in dist/weapp: the main package (everything outside subpackage roots) and each subpackage
// against our budget of 1 MB each (WeChat allows 2 MB per package; SPEC §10 keeps the main package small), every
// file over 50 KB, and app.json's pages and subpackages each with its page files. Exits 1 on any breach.
// Run after `taro build --type weapp` (npm run build:weapp does both).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const DIST = path.resolve(process.cwd(), 'dist', 'weapp');
const PACKAGE_LIMIT = 1024 * 1024;
/** Each page's four files, as WeChat loads them. */
const PAGE_FILES = ['.js', '.json', '.wxml', '.wxss'] as const;
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

interface AppJson {
  pages: string[];
  subpackages: { root: string; pages: string[] }[];
}

/** app.json's pages and subpackages (`subPackages` or `subpackages`), each root ending in '/'. */
function readAppJson(): AppJson {
  const appJson: unknown = JSON.parse(readFileSync(path.join(DIST, 'app.json'), 'utf8'));
  if (typeof appJson !== 'object' || appJson === null) return { pages: [], subpackages: [] };
  const { pages, subPackages, subpackages } = appJson as {
    pages?: unknown;
    subPackages?: unknown;
    subpackages?: unknown;
  };
  const list: unknown[] = Array.isArray(subPackages) ? subPackages : Array.isArray(subpackages) ? subpackages : [];
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return {
    pages: strings(pages),
    subpackages: list
      .map((item) => (typeof item === 'object' && item !== null ? (item as { root?: unknown; pages?: unknown }) : {}))
      .filter(
        (item): item is { root: string; pages?: unknown } => typeof item.root === 'string' && item.root.length > 0,
      )
      .map((item) => ({ root: `${item.root.replace(/^\/+|\/+$/g, '')}/`, pages: strings(item.pages) })),
  };
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
  const app = readAppJson();
  const roots = app.subpackages.map((sub) => sub.root);
  const problems: string[] = [];
  if (app.pages.length === 0) problems.push('app.json lists no pages');
  const allPages = [...app.pages, ...app.subpackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}${page}`))];
  for (const page of allPages) {
    for (const ext of PAGE_FILES)
      if (!existsSync(path.join(DIST, `${page}${ext}`))) problems.push(`page ${page}: no ${page}${ext}`);
  }
  for (const sub of app.subpackages) if (sub.pages.length === 0) problems.push(`subpackage ${sub.root} has no pages`);
  const packageOf = (file: string) => roots.find((root) => file.startsWith(root)) ?? 'main';

  const totals = new Map<string, number>([['main', 0]]);
  for (const f of files) totals.set(packageOf(f.file), (totals.get(packageOf(f.file)) ?? 0) + f.bytes);
  for (const root of roots) if (!totals.has(root)) totals.set(root, 0);

  console.log(`\nWeChat package sizes (${path.relative(process.cwd(), DIST)})`);
  console.table(
    [...totals].map(([pkg, bytes]) => ({
      package: pkg,
      size: kb(bytes),
      limit: kb(PACKAGE_LIMIT),
      used: `${((100 * bytes) / PACKAGE_LIMIT).toFixed(1)}%`,
    })),
  );

  const large = files.filter((f) => f.bytes > LARGE_FILE).sort((a, b) => b.bytes - a.bytes);
  if (large.length > 0) {
    console.log(`Files over ${kb(LARGE_FILE)}:`);
    console.table(large.map((f) => ({ file: f.file, package: packageOf(f.file), size: kb(f.bytes) })));
  } else {
    console.log(`No file over ${kb(LARGE_FILE)}.`);
  }

  console.log(
    `app.json: ${app.pages.length} main-package page(s), ${app.subpackages.length} subpackage(s): ${roots.join(', ') || 'none'}`,
  );
  for (const [pkg, bytes] of totals) {
    if (bytes > PACKAGE_LIMIT) {
      problems.push(
        `${pkg === 'main' ? 'the main package' : `subpackage ${pkg}`} is ${kb(bytes)}, over the ${kb(PACKAGE_LIMIT)} budget: move pages into subpackages or trim dependencies`,
      );
    }
  }
  if (problems.length > 0) {
    console.error(`The WeChat build fails its checks:\n- ${problems.join('\n- ')}`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
