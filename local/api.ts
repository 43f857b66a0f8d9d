import { type Child, spawnChild } from './child';
import { waitUntil } from './ports';

/** Environment every function gets locally on top of serverless.yml's own (endpoints and local switches). */
export type LocalFunctionEnv = Record<string, string>;

/**
 * Runs the HTTP API through serverless-offline (osls, esbuild bundles as in the cloud) and waits for /v1/health.
 * `params` override serverless.yml's params (the stand-ins' URLs, the H5 origin).
 */
export async function startApi(opts: {
  root: string;
  port: number;
  lambdaPort: number;
  stage: string;
  params: Record<string, string>;
  env: LocalFunctionEnv;
  log: (line: string) => void;
}): Promise<{ child: Child; url: string; lambdaUrl: string }> {
  const args = ['--no-install', 'osls', 'offline', 'start', '--stage', opts.stage];
  args.push('--host', '127.0.0.1', '--httpPort', String(opts.port), '--lambdaPort', String(opts.lambdaPort));
  for (const [key, value] of Object.entries(opts.params)) args.push('--param', `${key}=${value}`);
  const child = spawnChild('api', 'npx', args, {
    cwd: opts.root,
    env: { ...process.env, ...opts.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' },
    log: opts.log,
  });
  const url = `http://127.0.0.1:${opts.port}`;
  await waitUntil(
    'the API (serverless-offline)',
    async () => {
      if (child.process.exitCode !== null) throw new Error(`serverless-offline exited (${child.process.exitCode})`);
      const response = await fetch(`${url}/v1/health`);
      return response.status === 200;
    },
    300_000,
  );
  return { child, url, lambdaUrl: `http://127.0.0.1:${opts.lambdaPort}` };
}
