import { SubscriptionReportSchema } from '@shared/api/subscriptions';
import { noticeTemplateIds } from '../config';
import { grantSubscriptionQuota } from '../data/subscriptionQuota';
import { httpHandler } from '../http/http';
import { parseBody } from '../http/request';
import { ValidationError } from '../support/errors';
import { authenticate } from '../usecases/access/auth';
import { subscriptionsOf } from '../usecases/notices/subscriptions';

/**
 * POST /v1/me/subscriptions — the mini-program reports `wx.requestSubscribeMessage`'s answer: each accepted template
 * allows one message (SPEC §5), recorded as one more quota; rejected ones change nothing.
 */
export const handler = httpHandler(async (event) => {
  const now = new Date();
  const caller = await authenticate(event);
  const { results } = parseBody(event, SubscriptionReportSchema);
  const known = new Set(Object.values(noticeTemplateIds()));
  const unknown = Object.keys(results).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ValidationError(Object.fromEntries(unknown.map((id) => [`results.${id}`, '不是本服务的订阅消息模板'])));
  }
  const accepted = Object.entries(results).filter(([, answer]) => answer === 'accept');
  await Promise.all(accepted.map(([templateId]) => grantSubscriptionQuota(caller.userId, templateId, 1, now)));
  return { body: await subscriptionsOf(caller.userId) };
});
