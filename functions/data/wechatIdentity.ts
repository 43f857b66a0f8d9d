// 微信身份 — which user a WeChat identity belongs to: the openid in the mini-program (`mp`), the openid in the
// official account (`oa`), and the unionid that WeChat gives one person across both apps (`union`). One item per
// identity, created with attribute_not_exists, so two first logins at once still make one user.
import { createWriteTransaction, Entity, type EntityItem } from 'electrodb';
import { declareEntity, ENTITY_OPTIONS, isConditionFailure, SERVICE, table } from './table';
import { type User, UserEntity } from './user';

/** The kinds of WeChat identity: per-app openids and the cross-app unionid. */
export const WECHAT_ID_KINDS = ['mp', 'oa', 'union'] as const;
export type WechatIdKind = (typeof WECHAT_ID_KINDS)[number];

export const WechatIdentityEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'wechatIdentity', version: '1', service: SERVICE },
      attributes: {
        kind: { type: WECHAT_ID_KINDS, required: true, readOnly: true },
        externalId: { type: 'string', required: true, readOnly: true },
        userId: { type: 'string', required: true, readOnly: true },
        createdAt: { type: 'string', required: true, readOnly: true },
      },
      indexes: {
        byExternalId: {
          pk: {
            field: 'pk',
            composite: ['kind', 'externalId'],
            template: 'WXID#${kind}#${externalId}',
            casing: 'none',
          },
          sk: { field: 'sk', composite: [], template: 'WXID', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** A WeChat identity as stored. */
export type WechatIdentity = EntityItem<typeof WechatIdentityEntity>;

/** One identity to look up or link. */
export type WechatId = { kind: WechatIdKind; externalId: string };

/** GetItem WXID#<kind>#<id>/WXID — the user id this identity belongs to, if any. */
export async function getUserIdByWechatId(id: WechatId): Promise<string | undefined> {
  table();
  const { data } = await WechatIdentityEntity.get(id).go();
  return data?.userId;
}

/** GetItem WXID#mp|oa#<openid>/WXID — the user id of a mini-program or official-account openid. */
export function getUserIdByOpenId(app: 'mp' | 'oa', openid: string): Promise<string | undefined> {
  return getUserIdByWechatId({ kind: app, externalId: openid });
}

/**
 * TransactWriteItems — a new user and all its identities at once, each only if absent. Answers false when one of
 * the identities was taken meanwhile (a concurrent first login): the caller looks the user up again.
 */
export async function createUserWithIdentities(user: User, ids: readonly WechatId[]): Promise<boolean> {
  table();
  const { canceled } = await createWriteTransaction({ user: UserEntity, identity: WechatIdentityEntity }, (e) => [
    e.user.create(user).commit(),
    ...ids.map((id) => e.identity.create({ ...id, userId: user.userId, createdAt: user.createdAt }).commit()),
  ]).go();
  return !canceled;
}

/** PutItem WXID#<kind>#<id>/WXID if absent — links one more identity to a user; an existing link is left as is. */
export async function linkWechatId(id: WechatId, userId: string, now: Date): Promise<void> {
  table();
  try {
    await WechatIdentityEntity.create({ ...id, userId, createdAt: now.toISOString() }).go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
