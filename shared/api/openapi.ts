import { z } from 'zod';
import { ERRORS, ErrorResponseSchema, type ErrorStatus } from './errors';
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
const STATUS_DESCRIPTION: Record<ErrorStatus, string> = {
  400: '请求有误（fields 给出每一项的中文说明）',
  401: '未登录或登录已过期',
  403: '无权办理',
  404: '没有找到',
  409: '与当前状态冲突',
  413: '请求内容过大',
  415: '请求内容类型不支持',
  422: '信息核验不通过或不符合办理条件（业务规则的拒绝带 source：“依据：…”）',
  423: '账号已锁定',
  429: '请求过于频繁',
  500: '系统繁忙',
  502: '依赖的服务答复有误',
  503: '依赖的服务暂时不可用',
};

/** Every status the error registry answers with, described (the codes of each: the Error component's `code`). */
const ERROR_RESPONSES = Object.fromEntries(
  [...new Set(Object.values(ERRORS).map((entry) => entry.status))]
    .sort((a, b) => a - b)
    .map((status) => [String(status), { description: STATUS_DESCRIPTION[status], content: errorContent }]),
);

/** The Error component: the shape of ErrorResponseSchema, its `code` one of the registry's (each with its status). */
function errorComponent(): JsonSchema {
  const schema = schemaOf(ErrorResponseSchema) as { properties: { error: { properties: Record<string, JsonSchema> } } };
  const properties = schema.properties.error.properties;
  properties.code = {
    ...properties.code,
    enum: Object.keys(ERRORS),
    description: Object.entries(ERRORS)
      .map(([code, entry]) => `${code} (${entry.status}) ${entry.message}`)
      .join('\n'),
  };
  return schema;
}

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
    if (route.query) {
      for (const [name, schema] of Object.entries(route.query.shape)) {
        const { description, ...rest } = schemaOf(schema as z.ZodType, 'input');
        const required = !(schema as z.ZodType).safeParse(undefined).success;
        parameters.push({ name, in: 'query', required, ...(description ? { description } : {}), schema: rest });
      }
    }
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
      schemas: { Error: errorComponent() },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
