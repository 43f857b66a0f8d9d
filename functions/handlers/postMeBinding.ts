import { type BindingResponse, bindingRequestSchema } from '@shared/api/me';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { httpHandler } from '../http/http';
import { idempotencyKeyOf } from '../http/idempotency';
import { meOf } from '../http/present';
import { parseBody } from '../http/request';
import { ACCESS_TOKEN_TTL_SECONDS, authenticate, issueAccessToken } from '../usecases/access/auth';
import { bindCaller } from '../usecases/people/binding';
import { rateLimitedForUser } from '../usecases/security/rateLimit';

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
