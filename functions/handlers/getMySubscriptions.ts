import { httpHandler } from '../http/http';
import { authenticate } from '../usecases/access/auth';
import { subscriptionsOf } from '../usecases/notices/subscriptions';

/** GET /v1/me/subscriptions — the template ids to ask for (受理结果, 补正通知, 办理结果, 备案结果) and the quota left. */
export const handler = httpHandler(async (event) => {
  const caller = await authenticate(event);
  return { body: await subscriptionsOf(caller.userId) };
});
