import { httpHandler } from '../lib/http';

/** GET /v1/home — placeholder until the policy data lands (same session). */
export const handler = httpHandler(async () => ({ body: {} }));
