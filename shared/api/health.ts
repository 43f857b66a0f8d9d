import { z } from 'zod';

/** One dependency's state in the health report. */
export const DependencyCheckSchema = z.object({
  ok: z.boolean(),
  detail: z.string(),
});

/** `GET /v1/health` — 200 when every dependency answers, 503 otherwise (same body). */
export const HealthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  stage: z.string(),
  checks: z.object({
    table: DependencyCheckSchema,
    bucket: DependencyCheckSchema,
    wechat: DependencyCheckSchema,
    invoicePlatform: DependencyCheckSchema,
    insuredRegistry: DependencyCheckSchema,
  }),
});

export type HealthResponse = z.infer<typeof HealthResponseSchema>;
export type DependencyCheck = z.infer<typeof DependencyCheckSchema>;
