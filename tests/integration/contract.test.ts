import { join } from 'node:path';
import { ROUTES } from '@shared/api/routes';
import { loadCloudDefinition } from '../../local/cloud-definition';
import { testStack } from '../support/stack';

const root = join(__dirname, '..', '..');

describe('the API contract — one route table for handlers, client and OpenAPI document', () => {
  it('serverless.yml declares exactly the routes of shared/api/routes.ts', async () => {
    const definition = await loadCloudDefinition({
      root,
      cacheDir: join(root, '.local-data', 'cache'),
      stage: 'ci',
      params: {},
    });

    const declared = definition.httpRoutes.map((r) => `${r.method} ${r.path}`).sort();
    const contract = Object.values(ROUTES)
      .map((r) => `${r.method} ${r.path}`)
      .sort();

    expect(declared).toEqual(contract);
  });

  it('publishes an OpenAPI 3.1 document listing every route with its schemas', async () => {
    const response = await fetch(`${testStack().urls.openapi}`);

    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
    };
    expect(document.openapi).toBe('3.1.0');
    for (const [name, route] of Object.entries(ROUTES)) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation?.operationId).toBe(name);
      expect(operation?.responses).toHaveProperty('200');
      expect(operation?.responses).toHaveProperty('400');
    }
    // A PDF is documented as a PDF, not as JSON.
    const pdf = document.paths['/v1/signatures/{signatureId}/pdf']?.get?.responses['200'] as {
      content: Record<string, unknown>;
    };
    expect(Object.keys(pdf.content)).toEqual(['application/pdf']);
  });
});
