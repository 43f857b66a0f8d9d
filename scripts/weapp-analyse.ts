// WeChat's own analyser (npm miniprogram-ci, offline `analyseCode`) over dist/weapp: every page of app.json and every
// component a page's JSON names must resolve to a module, no dependency may be unresolved, and each package must stay
// within WeChat's limits as WeChat itself counts files (main ≤ 1 MB here, each subpackage ≤ 1 MB — our own budget,
// under WeChat's 2 MB per package). An independent check of scripts/weapp-size.ts. Run after `npm run build:weapp`.
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyseCode, Project } from 'miniprogram-ci';

const DIST = path.resolve(process.cwd(), 'dist', 'weapp');
const PACKAGE_BUDGET = 1024 * 1024;

interface AppJson {
  pages?: string[];
  subPackages?: { root: string; pages: string[] }[];
  subpackages?: { root: string; pages: string[] }[];
}

async function main(): Promise<number> {
  if (!existsSync(path.join(DIST, 'app.json'))) {
    console.error(`No WeChat build at ${DIST}: run \`npm run build:weapp\` first.`);
    return 1;
  }
  const app = JSON.parse(readFileSync(path.join(DIST, 'app.json'), 'utf8')) as AppJson;
  // analyseCode needs a Project with an appid and a private key file, though it never uses the key offline.
  const keyDir = mkdtempSync(path.join(tmpdir(), 'weapp-analyse-'));
  const keyPath = path.join(keyDir, 'private.key');
  writeFileSync(
    keyPath,
    generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }),
  );
  try {
    const project = new Project({
      appid: 'touristappid',
      type: 'miniProgram',
      projectPath: DIST,
      privateKeyPath: keyPath,
      ignores: [],
    });
    const result = await analyseCode(project, { silent: true });
    if (!result) {
      console.error('miniprogram-ci analyseCode returned nothing.');
      return 1;
    }
    const problems: string[] = [];

    // Every page (main and subpackages) is a module WeChat found.
    const modulePaths = new Set(result.modules.map((m) => m.path.replace(/\\/g, '/')));
    const pages = [
      ...(app.pages ?? []),
      ...(app.subPackages ?? app.subpackages ?? []).flatMap((sub) =>
        sub.pages.map((p) => `${sub.root.replace(/\/$/, '')}/${p}`),
      ),
    ];
    for (const page of pages) {
      const found = [...modulePaths].some((p) => p === page || p.startsWith(`${page}.`) || p === `${page}.json`);
      if (!found) problems.push(`page ${page} (app.json) was not found by WeChat's analyser`);
    }
    // No dependency (a require, a usingComponents entry, an import in wxml/wxss) that does not resolve.
    for (const mod of result.modules) {
      for (const dep of mod.deps) {
        // app.json's implicit `functional-pages` folder exists only for apps that use 插件功能页: optional.
        if (dep.request === 'functional-pages') continue;
        if (dep.error || dep.path === null)
          problems.push(
            `${mod.path}: ${dep.type} "${dep.request}" does not resolve${dep.error ? ` (${dep.error})` : ''}`,
          );
      }
      if (mod.buildError) problems.push(`${mod.path}: ${mod.buildError}`);
      for (const error of mod.errors ?? []) problems.push(`${mod.path}: ${error}`);
    }

    // Package sizes as WeChat counts them.
    const totals = new Map<string, number>();
    for (const file of result.files) {
      const pkg = file.subPackage ?? 'main';
      totals.set(pkg, (totals.get(pkg) ?? 0) + file.size);
    }
    console.log(
      `\nminiprogram-ci analyseCode: ${result.modules.length} modules, ${result.files.length} files, ${pages.length} pages`,
    );
    console.table(
      [...totals].map(([pkg, bytes]) => ({
        package: pkg,
        size: `${(bytes / 1024).toFixed(1)} KB`,
        budget: '1024.0 KB',
      })),
    );
    for (const [pkg, bytes] of totals) {
      if (bytes > PACKAGE_BUDGET)
        problems.push(`package ${pkg} is ${(bytes / 1024).toFixed(1)} KB, over the 1 MB budget`);
    }

    if (problems.length > 0) {
      console.error(`WeChat's analyser found ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
      return 1;
    }
    console.log('Every page and component resolves; every package is within budget.');
    return 0;
  } finally {
    rmSync(keyDir, { recursive: true, force: true });
  }
}

// The analyser leaves a file watcher running: exit explicitly once the answer is in.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
