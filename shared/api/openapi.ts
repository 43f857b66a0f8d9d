import { z } from 'zod';
import { ErrorResponseSchema } from './errors';
import type { RouteDefinition } from './routes';

type JsonSchema = Record<string, unknown>;

/**
 * A zod schema as an OpenAPI 3.1 schema object (JSON Schema 2020-12 without the `$schema` marker). Request bodies
 * are described as sent (`input`): schemas that normalise (trim, upper-case) would otherwise lose their types.
 */
function schemaOf(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const { $schema: _marker, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io });
  return rest;
}

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
const ERROR_RESPONSES = {
  '400': { description: '请求有误（fields 给出每一项的中文说明）', content: errorContent },
  '401': { description: '未登录或登录已过期', content: errorContent },
  '403': { description: '无权办理', content: errorContent },
  '404': { description: '没有找到', content: errorContent },
  '409': { description: '与当前状态冲突', content: errorContent },
  '422': { description: '信息核验不通过或不符合办理条件', content: errorContent },
  '429': { description: '请求过于频繁', content: errorContent },
  '503': { description: '依赖的服务暂时不可用', content: errorContent },
};

/** A path parameter as its route's `params` schema has it: the pattern, length or values an id must have. */
function pathParameter(name: string, schema: z.ZodType | undefined): JsonSchema {
  const { description, ...rest } = schema ? schemaOf(schema, 'input') : { type: 'string' };
  return { name, in: 'path', required: true, ...(description ? { description } : {}), schema: rest };
}

/** The OpenAPI 3.1 document of the routes, generated from the same zod schemas the handlers and the client use. */
export function buildOpenApiDocument(routes: Record<string, RouteDefinition>, serverUrl?: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, route] of Object.entries(routes)) {
    const parameters: JsonSchema[] = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name = '']) =>
      pathParameter(name, route.params?.shape[name]),
    );
    if (route.idempotent) {
      parameters.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } });
    }
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method.toLowerCase()] = {
      operationId,
      summary: route.summary,
      security: route.auth === 'public' ? [] : [{ bearer: [] }],
      parameters,
      requestBody: route.body
        ? { required: true, content: { 'application/json': { schema: schemaOf(route.body, 'input') } } }
        : undefined,
      responses: {
        '200': {
          description: 'OK',
          content:
            route.responseType === 'application/pdf'
              ? { 'application/pdf': { schema: { type: 'string', format: 'binary' } } }
              : { 'application/json': { schema: schemaOf(route.response) } },
        },
        ...ERROR_RESPONSES,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: '异地就医线上办 API', version: '1' },
    servers: serverUrl ? [{ url: serverUrl }] : [],
    paths,
    components: {
      schemas: { Error: schemaOf(ErrorResponseSchema) },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
