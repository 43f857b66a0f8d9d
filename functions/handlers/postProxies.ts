import { addProxyRequestSchema } from '@shared/api/proxies';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { httpHandler } from '../http/http';
import { withIdempotency } from '../http/idempotency';
import { parseBody } from '../http/request';
import { authenticateBound } from '../usecases/access/auth';
import { addProxy } from '../usecases/people/proxies';

/**
 * POST /v1/proxies — 添加代办: the insured person the caller will act for, confirmed by the registry, with their
 * 委托书 (signed on screen, or a photo of the paper one). The answer is masked, so it may be stored for retries.
 */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const now = new Date();
  const request = parseBody(event, addProxyRequestSchema(todayInShanghai(now)));
  return withIdempotency(event, caller.userId, async () => ({
    status: 201,
    body: await addProxy(caller, request, now),
  }));
});
