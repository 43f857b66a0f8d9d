// Issue 9 item 4 — the path parameters of the route table (shared/api/params.ts): every `{name}` of every path has a
// schema, each schema takes the ids the backend really makes and refuses what cannot be one with a Chinese message,
// the request layer checks them before any endpoint runs, and the OpenAPI document shows their form.
import { buildOpenApiDocument } from '@shared/api/openapi';
import { PATH_ERROR_MESSAGE } from '@shared/api/params';
import { ROUTES } from '@shared/api/routes';
import { STAFF_QUEUES } from '@shared/api/staff';
import { MATERIAL_ITEMS } from '@shared/domain/vocabulary';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { z } from 'zod';
import { messageIdOf } from '../../../functions/data/message';
import { httpHandler } from '../../../functions/http/http';
import { parsePath } from '../../../functions/http/request';
import { ValidationError } from '../../../functions/support/errors';
import { ulid } from '../../../functions/support/ids';

const HAN = /\p{Script=Han}/u;

const namesOf = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name as string);

/** Every (route, parameter, schema) of the table. */
const PARAMS = Object.entries(ROUTES).flatMap(([route, definition]) =>
  namesOf(definition.path).map((name) => {
    const shape = ('params' in definition ? definition.params.shape : {}) as Record<string, z.ZodType | undefined>;
    return { route, name, schema: shape[name] };
  }),
);

/** Values the backend makes for a parameter (functions/support/ids.ts, functions/data/message.ts, the vocabularies). */
function realValues(name: string): string[] {
  if (name === 'item') return [...MATERIAL_ITEMS];
  if (name === 'stage') return [...STAFF_QUEUES];
  if (name === 'messageId') return [messageIdOf(ulid(), ulid()), messageIdOf(ulid(0), ulid(2 ** 48 - 1))];
  return [ulid(), ulid(0), ulid(2 ** 48 - 1), '01ARZ3NDEKTSV4RRFFQ69G5FAV'];
}

const id = ulid();
const NOT_AN_ID: [string, unknown][] = [
  ['2,000 characters', 'A'.repeat(2_000)],
  ['../x', '../x'],
  ['a NUL', '\u0000'],
  ['a blank', ' '],
  ['empty', ''],
  ['missing', undefined],
  ['lower case', id.toLowerCase()],
  ['a letter outside Crockford base32 (I)', `${id.slice(0, 25)}I`],
  ['a time beyond 48 bits (leading 8)', `8${id.slice(1)}`],
  ['one character too many', `${id}0`],
  ['a ULID and a suffix', `${id}/../x`],
  ['two ULIDs with a NUL between', `${id}\u0000${id}`],
];

describe('the route table declares a schema for every path parameter', () => {
  it.each(Object.entries(ROUTES))('%s: params has exactly the {names} of its path', (_name, route) => {
    const declared = 'params' in route ? Object.keys(route.params.shape).sort() : [];

    expect(declared).toEqual(namesOf(route.path).sort());
  });

  it('covers the applicant, staff, verify, upload, signature, filing, message and proxy routes', () => {
    const names = new Set(PARAMS.map((p) => p.name));

    expect([...names].sort()).toEqual([
      'fileId',
      'formId',
      'id',
      'item',
      'messageId',
      'personId',
      'proxyUserId',
      'signatureId',
      'stage',
    ]);
    expect(PARAMS.every((p) => p.schema !== undefined)).toBe(true);
  });
});

describe.each(PARAMS.map((p) => [`${p.route} {${p.name}}`, p] as const))('%s', (_label, { name, schema }) => {
  it('takes every value the backend makes', () => {
    for (const value of realValues(name)) expect(schema?.safeParse(value).success).toBe(true);
  });

  it.each(NOT_AN_ID)('refuses %s with a Chinese message', (_what, value) => {
    const result = schema?.safeParse(value);

    expect(result?.success).toBe(false);
    for (const issue of result?.error?.issues ?? []) expect(issue.message).toMatch(HAN);
  });
});

function eventOf(routeKey: string, pathParameters: Record<string, string> | undefined): APIGatewayProxyEventV2 {
  return { routeKey, pathParameters, headers: {}, isBase64Encoded: false } as unknown as APIGatewayProxyEventV2;
}

describe('parsePath — the request layer', () => {
  it('answers the typed parameters of the route', () => {
    const fileId = ulid();
    const params = parsePath(eventOf('', { id, item: 'INVOICE', fileId }), ROUTES.getClaimMaterial);

    expect(params).toEqual({ id, item: 'INVOICE', fileId });
  });

  it('throws 400 VALIDATION_FAILED with a Chinese message per parameter that does not fit', () => {
    const event = eventOf('', { id: 'A'.repeat(2_000), item: 'NOPE', fileId: '../x' });
    let thrown: unknown;
    try {
      parsePath(event, ROUTES.getClaimMaterial);
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(ValidationError);
    expect(thrown).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: PATH_ERROR_MESSAGE,
      fields: { id: '办件编号格式不正确', item: '没有该材料项目', fileId: '文件编号格式不正确' },
    });
  });

  it('refuses an event without path parameters', () => {
    expect(() => parsePath(eventOf('', undefined), ROUTES.getUpload)).toThrow(ValidationError);
  });
});

describe('httpHandler checks the path of the route a request came in on before the endpoint runs', () => {
  const context = {} as Context;

  it.each(PARAMS.map((p) => [p.route, p.name] as const))(
    '%s {%s}: 400 in the project format, the endpoint never called',
    async (route, name) => {
      const definition = ROUTES[route as keyof typeof ROUTES];
      const valid = Object.fromEntries(namesOf(definition.path).map((n) => [n, realValues(n)[0] ?? '']));
      const endpoint = jest.fn(async () => ({ body: { ok: true } }));
      const answer = await httpHandler(endpoint)(
        eventOf(`${definition.method} ${definition.path}`, { ...valid, [name]: 'A'.repeat(2_000) }),
        context,
      );

      expect(endpoint).not.toHaveBeenCalled();
      expect(typeof answer === 'object' && answer.statusCode).toBe(400);
      const body = JSON.parse(typeof answer === 'object' ? (answer.body ?? '') : '');
      expect(body).toEqual({
        error: {
          code: 'VALIDATION_FAILED',
          message: PATH_ERROR_MESSAGE,
          fields: { [name]: expect.stringMatching(HAN) },
        },
      });
    },
  );

  it('lets well-formed parameters through', async () => {
    const endpoint = jest.fn(async () => ({ body: { ok: true } }));
    const answer = await httpHandler(endpoint)(eventOf('GET /v1/uploads/{fileId}', { fileId: ulid() }), context);

    expect(endpoint).toHaveBeenCalledTimes(1);
    expect(typeof answer === 'object' && answer.statusCode).toBe(200);
  });
});

describe('the OpenAPI document shows the form of each path parameter', () => {
  const document = buildOpenApiDocument(ROUTES) as {
    paths: Record<
      string,
      Record<string, { parameters: { name: string; in: string; schema: Record<string, unknown> }[] }>
    >;
  };

  it.each(PARAMS.map((p) => [p.route, p.name] as const))('%s {%s}', (route, name) => {
    const definition = ROUTES[route as keyof typeof ROUTES];
    const operation = document.paths[definition.path]?.[definition.method.toLowerCase()];
    const parameter = operation?.parameters.find((p) => p.in === 'path' && p.name === name);

    expect(parameter).toMatchObject({ required: true, schema: { type: 'string' } });
    const schema = parameter?.schema ?? {};
    if ('enum' in schema) expect(schema.enum).toEqual(name === 'item' ? [...MATERIAL_ITEMS] : [...STAFF_QUEUES]);
    else expect(schema).toMatchObject({ pattern: expect.stringMatching(/^\^.*\$$/), maxLength: expect.any(Number) });
  });
});
