/** 经办系统登录 — staff sign-in schemas. */
import { z } from 'zod';

/** `POST /v1/staff/auth/login`. */
export const StaffLoginRequestSchema = z.object({
  username: z
    .string({ error: '请输入用户名' })
    .trim()
    .min(1, { error: '请输入用户名' })
    .max(64, { error: '用户名不超过64位' }),
  password: z.string({ error: '请输入密码' }).min(1, { error: '请输入密码' }).max(128, { error: '密码不超过128位' }),
});

/** A staff member as the console shows them. */
export const StaffProfileSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(['intake', 'reviewer', 'second_reviewer', 'finance', 'admin'])),
  agencyRegion: z.string(),
  agencyName: z.string(),
});

/** The answer of a successful sign-in: the bearer token for staff routes (8 hours) and the profile. */
export const StaffSessionSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  staff: StaffProfileSchema,
});
