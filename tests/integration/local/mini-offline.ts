// A tiny real serverless-offline (the same osls and plugin versions as the local stack) with functions that fail the
// ways a real one can: a handler module that is not there, a handler that throws, a handler slower than its timeout.
// The stack's own functions never fail like that on purpose, so the gateway's handling of them is tested here.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Child, spawnChild } from '../../../local/child';
import { claimPort, waitUntil } from '../../../local/ports';

const root = join(__dirname, '..', '..', '..');

const SERVICE = `service: gateway-fixture
frameworkVersion: '>=3'
plugins:
  - serverless-offline
custom:
  serverless-offline:
    noPrependStageInUrl: true
provider:
  name: aws
  runtime: nodejs22.x
  timeout: 5
  httpApi:
    cors:
      allowedOrigins: ['*']
functions:
  ok:
    handler: handlers/ok.handler
    events:
      - httpApi: { method: GET, path: /v1/ok }
  echo:
    handler: handlers/echo.handler
    events:
      - httpApi: { method: POST, path: /v1/echo }
  pdf:
    handler: handlers/pdf.handler
    events:
      - httpApi: { method: GET, path: /v1/pdf }
  refused:
    handler: handlers/refused.handler
    events:
      - httpApi: { method: GET, path: /v1/refused }
  missing:
    handler: handlers/missing.handler
    events:
      - httpApi: { method: GET, path: /v1/missing }
  throws:
    handler: handlers/throws.handler
    events:
      - httpApi: { method: GET, path: /v1/throws }
  slow:
    handler: handlers/slow.handler
    timeout: 1
    events:
      - httpApi: { method: GET, path: /v1/slow }
`;

/** The bytes /v1/pdf answers with. */
export const PDF_BYTES = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200_000, 0x41)]);

const HANDLERS: Record<string, string> = {
  'ok.js': `exports.handler = async () => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ ok: true }),
});`,
  'echo.js': `exports.handler = async (event) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ headers: event.headers, body: event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString() : event.body }),
});`,
  'pdf.js': `exports.handler = async () => ({
  statusCode: 200,
  headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="a.pdf"' },
  isBase64Encoded: true,
  body: ${JSON.stringify(PDF_BYTES.toString('base64'))},
});`,
  'refused.js': `exports.handler = async () => ({
  statusCode: 409,
  headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '3' },
  body: JSON.stringify({ error: { code: 'CONFLICT', message: '已被他人处理' } }),
});`,
  'throws.js': `exports.handler = async () => { throw new Error('boom in ' + __filename); };`,
  'slow.js': `exports.handler = () => new Promise((resolve) => setTimeout(() => resolve({ statusCode: 200, body: '{}' }), 4000));`,
};

export type MiniOffline = { url: string; stop(): Promise<void> };

/** Writes the service under .local-data/tmp and starts serverless-offline on it; resolves when it answers. */
export async function startMiniOffline(): Promise<MiniOffline> {
  const dir = join(root, '.local-data', 'tmp', `gateway-fixture-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'handlers'), { recursive: true });
  await writeFile(join(dir, 'serverless.yml'), SERVICE);
  for (const [name, code] of Object.entries(HANDLERS)) await writeFile(join(dir, 'handlers', name), code);
  const port = await claimPort(0, 'gateway fixture');
  const lambdaPort = await claimPort(0, 'gateway fixture (lambda)');
  const lines: string[] = [];
  let child: Child | undefined;
  const stop = async () => {
    await child?.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    child = spawnChild(
      'fixture',
      join(root, 'node_modules', '.bin', 'osls'),
      ['offline', 'start', '--stage', 'local', '--host', '127.0.0.1', '--httpPort', String(port)].concat([
        '--lambdaPort',
        String(lambdaPort),
      ]),
      {
        cwd: dir,
        env: { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' },
        log: (line) => lines.push(line),
      },
    );
    const started = child;
    const url = `http://127.0.0.1:${port}`;
    await waitUntil(
      'the gateway fixture (serverless-offline)',
      async () => {
        if (started.process.exitCode !== null) throw new Error(`exited: ${lines.slice(-20).join('\n')}`);
        return (await fetch(`${url}/v1/ok`)).status === 200;
      },
      90_000,
    );
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
