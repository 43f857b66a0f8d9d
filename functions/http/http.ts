import type { ErrorResponse } from '@shared/api/errors';
import { ErrorCode } from '@shared/api/errors';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { AppError } from '../support/errors';
import { logger } from '../support/logger';
import { checkPathParameters } from './request';

/** What an endpoint returns: the JSON body (or a file's bytes), its status (default 200) and extra headers. */
export type JsonResult = { status?: number; body: unknown; headers?: Record<string, string> };
type HttpFunction = (event: APIGatewayProxyEventV2, context: Context) => Promise<JsonResult>;

// nosniff: a browser takes each answer for the content-type it declares (a JSON or PDF answer is never run as HTML).
const noSniff = { 'x-content-type-options': 'nosniff' };
const jsonHeaders = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...noSniff };

/** Wraps an endpoint: the one place that checks path parameters and turns results and errors into HTTP answers. */
export function httpHandler(fn: HttpFunction) {
  return async (event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyResultV2> => {
    logger.addContext(context);
    try {
      // Every path parameter fits its route's schema before the endpoint reads anything (400 otherwise).
      checkPathParameters(event);
      const result = await fn(event, context);
      // A file (a signed letter's PDF): the bytes, base64 as API Gateway wants; `headers` carry its content-type.
      if (result.body instanceof Uint8Array) {
        const body = Buffer.from(result.body).toString('base64');
        const headers = { 'cache-control': 'no-store', ...result.headers, ...noSniff };
        return { statusCode: result.status ?? 200, headers, body, isBase64Encoded: true };
      }
      return {
        statusCode: result.status ?? 200,
        headers: { ...jsonHeaders, ...result.headers, ...noSniff },
        body: JSON.stringify(result.body),
      };
    } catch (error) {
      return errorResponse(error, event);
    }
  };
}

function errorResponse(error: unknown, event: APIGatewayProxyEventV2): APIGatewayProxyResultV2 {
  const route = event.routeKey;
  if (error instanceof AppError) {
    logger.info('request refused', { route, code: error.code, status: error.status });
    const { code, message, fields, source } = error;
    const body: ErrorResponse = {
      error: { code, message, ...(fields ? { fields } : {}), ...(source ? { source } : {}) },
    };
    return {
      statusCode: error.status,
      headers: { ...jsonHeaders, ...error.headers, ...noSniff },
      body: JSON.stringify(body),
    };
  }
  // Log the error's name and stack only: messages of SDK errors can echo request values.
  const { name, stack } = error instanceof Error ? error : { name: 'Unknown', stack: undefined };
  logger.error('unhandled error', { route, errorName: name, stack });
  const body: ErrorResponse = { error: { code: ErrorCode.INTERNAL, message: '系统繁忙，请稍后再试' } };
  return { statusCode: 500, headers: jsonHeaders, body: JSON.stringify(body) };
}
