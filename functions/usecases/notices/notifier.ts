// 通知投递 — delivers one outbox item to each recipient: the in-app message first (always, idempotent by id), then
// the WeChat subscribe message when the recipient uses the mini-program (has its openid) and has quota for the
// template. At most once per recipient: the delivery is claimed by a conditional write before sending, and the
// quota is spent at most once per delivery. At least once: a busy WeChat (the adapter's BUSY: 45009, -1, no answer)
// is retried here with backoff, then left RETRY for the stream's redelivery; after MAX_ATTEMPTS it is parked. What
// each outcome leads to is the domain's `deliveryDecision` (shared/domain/notice/delivery.ts).
// The one gap: an invocation that dies after claiming and before sending loses that push (the inbox has it); we
// prefer that to a second push.

import { BACKOFF_MS, deliveryDecision, retryNow } from '@shared/domain/notice/delivery';
import { type SendOutcome, sendSubscribeMessage } from '../../adapters/wechatMessages';
import { noticeTemplateIds } from '../../config';
import { claimDelivery, finishDelivery, markQuotaSpent } from '../../data/delivery';
import { messageFromOutbox, putMessage } from '../../data/message';
import { getOutboxItem, markOutboxFailed, markOutboxSent, type OutboxItem } from '../../data/outbox';
import { spendSubscriptionQuota } from '../../data/subscriptionQuota';
import { getUser } from '../../data/user';
import { logger } from '../../support/logger';

/** What happened to an outbox item in this invocation. */
export type ItemOutcome = 'DONE' | 'RETRY' | 'SKIPPED' | 'PARKED';

async function sendWithBackoff(send: () => Promise<SendOutcome>): Promise<SendOutcome> {
  let outcome = await send();
  for (const wait of BACKOFF_MS) {
    if (!retryNow(outcome)) return outcome;
    await new Promise((resolve) => setTimeout(resolve, wait));
    outcome = await send();
  }
  return outcome;
}

/** Delivers to one recipient; 'RETRY' when WeChat was busy, 'PARKED' when it stayed busy too often. */
async function deliverTo(item: OutboxItem, userId: string, now: Date): Promise<'DONE' | 'RETRY' | 'PARKED'> {
  await putMessage(messageFromOutbox(item, userId, now));
  const delivery = await claimDelivery(item.outboxId, userId, now);
  if (!delivery) return 'DONE';
  const templateId = noticeTemplateIds()[item.kind];
  const openid = templateId ? (await getUser(userId))?.miniProgramOpenid : undefined;
  if (!templateId || !openid) {
    await finishDelivery(item.outboxId, userId, { status: 'INBOX_ONLY' }, now);
    return 'DONE';
  }
  if (!delivery.quotaSpent) {
    // One authorisation, one message: no quota left → the inbox only.
    if (!(await spendSubscriptionQuota(userId, templateId, now))) {
      await finishDelivery(item.outboxId, userId, { status: 'INBOX_ONLY' }, now);
      return 'DONE';
    }
    await markQuotaSpent(item.outboxId, userId, now);
  }
  const outcome = await sendWithBackoff(() =>
    sendSubscribeMessage({
      touser: openid,
      templateId,
      data: item.templateData,
      ...(item.page ? { page: item.page } : {}),
    }),
  );
  if (outcome.ok) {
    await finishDelivery(item.outboxId, userId, { status: 'SENT', msgid: outcome.msgid }, now);
    return 'DONE';
  }
  const decision = deliveryDecision(outcome, delivery.attempts);
  logger.info('subscribe message not sent', {
    outboxId: item.outboxId,
    kind: item.kind,
    errcode: outcome.errcode,
    failure: outcome.failure,
    status: decision.status,
  });
  await finishDelivery(item.outboxId, userId, { status: decision.status, errcode: outcome.errcode }, now);
  return decision.item;
}

/** Delivers one outbox item to every recipient and marks it SENT (or FAILED when a delivery was parked). */
export async function deliverOutboxItem(outboxId: string, now = new Date()): Promise<ItemOutcome> {
  const item = await getOutboxItem(outboxId);
  if (item?.status !== 'PENDING') return 'SKIPPED';
  const results = await Promise.all(item.recipients.map((userId) => deliverTo(item, userId, now)));
  if (results.includes('RETRY')) return 'RETRY';
  if (results.includes('PARKED')) {
    await markOutboxFailed(outboxId, 'RETRIES_EXHAUSTED', now);
    return 'PARKED';
  }
  await markOutboxSent(outboxId, now);
  return 'DONE';
}
