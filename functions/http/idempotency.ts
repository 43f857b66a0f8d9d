// The Idempotency-Key protocol (SPEC §7) for mutating routes: the first request with a key runs and its answer is
// stored; a retry with the same key and the same request gets the stored answer (header `idempotent-replayed`);
// the same key with another request is refused (422); a retry while the first still runs gets 409. A failed
// request gives its key back, so the corrected request may reuse it. Answers that carry secrets (tokens) or clear
// sensitive data must not go through here: they would be stored.
import { createHash } from 'node:crypto';
import { ErrorCode } from '@shared/api/errors';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  getIdempotencyRecord,
  releaseIdempotencyKey,
  takeOverIdempotencyKey,
} from '../data/idempotency';
import { epochSeconds } from '../data/table';
import { ConflictError, UnprocessableError, ValidationError } from '../support/errors';
import type { JsonResult } from './http';
import { bodyText, header } from './request';

/** How long a key is remembered: a day covers every sensible retry. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
/** How long a running request holds its key before a retry may take it over (longer than any function timeout). */
const LOCK_MS = 30_000;

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;

/** The request's Idempotency-Key, validated; undefined when the client sent none. */
export function idempotencyKeyOf(event: APIGatewayProxyEventV2): string | undefined {
  const key = header(event, 'idempotency-key')?.trim();
  if (key === undefined || key === '') return undefined;
  if (!KEY_PATTERN.test(key)) {
    throw new ValidationError({ 'Idempotency-Key': '幂等键应为8至128位字母、数字、“-”或“_”' });
  }
  return key;
}

/** Runs `run` at most once per (scope, Idempotency-Key); without a key it simply runs. */
export async function withIdempotency(
  event: APIGatewayProxyEventV2,
  scope: string,
  run: () => Promise<JsonResult>,
  now: () => Date = () => new Date(),
): Promise<JsonResult> {
  const idempotencyKey = idempotencyKeyOf(event);
  if (!idempotencyKey) return run();
  const key = { scope, idempotencyKey };
  const requestHash = createHash('sha256')
    .update(`${event.routeKey}\n${bodyText(event)}`)
    .digest('base64url');
  const started = now();
  const claimed = await claimIdempotencyKey(
    {
      ...key,
      operation: event.routeKey,
      requestHash,
      status: 'IN_PROGRESS',
      lockedUntil: started.getTime() + LOCK_MS,
      createdAt: started.toISOString(),
      expiresAt: epochSeconds(started) + IDEMPOTENCY_TTL_SECONDS,
    },
    epochSeconds(started),
  );
  if (!claimed) {
    const record = await getIdempotencyRecord(key, epochSeconds(started));
    if (record && record.requestHash !== requestHash) {
      throw new UnprocessableError(ErrorCode.IDEMPOTENCY_KEY_REUSED, '该幂等键已用于另一项不同的请求，请勿重复使用');
    }
    if (record?.status === 'COMPLETED' && record.responseStatus !== undefined && record.responseBody !== undefined) {
      return {
        status: record.responseStatus,
        body: JSON.parse(record.responseBody) as unknown,
        headers: { 'idempotent-replayed': 'true' },
      };
    }
    const abandoned =
      record !== undefined && (await takeOverIdempotencyKey(key, started.getTime() + LOCK_MS, started.getTime()));
    if (!abandoned)
      throw new ConflictError('上一次提交仍在处理中，请稍候再查看结果', ErrorCode.IDEMPOTENCY_IN_PROGRESS);
  }
  let result: JsonResult;
  try {
    result = await run();
  } catch (error) {
    await releaseIdempotencyKey(key, requestHash);
    throw error;
  }
  await completeIdempotencyKey(key, requestHash, { status: result.status ?? 200, body: JSON.stringify(result.body) });
  return result;
}
