import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { httpHandler } from '../../../functions/http/http';
import { UnauthenticatedError } from '../../../functions/support/errors';

// What every function hands API Gateway in the cloud: the headers come from the one wrapper (functions/http/http.ts),
// so nosniff is checked there; locally the gateway adds it as well.
const event = { routeKey: 'GET /v1/header-check', headers: {} } as unknown as APIGatewayProxyEventV2;
const context = { functionName: 'header-check', awsRequestId: 'r-1' } as unknown as Context;

async function answer(fn: Parameters<typeof httpHandler>[0]): Promise<APIGatewayProxyStructuredResultV2> {
  return (await httpHandler(fn)(event, context)) as APIGatewayProxyStructuredResultV2;
}

describe('API answers carry X-Content-Type-Options: nosniff (issue 9 item 7)', () => {
  it('on a JSON answer, even when the endpoint sets headers of its own', async () => {
    const result = await answer(async () => ({ body: { ok: true }, headers: { 'x-content-type-options': 'off' } }));

    expect(result.statusCode).toBe(200);
    expect(result.headers?.['x-content-type-options']).toBe('nosniff');
  });

  it('on a file', async () => {
    const result = await answer(async () => ({
      body: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
      headers: { 'content-type': 'application/pdf' },
    }));

    expect(result.isBase64Encoded).toBe(true);
    expect(result.headers?.['content-type']).toBe('application/pdf');
    expect(result.headers?.['x-content-type-options']).toBe('nosniff');
  });

  it('on a refusal and on an unexpected failure', async () => {
    const refused = await answer(async () => {
      throw new UnauthenticatedError();
    });
    const failed = await answer(async () => {
      throw new Error('unexpected');
    });

    expect(refused.statusCode).toBe(401);
    expect(refused.headers?.['x-content-type-options']).toBe('nosniff');
    expect(failed.statusCode).toBe(500);
    expect(failed.headers?.['x-content-type-options']).toBe('nosniff');
  });
});
