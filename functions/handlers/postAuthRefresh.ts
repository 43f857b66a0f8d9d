import { type AuthSession, RefreshRequestSchema } from '@shared/api/auth';
import { httpHandler } from '../http/http';
import { parseBody } from '../http/request';
import { refreshSession } from '../usecases/people/session';

/** POST /v1/auth/refresh — a refresh token → a new access token and a new refresh token (the old one is spent). */
export const handler = httpHandler(async (event) => {
  const { refreshToken } = parseBody(event, RefreshRequestSchema);
  const body: AuthSession = await refreshSession(refreshToken, new Date());
  return { body };
});
