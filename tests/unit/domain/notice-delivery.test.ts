// 通知投递决定: every push outcome × attempt count → the delivery's status and the outbox item's fate.
import {
  BACKOFF_MS,
  deliveryDecision,
  MAX_ATTEMPTS,
  PUSH_FAILURES,
  type PushOutcome,
  retryNow,
} from '@shared/domain/notice/delivery';

const sent: PushOutcome = { ok: true };
const failed = (failure: (typeof PUSH_FAILURES)[number]): PushOutcome => ({ ok: false, failure });
const attempts = Array.from({ length: MAX_ATTEMPTS + 2 }, (_, i) => i + 1);

describe('delivery decision after a push', () => {
  it('parks a busy push on its 5th attempt', () => {
    expect(MAX_ATTEMPTS).toBe(5);
    expect(deliveryDecision(failed('BUSY'), 4)).toEqual({ status: 'RETRY', item: 'RETRY' });
    expect(deliveryDecision(failed('BUSY'), 5)).toEqual({ status: 'FAILED', item: 'PARKED' });
  });

  it.each(attempts)('on attempt %i: sent → SENT, the item done', (n) => {
    expect(deliveryDecision(sent, n)).toEqual({ status: 'SENT', item: 'DONE' });
  });

  it.each(attempts)('on attempt %i: busy → RETRY below 5 attempts, parked from 5 on', (n) => {
    const expected = n < MAX_ATTEMPTS ? { status: 'RETRY', item: 'RETRY' } : { status: 'FAILED', item: 'PARKED' };
    expect(deliveryDecision(failed('BUSY'), n)).toEqual(expected);
  });

  it.each(attempts)('on attempt %i: declined (43101) → inbox only, never retried', (n) => {
    expect(deliveryDecision(failed('DECLINED'), n)).toEqual({ status: 'INBOX_ONLY', item: 'DONE' });
  });

  it.each(attempts)('on attempt %i: rejected (our request) → FAILED, not retried, the item done', (n) => {
    expect(deliveryDecision(failed('REJECTED'), n)).toEqual({ status: 'FAILED', item: 'DONE' });
  });
});

describe('retry within the invocation', () => {
  it('retries only a busy push, twice, after 200 and 800 ms', () => {
    expect(PUSH_FAILURES.filter((f) => retryNow(failed(f)))).toEqual(['BUSY']);
    expect(retryNow(sent)).toBe(false);
    expect(BACKOFF_MS).toEqual([200, 800]);
  });
});
