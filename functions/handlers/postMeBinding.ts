import { type BindingResponse, bindingRequestSchema } from '@shared/api/me';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { ACCESS_TOKEN_TTL_SECONDS, authenticate, issueAccessToken } from '../lib/auth';
import { bindCaller } from '../lib/binding';
import { httpHandler } from '../lib/http';
import { idempotencyKeyOf } from '../lib/idempotency';
import { meOf } from '../lib/present';
import { rateLimitedForUser } from '../lib/rateLimit';
import { parseBody } from '../lib/request';

/**
 * POST /v1/me/binding — real-name binding (实名绑定). Idempotent by nature (repeating a binding that holds answers
 * the same), so an Idempotency-Key is checked for form only: the answer carries a token and is never stored.
 */
export const handler = httpHandler(async (event) => {
  const caller = await authenticate(event);
  idempotencyKeyOf(event);
  const now = new Date();
  const request = parseBody(event, bindingRequestSchema(todayInShanghai(now)));
  const { user, person } = await rateLimitedForUser('BINDING', event, caller.userId, () =>
    bindCaller(caller.userId, request, now),
  );
  const accessToken = await issueAccessToken(
    { userId: user.userId, sessionId: caller.sessionId, insuredPersonId: person.personId },
    now,
  );
  const body: BindingResponse = {
    me: meOf(user, person),
    accessToken,
    tokenType: 'Bearer',
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
  };
  return { body };
});
