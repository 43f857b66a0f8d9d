// 订阅额度 (SPEC §5) against DynamoDB Local, in this process with the functions' own environment: each accept grants
// one send, each send spends one, and a send is never spent below zero — even when spends race.
import { randomBytes } from 'node:crypto';
import {
  grantSubscriptionQuota,
  listSubscriptionQuotas,
  spendSubscriptionQuota,
} from '../../../functions/data/subscriptionQuota';
import { testStack } from '../../support/stack';

const saved = { ...process.env };
beforeAll(() => Object.assign(process.env, testStack().functionEnv));
afterAll(() => {
  process.env = saved;
});

const newUser = () => `user-${randomBytes(6).toString('hex')}`;
const now = new Date('2026-11-20T02:00:00Z');

describe('subscription quota (订阅额度)', () => {
  test('each accept grants one send per template, listed per template', async () => {
    // prepare
    const userId = newUser();
    // act
    await grantSubscriptionQuota(userId, 'tpl-acceptance', 1, now);
    const second = await grantSubscriptionQuota(userId, 'tpl-acceptance', 1, now);
    await grantSubscriptionQuota(userId, 'tpl-result', 1, now);
    // assess
    expect(second).toBe(2);
    const quotas = await listSubscriptionQuotas(userId);
    expect(Object.fromEntries(quotas.map((q) => [q.templateId, q.remaining]))).toEqual({
      'tpl-acceptance': 2,
      'tpl-result': 1,
    });
  });

  test('a send spends exactly one and never goes below zero, even when spends race', async () => {
    // prepare
    const userId = newUser();
    await grantSubscriptionQuota(userId, 'tpl-acceptance', 2, now);
    // act
    const spent = await Promise.all([1, 2, 3, 4, 5].map(() => spendSubscriptionQuota(userId, 'tpl-acceptance', now)));
    // assess
    expect(spent.filter(Boolean)).toHaveLength(2);
    const [quota] = await listSubscriptionQuotas(userId);
    expect(quota?.remaining).toBe(0);
  });

  test('no quota for a template means no send (inbox only)', async () => {
    // prepare
    const userId = newUser();
    // act
    const spent = await spendSubscriptionQuota(userId, 'tpl-supplement', now);
    // assess
    expect(spent).toBe(false);
    expect(await listSubscriptionQuotas(userId)).toEqual([]);
  });
});
