// 订阅额度 — the user's remaining one-time subscriptions per template, by notice kind, for the mini-program.
import { NOTICE_KIND, NOTICE_KINDS } from '@shared/domain/notice/templates';
import { noticeTemplateIds } from '../../config';
import { listSubscriptionQuotas } from '../../data/subscriptionQuota';

/** The templates the app asks for, with the user's remaining quota of each. */
export async function subscriptionsOf(userId: string) {
  const ids = noticeTemplateIds();
  const quotas = await listSubscriptionQuotas(userId);
  return {
    templates: NOTICE_KINDS.flatMap((kind) => {
      const templateId = ids[kind];
      if (!templateId) return [];
      const remaining = quotas.find((q) => q.templateId === templateId)?.remaining ?? 0;
      return [{ kind, name: NOTICE_KIND[kind], templateId, remaining }];
    }),
  };
}
