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

/** The stage the local stack runs (npm start, tests): the only one where local-only values are accepted. */
export const LOCAL_STAGE = 'local';
/** serverless.yml's params.default for secrets start with this: usable locally, refused at cold start elsewhere. */
export const LOCAL_ONLY_PREFIX = 'local-only-';

/** A secret that a non-local stage must get from the deploying user's params (`--param="name=…"`). */
function deployedSecret(variable: string, param: string, minLength = 1) {
  return z
    .string({ error: `${variable} is not set` })
    .min(minLength, { error: `${variable} must be at least ${minLength} characters` })
    .refine((value) => process.env.STAGE === LOCAL_STAGE || !value.startsWith(LOCAL_ONLY_PREFIX), {
      error: `${variable} still has its local-only default: deploy with --param="${param}=…"`,
    });
}

const SessionSchema = z.object({
  // HS256 wants a key at least as long as the hash (32 bytes).
  SESSION_SECRET: deployedSecret('SESSION_SECRET', 'sessionSecret', 32),
});

/** Signing key of our own session tokens (only the auth functions read it). */
export type SessionConfig = { secret: Uint8Array };

let cachedSession: SessionConfig | undefined;

/** The session-token configuration, validated on first use (functions that never sign or verify never need it). */
export function sessionConfig(): SessionConfig {
  if (cachedSession) return cachedSession;
  const env = SessionSchema.parse(process.env);
  cachedSession = { secret: new TextEncoder().encode(env.SESSION_SECRET) };
  return cachedSession;
}

const WechatSchema = z.object({
  WECHAT_API_BASE: z.url(),
  WECHAT_APPID: deployedSecret('WECHAT_APPID', 'wechatAppid'),
  WECHAT_SECRET: deployedSecret('WECHAT_SECRET', 'wechatSecret'),
  WECHAT_WEB_APPID: deployedSecret('WECHAT_WEB_APPID', 'wechatWebAppid'),
  WECHAT_WEB_SECRET: deployedSecret('WECHAT_WEB_SECRET', 'wechatWebSecret'),
});

/** A WeChat app's credentials. */
export type WechatApp = { appid: string; secret: string };
/** The mini-program (小程序) and the official account (公众号) that hosts the H5 build: two apps, two credentials. */
export type WechatConfig = { apiBase: string; miniProgram: WechatApp; officialAccount: WechatApp };

let cachedWechat: WechatConfig | undefined;

/** WeChat's base URL and app credentials, validated on first use. */
export function wechatConfig(): WechatConfig {
  if (cachedWechat) return cachedWechat;
  const env = WechatSchema.parse(process.env);
  cachedWechat = {
    apiBase: env.WECHAT_API_BASE,
    miniProgram: { appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET },
    officialAccount: { appid: env.WECHAT_WEB_APPID, secret: env.WECHAT_WEB_SECRET },
  };
  return cachedWechat;
}

const CryptoSchema = z.object({
  STAGE: z.string().min(1),
  FIELD_KEY_ID: z.string().min(1),
  BLIND_INDEX_KEY_ID: z.string().min(1),
  // Empty means unset: serverless.yml cannot leave an environment variable out per stage.
  LOCAL_FIELD_KEY_FILE: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
});

/** Where field-encryption keys come from: KMS in the cloud, a local master key file in local mode. */
export type CryptoConfig =
  | { mode: 'kms'; fieldKeyId: string; blindIndexKeyId: string }
  | { mode: 'local'; keyFile: string };

let cachedCrypto: CryptoConfig | undefined;

/** The field-encryption configuration; a local key file outside the local stage is refused. */
export function cryptoConfig(): CryptoConfig {
  if (cachedCrypto) return cachedCrypto;
  const env = CryptoSchema.parse(process.env);
  if (env.LOCAL_FIELD_KEY_FILE && env.STAGE !== LOCAL_STAGE) {
    throw new Error(`LOCAL_FIELD_KEY_FILE is for the local stack only, not stage ${env.STAGE}`);
  }
  cachedCrypto = env.LOCAL_FIELD_KEY_FILE
    ? { mode: 'local', keyFile: env.LOCAL_FIELD_KEY_FILE }
    : { mode: 'kms', fieldKeyId: env.FIELD_KEY_ID, blindIndexKeyId: env.BLIND_INDEX_KEY_ID };
  return cachedCrypto;
}

const TemplateIdsSchema = z.object({
  // `<NoticeKind>=<template id>,…` as registered in the mini-program's admin console. Empty: no subscribe
  // messages (every notice still lands in the in-app inbox).
  WECHAT_TEMPLATE_IDS: z.string().default(''),
});

let cachedTemplateIds: Readonly<Record<string, string>> | undefined;

/** The subscribe-message template id of each notice kind (absent kinds are inbox-only). */
export function noticeTemplateIds(): Readonly<Record<string, string>> {
  if (cachedTemplateIds) return cachedTemplateIds;
  const raw = TemplateIdsSchema.parse(process.env).WECHAT_TEMPLATE_IDS;
  const pairs = raw
    .split(',')
    .map((pair) => pair.trim().split('='))
    .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== '' && pair[1] !== '');
  cachedTemplateIds = Object.fromEntries(pairs);
  return cachedTemplateIds;
}
