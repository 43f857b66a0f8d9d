// Staff session tokens (staff console): a JWT (HS256, `jose`) with audience `staff` — an applicant's token
// (audience `applicant`) is never accepted on a staff route, nor a staff token on an applicant route. The token only
// names the account; every request re-reads the account (consistent GetItem), so a locked or disabled account, or a
// changed role or agency, takes effect at once, and a logout (tokensValidAfter) ends every token issued before it.
import { ErrorCode } from '@shared/api/errors';
import { STAFF_ROLES, type StaffRole } from '@shared/domain/case/staffAccess';
import { REGIONS, type Region, type Role } from '@shared/domain/vocabulary';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { SignJWT } from 'jose';
import { z } from 'zod';
import { sessionConfig } from '../../config';
import { getStaff, isLocked, type Staff } from '../../data/staff';
import { ForbiddenError, UnauthenticatedError } from '../../support/errors';
import { ISSUER, verifyBearerToken } from './auth';

/** Lifetime of a staff token: one working day (8 hours); then the staff member signs in again. */
export const STAFF_TOKEN_TTL_SECONDS = 8 * 60 * 60;

const AUDIENCE = 'staff';

export type { StaffRole };

const ClaimsSchema = z.object({ sub: z.string().min(1), iat: z.number().int() });

/** The authenticated staff member, as the account says now. */
export type StaffCaller = {
  username: string;
  displayName: string;
  roles: readonly StaffRole[];
  /** The agency's region: the only cases this staff member sees are this region's. */
  agencyRegion: Region;
  agencyName: string;
};

/** Signs a staff token for an account (after the password was verified). */
export async function issueStaffToken(username: string, now: Date): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(username)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + STAFF_TOKEN_TTL_SECONDS)
    .sign(sessionConfig().secret);
}

/** The account's staff roles (an unknown role string in the record is ignored, never trusted). */
export function staffRolesOf(staff: Pick<Staff, 'roles'>): StaffRole[] {
  return STAFF_ROLES.filter((role) => staff.roles.includes(role));
}

/** The staff caller of a request: 401 when the token is missing, invalid or expired, or the account is not usable. */
export async function authenticateStaff(event: APIGatewayProxyEventV2, now = new Date()): Promise<StaffCaller> {
  const payload = await verifyBearerToken(event, AUDIENCE, '请先登录经办系统');
  const claims = ClaimsSchema.safeParse(payload);
  if (!claims.success) throw new UnauthenticatedError('登录信息无效，请重新登录');
  const staff = await getStaff(claims.data.sub);
  const region = REGIONS.find((r) => r === staff?.agencyRegion);
  if (!staff || !region || staff.disabledAt !== undefined || isLocked(staff, now)) {
    throw new UnauthenticatedError('账号不可用，请联系管理员');
  }
  // Signed out (or password changed) after this token was issued: it no longer counts.
  if (staff.tokensValidAfter !== undefined && claims.data.iat * 1000 < Date.parse(staff.tokensValidAfter)) {
    throw new UnauthenticatedError('登录已失效，请重新登录');
  }
  return {
    username: staff.username,
    displayName: staff.displayName,
    roles: staffRolesOf(staff),
    agencyRegion: region,
    agencyName: staff.agencyName,
  };
}

/** 403 unless the staff member holds one of `roles` (the state machine decides transitions; this guards reads). */
export function requireStaffRole(caller: StaffCaller, roles: readonly Role[]): void {
  if (!caller.roles.some((role) => roles.includes(role))) {
    throw new ForbiddenError('您的岗位不能办理此项业务', ErrorCode.ROLE_NOT_ALLOWED);
  }
}

/**
 * The state machine's actor for a staff member taking `action`: the first of the action's roles the member holds
 * (a member with none still gets an actor — the state machine then refuses with ROLE_NOT_ALLOWED and its 依据).
 */
export function staffActorFor(caller: StaffCaller, actionRoles: readonly Role[]): { id: string; role: Role } {
  const role = caller.roles.find((r) => actionRoles.includes(r)) ?? caller.roles[0] ?? 'intake';
  return { id: caller.username, role };
}
