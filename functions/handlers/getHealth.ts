import type { DependencyCheck, HealthResponse } from '@shared/api/health';
import { probeBucket } from '../adapters/s3';
import { config } from '../config';
import { probeTable } from '../data/table';
import { httpHandler } from '../http/http';

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
  const { stage, wechatApiBase, invoiceApiBase, registryApiBase } = config();
  const [table, bucket] = await Promise.all([check(probeTable), check(probeBucket)]);
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
