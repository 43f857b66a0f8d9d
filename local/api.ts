import { type Child, spawnChild } from './child';
import { type CorsConfig, startGateway } from './gateway';
import { waitUntil } from './ports';

/** Environment every function gets locally on top of serverless.yml's own (endpoints and local switches). */
export type LocalFunctionEnv = Record<string, string>;

/**
 * The esbuild work folder of the local API (serverless.yml's custom.esbuild.outputWorkFolder). Each command has its
 * own, so none deletes the bundles another one runs: `npm start` `.esbuild-local`, the test suites `.esbuild-test`
 * (tests/support/stack-setup.ts sets it), `npm run package` serverless.yml's default `.esbuild` (serverless-esbuild
 * deletes its work folder once packaged).
 */
export function apiWorkFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.ESBUILD_WORK_FOLDER || '.esbuild-local';
}

/**
 * Runs the HTTP API: serverless-offline (osls, esbuild bundles as in the cloud) on an internal loopback port, behind
 * the local gateway (local/gateway.ts) on the public port; waits for /v1/health through both.
 * `params` override serverless.yml's params (the stand-ins' URLs, the H5 origin); `cors` is the HTTP API's CORS.
 */
export async function startApi(opts: {
  root: string;
  port: number;
  /** serverless-offline's own port, reached only through the gateway. */
  offlinePort: number;
  lambdaPort: number;
  stage: string;
  params: Record<string, string>;
  cors: CorsConfig | undefined;
  env: LocalFunctionEnv;
  log: (line: string) => void;
}): Promise<{ child: Child; url: string; lambdaUrl: string; stop(): Promise<void> }> {
  // Until the API is up, the health probes' "unreachable" would only be noise.
  let ready = false;
  const gateway = await startGateway({
    host: '127.0.0.1',
    port: opts.port,
    upstream: `http://127.0.0.1:${opts.offlinePort}`,
    cors: opts.cors,
    log: (line) => {
      if (ready) opts.log(line);
    },
  });
  const args = ['--no-install', 'osls', 'offline', 'start', '--stage', opts.stage];
  args.push('--host', '127.0.0.1', '--httpPort', String(opts.offlinePort), '--lambdaPort', String(opts.lambdaPort));
  for (const [key, value] of Object.entries(opts.params)) args.push('--param', `${key}=${value}`);
  const child = spawnChild('api', 'npx', args, {
    cwd: opts.root,
    env: {
      ...process.env,
      ...opts.env,
      ESBUILD_WORK_FOLDER: apiWorkFolder(),
      SLS_TELEMETRY_DISABLED: '1',
      SLS_NOTIFICATIONS_MODE: 'off',
    },
    log: opts.log,
  });
  const stop = async () => {
    await gateway.stop();
    await child.stop();
  };
  try {
    await waitUntil(
      'the API (serverless-offline)',
      async () => {
        if (child.process.exitCode !== null) throw new Error(`serverless-offline exited (${child.process.exitCode})`);
        const response = await fetch(`${gateway.url}/v1/health`);
        return response.status === 200;
      },
      300_000,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  ready = true;
  return { child, url: gateway.url, lambdaUrl: `http://127.0.0.1:${opts.lambdaPort}`, stop };
}
