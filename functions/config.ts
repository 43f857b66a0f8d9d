import { z } from 'zod';

const ConfigSchema = z.object({
  STAGE: z.string().min(1),
  TABLE_NAME: z.string().min(1),
  BUCKET_NAME: z.string().min(1),
  FIELD_KEY_ID: z.string().min(1),
  SIGNING_KEY_ID: z.string().min(1),
  WECHAT_API_BASE: z.url(),
  INVOICE_API_BASE: z.url(),
  REGISTRY_API_BASE: z.url(),
  // s3rver (local) serves buckets by path, not by virtual host.
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
});

/** The function's configuration, read from the environment once and validated. */
export type Config = {
  stage: string;
  tableName: string;
  bucketName: string;
  fieldKeyId: string;
  signingKeyId: string;
  wechatApiBase: string;
  invoiceApiBase: string;
  registryApiBase: string;
  s3ForcePathStyle: boolean;
};

let cached: Config | undefined;

/** Reads and validates the environment on first use; a missing variable fails loudly at cold start. */
export function config(): Config {
  if (cached) return cached;
  const env = ConfigSchema.parse(process.env);
  cached = {
    stage: env.STAGE,
    tableName: env.TABLE_NAME,
    bucketName: env.BUCKET_NAME,
    fieldKeyId: env.FIELD_KEY_ID,
    signingKeyId: env.SIGNING_KEY_ID,
    wechatApiBase: env.WECHAT_API_BASE,
    invoiceApiBase: env.INVOICE_API_BASE,
    registryApiBase: env.REGISTRY_API_BASE,
    s3ForcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
  };
  return cached;
}
