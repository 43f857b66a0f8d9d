// Login and refresh: find or create the user of a WeChat login, open a session (a refresh token stored only as a
// hash), and rotate it on every refresh. A refresh token is single use: presenting one that was already rotated
// away means it leaked or was replayed, and ends the whole session.
import { createHash } from 'node:crypto';
import type { AuthSession } from '@shared/api/auth';
import { ErrorCode } from '@shared/api/errors';
import type { WechatLogin } from '../../adapters/wechat';
import { createSession, getSession, revokeSession, rotateRefreshToken } from '../../data/session';
import { epochSeconds } from '../../data/table';
import { getUser, recordLogin, type User, type WechatIds } from '../../data/user';
import { createUserWithIdentities, getUserIdByWechatId, linkWechatId, type WechatId } from '../../data/wechatIdentity';
import { ConflictError, UnauthenticatedError } from '../../support/errors';
import { randomToken, ulid } from '../../support/ids';
import { logger } from '../../support/logger';
import { ACCESS_TOKEN_TTL_SECONDS, issueAccessToken } from '../access/auth';

/** Lifetime of a refresh token: 30 days from its last use (each refresh issues a new one). */
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

const REFRESH_PREFIX = 'rt1';
const REFRESH_REFUSED = '登录已失效，请重新登录';

/** Which app a login came from: the mini-program (`mp`) or the H5 page in the official account (`oa`). */
export type LoginApp = 'mp' | 'oa';

const hashToken = (secret: string) => createHash('sha256').update(secret).digest('base64url');

/** The user of a WeChat login, created on first login; the unionid links the mini-program and H5 logins. */
export async function userForWechatLogin(app: LoginApp, login: WechatLogin, now: Date): Promise<User> {
  const byOpenid: WechatId = { kind: app, externalId: login.openid };
  const byUnionid: WechatId | undefined = login.unionid ? { kind: 'union', externalId: login.unionid } : undefined;
  const ids: WechatIds =
    app === 'mp'
      ? { miniProgramOpenid: login.openid, unionid: login.unionid }
      : { officialAccountOpenid: login.openid, unionid: login.unionid };
  // Two tries: a concurrent first login of the same person may create the user between our read and our write.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const [fromOpenid, fromUnionid] = await Promise.all([
      getUserIdByWechatId(byOpenid),
      byUnionid ? getUserIdByWechatId(byUnionid) : undefined,
    ]);
    const userId = fromOpenid ?? fromUnionid;
    if (userId) {
      if (fromOpenid && fromUnionid && fromOpenid !== fromUnionid) {
        logger.warn('openid and unionid belong to different users; the openid wins', { app });
      }
      if (!fromOpenid) await linkWechatId(byOpenid, userId, now);
      if (byUnionid && !fromUnionid) await linkWechatId(byUnionid, userId, now);
      return recordLogin(userId, ids, now);
    }
    const user: User = { userId: ulid(now.getTime()), createdAt: now.toISOString(), lastLoginAt: now.toISOString() };
    Object.assign(user, Object.fromEntries(Object.entries(ids).filter(([, v]) => v !== undefined)));
    if (await createUserWithIdentities(user, byUnionid ? [byOpenid, byUnionid] : [byOpenid])) {
      logger.info('new user', { userId: user.userId, app });
      return user;
    }
  }
  throw new ConflictError('登录请求冲突，请稍后重试');
}

async function answer(user: User, sessionId: string, secret: string, now: Date): Promise<AuthSession> {
  const accessToken = await issueAccessToken(
    { userId: user.userId, sessionId, insuredPersonId: user.insuredPersonId },
    now,
  );
  return {
    accessToken,
    tokenType: 'Bearer',
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    refreshToken: `${REFRESH_PREFIX}.${sessionId}.${secret}`,
    refreshExpiresIn: REFRESH_TOKEN_TTL_SECONDS,
    userId: user.userId,
    bound: user.insuredPersonId !== undefined,
  };
}

/** Opens a session for a user: an access token and a fresh refresh token (stored as its hash only). */
export async function startSession(user: User, client: 'mp' | 'h5', now: Date): Promise<AuthSession> {
  const sessionId = ulid(now.getTime());
  const secret = randomToken(32);
  await createSession({
    sessionId,
    userId: user.userId,
    client,
    tokenHash: hashToken(secret),
    generation: 1,
    createdAt: now.toISOString(),
    expiresAt: epochSeconds(now) + REFRESH_TOKEN_TTL_SECONDS,
  });
  return answer(user, sessionId, secret, now);
}

/** Trades a refresh token for a new session answer; the presented token stops working. 401 when refused. */
export async function refreshSession(refreshToken: string, now: Date): Promise<AuthSession> {
  const [prefix, sessionId, secret, ...rest] = refreshToken.split('.');
  if (prefix !== REFRESH_PREFIX || !sessionId || !secret || rest.length > 0) {
    throw new UnauthenticatedError(REFRESH_REFUSED, ErrorCode.REFRESH_TOKEN_INVALID);
  }
  const presented = hashToken(secret);
  const nextSecret = randomToken(32);
  const nowEpoch = epochSeconds(now);
  const rotated = await rotateRefreshToken(
    sessionId,
    presented,
    { tokenHash: hashToken(nextSecret), expiresAt: nowEpoch + REFRESH_TOKEN_TTL_SECONDS },
    now,
    nowEpoch,
  );
  if (!rotated) {
    const session = await getSession(sessionId);
    if (session && !session.revokedAt && session.previousTokenHash === presented) {
      // An already-used token came back: whoever holds the current one may be an attacker. End the session.
      await revokeSession(sessionId, now);
      logger.warn('refresh token reused; session revoked', { sessionId, userId: session.userId });
    }
    throw new UnauthenticatedError(REFRESH_REFUSED, ErrorCode.REFRESH_TOKEN_INVALID);
  }
  const user = await getUser(rotated.userId);
  if (!user) throw new UnauthenticatedError(REFRESH_REFUSED, ErrorCode.REFRESH_TOKEN_INVALID);
  return answer(user, sessionId, nextSecret, now);
}
