import { z } from 'zod';

/** One entry on the applicant home screen (首页办事入口). */
export const HomeServiceSchema = z.object({
  id: z.enum(['filing', 'claim', 'progress', 'messages']),
  title: z.string(),
  subtitle: z.string(),
});

/** A region's service promise (服务承诺时限), shown with its legal basis (依据). */
export const RegionPromiseSchema = z.object({
  region: z.string(),
  regionName: z.string(),
  promise: z.string(),
  basis: z.string(),
});

/** `GET /v1/home` — public, no login: what the first screen shows. */
export const HomeResponseSchema = z.object({
  services: z.array(HomeServiceSchema),
  promises: z.array(RegionPromiseSchema),
  today: z.object({ date: z.string(), isWorkingDay: z.boolean(), provisional: z.boolean() }),
});

export type HomeService = z.infer<typeof HomeServiceSchema>;
export type RegionPromise = z.infer<typeof RegionPromiseSchema>;
export type HomeResponse = z.infer<typeof HomeResponseSchema>;
