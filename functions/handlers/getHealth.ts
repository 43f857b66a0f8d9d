import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { HeadBucketCommand } from '@aws-sdk/client-s3';
import type { DependencyCheck, HealthResponse } from '@shared/api/health';
import { dynamodb } from '../adapters/dynamodb';
import { s3 } from '../adapters/s3';
import { config } from '../config';
import { httpHandler } from '../lib/http';

async function check(probe: () => Promise<string>): Promise<DependencyCheck> {
  try {
    return { ok: true, detail: await probe() };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.name : '无法连接' };
  }
}

/** External services are not called on every health probe: configured means a valid base URL is set. */
function configured(base: string): DependencyCheck {
  return { ok: true, detail: `configured: ${new URL(base).origin}` };
}

/** GET /v1/health — whether the table and bucket answer and the external services are configured. */
export const handler = httpHandler(async () => {
  const { tableName, bucketName, stage, wechatApiBase, invoiceApiBase, registryApiBase } = config();
  const [table, bucket] = await Promise.all([
    check(async () => {
      const { Table } = await dynamodb().send(new DescribeTableCommand({ TableName: tableName }));
      return `${tableName}: ${Table?.TableStatus ?? 'UNKNOWN'}`;
    }),
    check(async () => {
      await s3().send(new HeadBucketCommand({ Bucket: bucketName }));
      return `${bucketName}: reachable`;
    }),
  ]);
  const checks = {
    table,
    bucket,
    wechat: configured(wechatApiBase),
    invoicePlatform: configured(invoiceApiBase),
    insuredRegistry: configured(registryApiBase),
  };
  const healthy = Object.values(checks).every((c) => c.ok);
  const body: HealthResponse = { status: healthy ? 'ok' : 'degraded', stage, checks };
  return { status: healthy ? 200 : 503, body };
});
