// Our own session tokens: a short-lived JWT (HS256, `jose`) in `Authorization: Bearer …`, carrying the user id, the
// session it belongs to and the binding state. Every route but login and refresh authenticates with it; routes that
// act on an insured person's behalf also require a bound (实名) user.
import { ErrorCode } from '@shared/api/errors';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { sessionConfig } from '../../config';
import { getUser } from '../../data/user';
import { ForbiddenError, UnauthenticatedError } from '../../support/errors';
import { header } from '../../support/headers';

/** Lifetime of an access token: 2 hours (the client refreshes on 401). */
export const ACCESS_TOKEN_TTL_SECONDS = 2 * 60 * 60;

/** The issuer of every session token (applicant and staff). */
export const ISSUER = 'yidi-jiuyi';
// Staff tokens (staff console, staffAuth.ts) carry audience `staff`: an applicant token is never accepted there, nor back.
const AUDIENCE = 'applicant';

const ClaimsSchema = z.object({
  sub: z.string().min(1),
  sid: z.string().min(1),
  bnd: z.boolean(),
  pid: z.string().min(1).optional(),
});

/** The authenticated caller, from a verified token. */
export type Caller = { userId: string; sessionId: string; bound: boolean; insuredPersonId?: string };
/** A caller who is real-name bound to an insured person. */
export type BoundCaller = Caller & { bound: true; insuredPersonId: string };

/** Signs an access token for a user's session; `insuredPersonId` present means bound. */
export async function issueAccessToken(
  subject: { userId: string; sessionId: string; insuredPersonId?: string },
  now: Date,
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  const claims = {
    sid: subject.sessionId,
    bnd: subject.insuredPersonId !== undefined,
    ...(subject.insuredPersonId ? { pid: subject.insuredPersonId } : {}),
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_TTL_SECONDS)
    .sign(sessionConfig().secret);
}

/**
 * The verified claims of the request's bearer token for `audience` (applicant or staff): 401 with a Chinese message
 * when it is missing, invalid, expired, or made for the other audience.
 */
export async function verifyBearerToken(
  event: APIGatewayProxyEventV2,
  audience: 'applicant' | 'staff',
  missingMessage: string,
): Promise<unknown> {
  const value = header(event, 'authorization');
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  if (!match?.[1]) throw new UnauthenticatedError(missingMessage);
  try {
    const { payload } = await jwtVerify(match[1], sessionConfig().secret, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience,
      clockTolerance: 5,
    });
    return payload;
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('登录已过期，请重新登录', undefined, error);
    throw new UnauthenticatedError('登录信息无效，请重新登录', undefined, error);
  }
}

/** The caller of a request: 401 with a Chinese message when the bearer token is missing, invalid or expired. */
export async function authenticate(event: APIGatewayProxyEventV2): Promise<Caller> {
  const payload = await verifyBearerToken(event, AUDIENCE, '请先登录');
  const claims = ClaimsSchema.safeParse(payload);
  if (!claims.success) throw new UnauthenticatedError('登录信息无效，请重新登录');
  const { sub, sid, bnd, pid } = claims.data;
  return bnd && pid
    ? { userId: sub, sessionId: sid, bound: true, insuredPersonId: pid }
    : { userId: sub, sessionId: sid, bound: false };
}

/** Narrows a caller to a bound one: 403 BINDING_REQUIRED otherwise (unbound users can only bind). */
export function requireBound(caller: Caller): BoundCaller {
  if (!caller.bound || !caller.insuredPersonId) {
    throw new ForbiddenError('请先完成实名绑定后再办理业务', ErrorCode.BINDING_REQUIRED);
  }
  return { ...caller, bound: true, insuredPersonId: caller.insuredPersonId };
}

/**
 * `authenticate` then `requireBound`: for every route that acts for an insured person. A token issued before the
 * user bound elsewhere (the H5 page, another phone) says "unbound" for up to 2 hours: the user record decides then.
 */
export async function authenticateBound(event: APIGatewayProxyEventV2): Promise<BoundCaller> {
  const caller = await authenticate(event);
  if (caller.bound) return requireBound(caller);
  const user = await getUser(caller.userId);
  return requireBound(
    user?.insuredPersonId ? { ...caller, bound: true, insuredPersonId: user.insuredPersonId } : caller,
  );
}
