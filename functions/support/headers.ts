import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** A header's value; HTTP API lower-cases names, serverless-offline may not. */
export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}
