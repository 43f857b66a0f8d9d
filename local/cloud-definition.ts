import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import type { CorsConfig } from './gateway';

const run = promisify(execFile);

/** What the local stack takes from serverless.yml: the table, the bucket and the notifier's stream filter. */
export type CloudDefinition = {
  table: CreateTableCommandInput & { TableName: string };
  ttlAttribute: string | undefined;
  bucket: { name: string; corsXml: string };
  notifierFilterPatterns: unknown[];
  /** The deployed name of each function (`<service>-<stage>-<key>`), as the Lambda Invoke API knows it. */
  functionNames: Record<string, string>;
  /** Every HTTP API route declared in serverless.yml, with the function that serves it. */
  httpRoutes: Array<{ method: string; path: string; functionKey: string }>;
  /** provider.environment, resolved: what every function gets in the cloud. */
  environment: Record<string, string>;
  /** provider.httpApi.cors, resolved: the local gateway allows the same origins, methods and headers. */
  httpApiCors: CorsConfig | undefined;
};

type Printed = {
  resources: { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
  functions: Record<
    string,
    {
      name?: string;
      events?: Array<{ stream?: { filterPatterns?: unknown[] }; httpApi?: { method: string; path: string } }>;
    }
  >;
  service: string;
  provider: { environment?: Record<string, string>; stage?: string; httpApi?: { cors?: CorsConfig | boolean } };
};

/**
 * Resolves serverless.yml with osls itself (`print`), so the local table and bucket are built from the cloud
 * definition and never from a second hand-written copy. Cached by the file's hash and the params (print takes ~5 s).
 */
export async function loadCloudDefinition(opts: {
  root: string;
  cacheDir: string;
  stage: string;
  params: Record<string, string>;
}): Promise<CloudDefinition> {
  const yml = await readFile(join(opts.root, 'serverless.yml'), 'utf8');
  const args = ['osls', 'print', '--format', 'json', '--stage', opts.stage];
  for (const [key, value] of Object.entries(opts.params)) args.push('--param', `${key}=${value}`);
  const key = createHash('sha256').update(yml).update(JSON.stringify(args)).digest('hex').slice(0, 16);
  const cacheFile = join(opts.cacheDir, `serverless-print-${key}.json`);
  let printed: Printed;
  try {
    printed = JSON.parse(await readFile(cacheFile, 'utf8')) as Printed;
  } catch {
    const { stdout } = await run('npx', ['--no-install', ...args], { cwd: opts.root, maxBuffer: 16 * 1024 * 1024 });
    printed = JSON.parse(stdout) as Printed;
    await mkdir(opts.cacheDir, { recursive: true });
    await writeFile(cacheFile, stdout);
  }
  return toDefinition(printed);
}

function resourceOfType(printed: Printed, type: string): Record<string, unknown> {
  const found = Object.values(printed.resources.Resources).filter((r) => r.Type === type);
  if (found.length !== 1) throw new Error(`serverless.yml must declare exactly one ${type}, found ${found.length}`);
  return (found[0] as { Properties: Record<string, unknown> }).Properties;
}

/** The CloudFormation properties of the table that CreateTable shares, as serverless.yml writes them. */
type TableProperties = Pick<
  CloudDefinition['table'],
  'TableName' | 'BillingMode' | 'AttributeDefinitions' | 'KeySchema' | 'GlobalSecondaryIndexes'
> & {
  StreamSpecification?: { StreamViewType: 'NEW_AND_OLD_IMAGES' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'KEYS_ONLY' };
  TimeToLiveSpecification?: { AttributeName: string; Enabled: boolean };
};

function toDefinition(printed: Printed): CloudDefinition {
  const t = resourceOfType(printed, 'AWS::DynamoDB::Table') as unknown as TableProperties;
  const stream = t.StreamSpecification;
  // Only what CreateTable understands; SSE, PITR and TTL are cloud settings (TTL is set with its own call).
  const table: CloudDefinition['table'] = {
    TableName: t.TableName,
    BillingMode: t.BillingMode,
    AttributeDefinitions: t.AttributeDefinitions,
    KeySchema: t.KeySchema,
    GlobalSecondaryIndexes: t.GlobalSecondaryIndexes,
    StreamSpecification: stream ? { StreamEnabled: true, StreamViewType: stream.StreamViewType } : undefined,
  };
  const ttl = t.TimeToLiveSpecification;
  const b = resourceOfType(printed, 'AWS::S3::Bucket') as {
    BucketName: string;
    CorsConfiguration?: { CorsRules: CorsRule[] };
  };
  const httpRoutes = Object.entries(printed.functions).flatMap(([functionKey, f]) =>
    (f.events ?? []).flatMap((e) =>
      e.httpApi ? [{ method: e.httpApi.method.toUpperCase(), path: e.httpApi.path, functionKey }] : [],
    ),
  );
  const notifierFilterPatterns =
    Object.values(printed.functions)
      .flatMap((f) => f.events ?? [])
      .find((e) => e.stream)?.stream?.filterPatterns ?? [];
  return {
    table,
    ttlAttribute: ttl?.Enabled ? ttl.AttributeName : undefined,
    bucket: { name: b.BucketName, corsXml: corsXml(b.CorsConfiguration?.CorsRules ?? []) },
    notifierFilterPatterns,
    functionNames: Object.fromEntries(
      Object.entries(printed.functions).map(([key, f]) => [
        key,
        f.name ?? `${printed.service}-${printed.provider.stage}-${key}`,
      ]),
    ),
    httpRoutes,
    environment: printed.provider.environment ?? {},
    httpApiCors: httpApiCors(printed.provider.httpApi?.cors, httpRoutes),
  };
}

// The Serverless Framework's defaults for an HTTP API's CORS (osls: package/compile/events/http-api.js).
const DEFAULT_CORS_HEADERS = [
  'Content-Type',
  'X-Amz-Date',
  'Authorization',
  'X-Api-Key',
  'X-Amz-Security-Token',
  'X-Amz-User-Agent',
  'X-Amzn-Trace-Id',
];

/** provider.httpApi.cors with osls's defaults filled in (`true`: all defaults; no methods: the routes' own). */
function httpApiCors(
  cors: CorsConfig | boolean | undefined,
  routes: CloudDefinition['httpRoutes'],
): CorsConfig | undefined {
  if (!cors) return undefined;
  const given: Partial<CorsConfig> = cors === true ? {} : cors;
  return {
    ...given,
    allowedOrigins: given.allowedOrigins ?? ['*'],
    allowedHeaders: given.allowedHeaders ?? DEFAULT_CORS_HEADERS,
    allowedMethods: given.allowedMethods ?? ['OPTIONS', ...new Set(routes.map((route) => route.method))],
  };
}

type CorsRule = {
  AllowedOrigins: string[];
  AllowedMethods: string[];
  AllowedHeaders?: string[];
  ExposedHeaders?: string[];
  MaxAge?: number;
};

/** The bucket's CORS rules as the S3 API's XML, which s3rver takes as bucket configuration. */
function corsXml(rules: CorsRule[]): string {
  const tags = (name: string, values: string[] = []) => values.map((v) => `<${name}>${v}</${name}>`).join('');
  const body = rules
    .map(
      (r) =>
        `<CORSRule>${tags('AllowedOrigin', r.AllowedOrigins)}${tags('AllowedMethod', r.AllowedMethods)}` +
        `${tags('AllowedHeader', r.AllowedHeaders)}${tags('ExposeHeader', r.ExposedHeaders)}` +
        `${r.MaxAge === undefined ? '' : `<MaxAgeSeconds>${r.MaxAge}</MaxAgeSeconds>`}</CORSRule>`,
    )
    .join('');
  return `<CORSConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${body}</CORSConfiguration>`;
}
