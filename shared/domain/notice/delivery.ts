/**
 * 通知投递决定 — what the notifier does with one recipient's push after an attempt: the inbox message is already
 * there; the subscribe message is sent, retried (the stream redelivers the record), parked after `MAX_ATTEMPTS`, or
 * given up on with the inbox as the only copy. A platform rule, not policy: SPEC §5 (one authorisation, one message;
 * every notice also in the inbox). Pure; the messaging adapter classifies the service's answers into `PushFailure`.
 */

/**
 * Why a push did not go out, as the messaging adapter classifies the service's answer:
 * BUSY — the service was busy or did not answer (worth trying again);
 * DECLINED — the user refused or the authorisation is used up (trying again cannot help; the inbox has it);
 * REJECTED — the service refused our request (configuration, template, data: ours to fix, not to retry).
 */
export const PUSH_FAILURES = ['BUSY', 'DECLINED', 'REJECTED'] as const;
export type PushFailure = (typeof PUSH_FAILURES)[number];

/** How one push ended. */
export type PushOutcome = { readonly ok: true } | { readonly ok: false; readonly failure: PushFailure };

/** Deliveries tried this many times (stream deliveries of the record, each counted once) are parked, not retried. */
export const MAX_ATTEMPTS = 5;

/** Waits (ms) before the in-invocation retries of a BUSY push: two more tries, then the stream's redelivery. */
export const BACKOFF_MS = [200, 800] as const;

/** Whether to try the push again within this invocation (after the next `BACKOFF_MS` wait). */
export function retryNow(outcome: PushOutcome): boolean {
  return !outcome.ok && outcome.failure === 'BUSY';
}

/**
 * Where a delivery ends after a push: its status (SENT, INBOX_ONLY, RETRY, FAILED) and what that means for the
 * outbox item (DONE: this recipient is finished; RETRY: the record must come back; PARKED: given up after too many
 * attempts, the item is marked failed).
 */
export type DeliveryDecision = {
  readonly status: 'SENT' | 'INBOX_ONLY' | 'RETRY' | 'FAILED';
  readonly item: 'DONE' | 'RETRY' | 'PARKED';
};

/**
 * 投递结果 — the delivery's end after a push on its `attempts`-th delivery (1 for the first): sent; busy → retried
 * until the attempt that reaches `MAX_ATTEMPTS`, then parked; declined → inbox only; rejected → failed, not retried
 * (the inbox has it, the item is done).
 */
export function deliveryDecision(outcome: PushOutcome, attempts: number): DeliveryDecision {
  if (outcome.ok) return { status: 'SENT', item: 'DONE' };
  switch (outcome.failure) {
    case 'BUSY':
      return attempts >= MAX_ATTEMPTS ? { status: 'FAILED', item: 'PARKED' } : { status: 'RETRY', item: 'RETRY' };
    case 'DECLINED':
      return { status: 'INBOX_ONLY', item: 'DONE' };
    case 'REJECTED':
      return { status: 'FAILED', item: 'DONE' };
  }
}
