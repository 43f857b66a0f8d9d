import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { startApi } from './api';
import { loadCloudDefinition } from './cloud-definition';
import { ensureH5Build, startH5Server } from './h5';
import { claimPort } from './ports';
import { type DemoInvoice, type DemoPerson, demoTemplateIdsParam } from './seed/demo';
import { seedDemoStaff } from './seed/staff';
import { startStandIns } from './stand-ins';
import { ensureTable, LOCAL_AWS_ENV, startDynamoDbLocal, startS3 } from './storage';
import { startStreamPoller } from './stream-poller';

/** Ports of every part; 0 picks a free one (tests). */
export type StackPorts = {
  dynamodb: number;
  s3: number;
  wechat: number;
  invoice: number;
  registry: number;
  api: number;
  /** serverless-offline itself, behind the API's gateway on `api`: internal, loopback only. */
  offline: number;
  lambda: number;
  h5: number;
};

export const DEFAULT_PORTS: StackPorts = {
  dynamodb: 8000,
  s3: 4569,
  wechat: 4010,
  invoice: 4020,
  registry: 4030,
  api: 3000,
  offline: 0,
  lambda: 3002,
  h5: 10086,
};

export type StackOptions = {
  root: string;
  /** Where DynamoDB Local and s3rver keep data; null keeps the table in memory and files in a temp folder. */
  dataDir: string | null;
  fresh: boolean;
  ports: StackPorts;
  /** Build (when stale) and serve the H5 app. */
  h5: boolean;
  log: (line: string) => void;
  /** The persons the registry stand-in knows (default: the demo persons); the browser tests add their own. */
  registryPersons?: readonly DemoPerson[];
  /** E-vouchers the invoice stand-in serves besides the demo set (the browser tests add their own). */
  extraInvoices?: readonly DemoInvoice[];
};

export type StackUrls = {
  h5?: string;
  /** The origin the API's CORS allows (serverless.yml's h5Origin param): the H5 host `npm start` serves. */
  h5Origin: string;
  api: string;
  openapi: string;
  dynamodb: string;
  s3: string;
  wechat: string;
  invoice: string;
  registry: string;
};

export type RunningStack = {
  urls: StackUrls;
  tableName: string;
  bucketName: string;
  /** The environment the functions run with locally: for tests that call AWS or the stand-ins directly. */
  functionEnv: Record<string, string>;
  stop(): Promise<void>;
};

const STAGE = 'local';

/**
 * Starts the whole system on this machine: DynamoDB Local, s3rver, the stand-ins for WeChat / the e-invoice
 * platform / the insured-person registry, the API through serverless-offline, the stream consumer, and the H5 app.
 * Whatever started is stopped again if a later part fails.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED =
    LOCAL_AWS_ENV.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    stops.length = 0;
  };
  try {
    const ports = await claimPorts(options.ports);
    const dataDir = options.dataDir;
    if (dataDir && options.fresh) await rm(dataDir, { recursive: true, force: true });
    const h5Origin = `http://127.0.0.1:${ports.h5}`;

    const standIns = await startStandIns({
      host: '127.0.0.1',
      wechatPort: ports.wechat,
      invoicePort: ports.invoice,
      registryPort: ports.registry,
      registryPersons: options.registryPersons,
      extraInvoices: options.extraInvoices,
    });
    stops.push(() => standIns.stop());

    const params = {
      h5Origin,
      wechatApiBase: standIns.urls.wechat,
      invoiceApiBase: standIns.urls.invoice,
      registryApiBase: standIns.urls.registry,
      s3ForcePathStyle: 'true',
      // Field encryption's local master key (instead of KMS), created on first use: kept with the data it protects;
      // the tests' in-memory stacks share one under .local-data/. A param (not functionEnv): serverless-offline
      // hands functions only serverless.yml's environment and AWS_* variables.
      publicVerifyBase: `http://127.0.0.1:${ports.api}`,
      wechatTemplateIds: demoTemplateIdsParam(),
      localFieldKeyFile: dataDir
        ? join(dataDir, 'field-master.key')
        : join(options.root, '.local-data', 'test-field-master.key'),
    };
    const definition = await loadCloudDefinition({
      root: options.root,
      cacheDir: join(options.root, '.local-data', 'cache'),
      stage: STAGE,
      params,
    });

    const ddb = await startDynamoDbLocal({
      port: ports.dynamodb,
      dataDir: dataDir ? join(dataDir, 'dynamodb') : null,
      log: options.log,
    });
    stops.push(() => ddb.child.stop());
    const table = await ensureTable(ddb.client, definition);
    options.log(`[dynamodb] table ${definition.table.TableName} ${table}`);
    const seededStaff = await seedDemoStaff(ddb.client, definition.table.TableName);
    options.log(`[seed] demo staff accounts: ${seededStaff} new`);

    const s3DataDir = dataDir ? join(dataDir, 's3') : join(options.root, '.local-data', 'tmp', `s3-${process.pid}`);
    const s3 = await startS3({ port: ports.s3, dataDir: s3DataDir, bucket: definition.bucket });
    stops.push(() => s3.stop());
    if (!dataDir) stops.push(() => rm(s3DataDir, { recursive: true, force: true }));

    const functionEnv: Record<string, string> = {
      ...definition.environment,
      ...LOCAL_AWS_ENV,
      AWS_ENDPOINT_URL_DYNAMODB: ddb.endpoint,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
    };

    const api = await startApi({
      root: options.root,
      port: ports.api,
      offlinePort: ports.offline,
      lambdaPort: ports.lambda,
      stage: STAGE,
      params,
      cors: definition.httpApiCors,
      env: functionEnv,
      log: options.log,
    });
    stops.push(() => api.stop());

    // Lambda's stream trigger, locally: poll the table's stream and invoke the notifier's own bundle through
    // serverless-offline's Lambda Invoke endpoint, so it runs with the same code and environment as in the cloud.
    const notifierUrl = `${api.lambdaUrl}/2015-03-31/functions/${definition.functionNames.notifier}/invocations`;
    const poller = startStreamPoller({
      endpoint: ddb.endpoint,
      tableName: definition.table.TableName,
      region: LOCAL_AWS_ENV.AWS_REGION,
      credentials: {
        accessKeyId: LOCAL_AWS_ENV.AWS_ACCESS_KEY_ID,
        secretAccessKey: LOCAL_AWS_ENV.AWS_SECRET_ACCESS_KEY,
      },
      filterPatterns: definition.notifierFilterPatterns,
      handler: (event) => invokeLambda(notifierUrl, event),
      log: options.log,
    });
    stops.push(() => poller.stop());

    let h5Url: string | undefined;
    if (options.h5) {
      const build = await ensureH5Build({ root: options.root, log: options.log });
      options.log(`[h5] ${build === 'built' ? 'built' : 'build is up to date'}`);
      const h5 = await startH5Server({ root: options.root, port: ports.h5, apiUrl: api.url, storageUrl: s3.endpoint });
      stops.push(() => h5.stop());
      h5Url = h5.url;
    }

    return {
      urls: {
        h5: h5Url,
        h5Origin,
        api: api.url,
        openapi: `${api.url}/v1/openapi.json`,
        dynamodb: ddb.endpoint,
        s3: s3.endpoint,
        wechat: standIns.urls.wechat,
        invoice: standIns.urls.invoice,
        registry: standIns.urls.registry,
      },
      tableName: definition.table.TableName,
      bucketName: definition.bucket.name,
      functionEnv,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Calls a function through the Lambda Invoke API; a function error is thrown, as Lambda reports it. */
async function invokeLambda(url: string, event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(event) });
  const body = await response.text();
  if (!response.ok || response.headers.get('x-amz-function-error')) {
    throw new Error(`notifier failed (${response.status}): ${body.slice(0, 500)}`);
  }
  return JSON.parse(body) as DynamoDBBatchResponse;
}

async function claimPorts(wanted: StackPorts): Promise<StackPorts> {
  const claimed = { ...wanted };
  const taken = new Set<number>();
  for (const [service, port] of Object.entries(wanted) as Array<[keyof StackPorts, number]>) {
    let actual = await claimPort(port, service);
    // A free port is released right after claiming, so the OS may offer it twice: ask again.
    while (port === 0 && taken.has(actual)) actual = await claimPort(0, service);
    taken.add(actual);
    claimed[service] = actual;
  }
  return claimed;
}
