import { HealthResponseSchema } from '@shared/api/health';
import { testStack } from '../support/stack';

describe('GET /v1/health — the local stack answers through the real API', () => {
  it('reports the table and bucket reachable and every stand-in configured', async () => {
    const { urls, tableName, bucketName } = testStack();

    const response = await fetch(`${urls.api}/v1/health`);

    expect(response.status).toBe(200);
    const body = HealthResponseSchema.parse(await response.json());
    expect(body.status).toBe('ok');
    expect(body.checks.table).toEqual({ ok: true, detail: `${tableName}: ACTIVE` });
    expect(body.checks.bucket).toEqual({ ok: true, detail: `${bucketName}: reachable` });
    expect(body.checks.wechat.detail).toBe(`configured: ${urls.wechat}`);
    expect(body.checks.invoicePlatform.detail).toBe(`configured: ${urls.invoice}`);
    expect(body.checks.insuredRegistry.detail).toBe(`configured: ${urls.registry}`);
  });

  it('answers an unknown route with 404, not a 500', async () => {
    const { urls } = testStack();

    const response = await fetch(`${urls.api}/v1/no-such-route`);

    expect(response.status).toBe(404);
  });
});
