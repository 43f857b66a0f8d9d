import { PATH_ERROR_MESSAGE } from '@shared/api/params';
import { ROUTES, type RouteDefinition } from '@shared/api/routes';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { z } from 'zod';
import { ValidationError } from '../support/errors';

/** The largest JSON body an endpoint reads (64 KB): forms are small; files go to S3 directly. */
const MAX_BODY_CHARS = 64 * 1024;

const HAN = /\p{Script=Han}/u;

export { header } from '../support/headers';

/** The raw body as text (API Gateway may hand it over base64-encoded). */
export function bodyText(event: APIGatewayProxyEventV2): string {
  if (!event.body) return '';
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

/** zod's issues as one Chinese message per field path ("idNumber", "bank.accountName"); the first issue wins. */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    // Our schemas carry Chinese messages; zod's own English defaults must never reach an elderly user.
    fields[path] ??= HAN.test(issue.message) ? issue.message : '填写的内容格式不正确';
  }
  return fields;
}

/**
 * Parses the JSON body with a shared schema: 400 with a Chinese message per field when it does not fit. `maxChars`
 * raises the size limit for the few bodies that carry an image (a hand-drawn signature).
 */
export function parseBody<S extends z.ZodType>(
  event: APIGatewayProxyEventV2,
  schema: S,
  maxChars: number = MAX_BODY_CHARS,
): z.output<S> {
  const text = bodyText(event);
  if (text.length > maxChars) throw new ValidationError({ _: '提交的内容过大' });
  let json: unknown;
  try {
    json = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new ValidationError({ _: '提交的内容不是有效的 JSON' }, '提交的内容格式不正确');
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new ValidationError(fieldMessages(result.error));
  return result.data;
}

/** A route of the table that has path parameters. */
type RouteWithParams = { params: z.ZodType<Record<string, string>> };

/**
 * The route's path parameters, checked with its `params` schema (shared/api/routes.ts) and typed by it: 400 with a
 * Chinese message per parameter when one does not fit. Reads nothing, so it runs before any look-up.
 */
export function parsePath<R extends RouteWithParams>(event: APIGatewayProxyEventV2, route: R): z.output<R['params']> {
  const result = route.params.safeParse(event.pathParameters ?? {});
  if (!result.success) throw new ValidationError(fieldMessages(result.error), PATH_ERROR_MESSAGE);
  return result.data as z.output<R['params']>;
}

const ROUTES_BY_KEY = new Map<string, RouteDefinition>(Object.values(ROUTES).map((r) => [`${r.method} ${r.path}`, r]));

/**
 * Checks the path parameters of the route the request came in on (API Gateway's `routeKey`, `GET /v1/cases/{id}`)
 * before its handler runs — so no route of the table, however its handler reads them, can skip the check. A route
 * key outside the table (a handler called directly) is left to its handler.
 */
export function checkPathParameters(event: APIGatewayProxyEventV2): void {
  const route = ROUTES_BY_KEY.get(event.routeKey);
  if (route?.params) parsePath(event, { params: route.params });
}
