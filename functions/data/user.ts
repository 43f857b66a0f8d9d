// 用户 — a WeChat user of the applicant app. Bound (实名) once `insuredPersonId` is set; the contact phone is stored
// encrypted under the item's own data key (`dataKey`), with its masked form beside it for display.
import { Entity, type EntityItem } from 'electrodb';
import { declareEntity, ENTITY_OPTIONS, SERVICE, table } from './table';

export const UserEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'user', version: '1', service: SERVICE },
      attributes: {
        userId: { type: 'string', required: true, readOnly: true },
        createdAt: { type: 'string', required: true, readOnly: true },
        lastLoginAt: { type: 'string' },
        // The openid per WeChat app (needed to send subscribe messages) and the unionid that links the apps.
        miniProgramOpenid: { type: 'string' },
        officialAccountOpenid: { type: 'string' },
        unionid: { type: 'string' },
        insuredPersonId: { type: 'string' },
        boundAt: { type: 'string' },
        dataKey: { type: 'string' },
        phoneEnc: { type: 'string' },
        phoneMasked: { type: 'string' },
      },
      indexes: {
        byId: {
          pk: { field: 'pk', composite: ['userId'], template: 'USER#${userId}', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'PROFILE', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** A user as stored. */
export type User = EntityItem<typeof UserEntity>;

/** WeChat identifiers seen at a login, remembered on the user. */
export type WechatIds = Pick<User, 'miniProgramOpenid' | 'officialAccountOpenid' | 'unionid'>;

/** GetItem USER#<userId>/PROFILE — the user, or undefined. */
export async function getUser(userId: string): Promise<User | undefined> {
  table();
  const { data } = await UserEntity.get({ userId }).go();
  return data ?? undefined;
}

/** UpdateItem USER#<userId>/PROFILE — the time of this login and the WeChat ids it came with (user must exist). */
export async function recordLogin(userId: string, ids: WechatIds, now: Date): Promise<User> {
  table();
  const set: Partial<User> = { lastLoginAt: now.toISOString() };
  if (ids.miniProgramOpenid) set.miniProgramOpenid = ids.miniProgramOpenid;
  if (ids.officialAccountOpenid) set.officialAccountOpenid = ids.officialAccountOpenid;
  if (ids.unionid) set.unionid = ids.unionid;
  const { data } = await UserEntity.patch({ userId }).set(set).go({ response: 'all_new' });
  return data;
}
