import { buildOpenApiDocument } from '@shared/api/openapi';
import { ROUTES } from '@shared/api/routes';
import { httpHandler } from '../http/http';

const document = buildOpenApiDocument(ROUTES);

/** GET /v1/openapi.json — the API's OpenAPI 3.1 document, generated from the shared zod schemas. */
export const handler = httpHandler(async () => ({
  body: document,
  headers: { 'cache-control': 'public, max-age=300' },
}));
