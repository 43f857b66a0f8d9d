// The Idempotency-Key protocol (functions/http/idempotency.ts) against DynamoDB Local, in this process: the data
// layer runs with the functions' own environment, as a handler would.
import { createHash, randomBytes } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { claimIdempotencyKey } from '../../../functions/data/idempotency';
import type { JsonResult } from '../../../functions/http/http';
import { IDEMPOTENCY_TTL_SECONDS, withIdempotency } from '../../../functions/http/idempotency';
import { AppError } from '../../../functions/support/errors';
import { testStack } from '../../support/stack';

const saved = { ...process.env };
beforeAll(() => Object.assign(process.env, testStack().functionEnv));
afterAll(() => {
  process.env = saved;
});

const newKey = () => `key-${randomBytes(8).toString('hex')}`;
const newScope = () => `user-${randomBytes(6).toString('hex')}`;

function request(key: string | undefined, body: unknown): APIGatewayProxyEventV2 {
  return {
    routeKey: 'POST /v1/things',
    headers: key ? { 'idempotency-key': key } : {},
    body: JSON.stringify(body),
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

/** An operation that counts its runs and answers 201 with the run number. */
function counter() {
  let runs = 0;
  return {
    runs: () => runs,
    run: async (): Promise<JsonResult> => {
      runs += 1;
      return { status: 201, body: { run: runs } };
    },
  };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('SPEC §7 — Idempotency-Key: a retried mutation acts once', () => {
  it('runs the first request and replays its answer to a retry', async () => {
    const op = counter();
    const event = request(newKey(), { a: 1 });
    const scope = newScope();

    const first = await withIdempotency(event, scope, op.run);
    const retry = await withIdempotency(event, scope, op.run);

    expect(op.runs()).toBe(1);
    expect(first).toEqual({ status: 201, body: { run: 1 } });
    expect(retry).toEqual({ status: 201, body: { run: 1 }, headers: { 'idempotent-replayed': 'true' } });
  });

  it('refuses the same key with another request (422)', async () => {
    const key = newKey();
    const scope = newScope();
    await withIdempotency(request(key, { a: 1 }), scope, counter().run);

    const error = await refusal(withIdempotency(request(key, { a: 2 }), scope, counter().run));

    expect(error.status).toBe(422);
    expect(error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('answers 409 to a retry while the first request still runs', async () => {
    const event = request(newKey(), { a: 1 });
    const scope = newScope();
    let release: () => void = () => {};
    const slow = withIdempotency(event, scope, async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return { body: { done: true } };
    });
    await new Promise((resolve) => setTimeout(resolve, 200));

    const error = await refusal(withIdempotency(event, scope, counter().run));
    release();

    expect(error.status).toBe(409);
    expect(error.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    await expect(slow).resolves.toEqual({ body: { done: true } });
  });

  it('gives the key back when the request fails, so a retry runs', async () => {
    const event = request(newKey(), { a: 1 });
    const scope = newScope();
    const failing = withIdempotency(event, scope, async () => {
      throw new AppError('VALIDATION_FAILED', '出错了');
    });
    await expect(failing).rejects.toThrow('出错了');

    const op = counter();
    await withIdempotency(event, scope, op.run);

    expect(op.runs()).toBe(1);
  });

  it('keeps the keys of different callers apart, and runs every request without a key', async () => {
    const key = newKey();
    const op = counter();

    await withIdempotency(request(key, { a: 1 }), newScope(), op.run);
    await withIdempotency(request(key, { a: 1 }), newScope(), op.run);
    await withIdempotency(request(undefined, { a: 1 }), newScope(), op.run);
    await withIdempotency(request(undefined, { a: 1 }), newScope(), op.run);

    expect(op.runs()).toBe(4);
  });

  it('forgets a key after a day', async () => {
    const event = request(newKey(), { a: 1 });
    const scope = newScope();
    const op = counter();
    await withIdempotency(event, scope, op.run);
    const tomorrow = () => new Date(Date.now() + (IDEMPOTENCY_TTL_SECONDS + 60) * 1000);

    await withIdempotency(event, scope, op.run, tomorrow);

    expect(op.runs()).toBe(2);
  });

  it('takes over a claim whose holder gave up (its lock ran out)', async () => {
    const key = { scope: newScope(), idempotencyKey: newKey() };
    const event = request(key.idempotencyKey, { a: 1 });
    const now = new Date();
    await claimIdempotencyKey(
      {
        ...key,
        operation: event.routeKey,
        requestHash: createHash('sha256').update(`${event.routeKey}\n${event.body}`).digest('base64url'),
        status: 'IN_PROGRESS',
        lockedUntil: now.getTime() - 1,
        createdAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + 60,
      },
      Math.floor(now.getTime() / 1000),
    );
    const op = counter();

    await withIdempotency(event, key.scope, op.run);

    expect(op.runs()).toBe(1);
  });
});
