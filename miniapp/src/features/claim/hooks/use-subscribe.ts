import type { SubscriptionsResponseSchema } from '@shared/api/subscriptions';
import { useQuery } from '@tanstack/react-query';
import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import type { z } from 'zod';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { getMySubscriptions, postMySubscriptions } from '../api/claims';

type SubscriptionsResponse = z.infer<typeof SubscriptionsResponseSchema>;
type Choice = 'accept' | 'reject' | 'ban' | 'filter';

/** H5 has no subscribe messages: the wizard says so, and progress reaches the user in 消息. */
export const SUBSCRIBE_AVAILABLE = process.env.TARO_ENV === 'weapp';

/**
 * Before submitting (weapp): ask WeChat for the templates the API names (`Taro.requestSubscribeMessage`, called
 * straight from the tap, as WeChat requires) and report the user's choice (POST /v1/me/subscriptions). Whatever the
 * user chooses, or if WeChat fails, the submit goes on.
 */
export function useSubscribeBeforeSubmit() {
  const templates = useQuery<SubscriptionsResponse, ApiError>({
    queryKey: ['claim', 'subscriptions'],
    queryFn: () => callEndpoint(getMySubscriptions, {}),
    enabled: SUBSCRIBE_AVAILABLE,
  });
  const ids = (templates.data?.templates ?? []).map((t) => t.templateId).slice(0, 3);
  const ask = useCallback(async (): Promise<void> => {
    if (!SUBSCRIBE_AVAILABLE || ids.length === 0) return;
    try {
      const answer = (await Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] })) as unknown as Record<
        string,
        string
      >;
      const results = Object.fromEntries(
        ids.flatMap((id) => {
          const choice = answer[id];
          return choice === 'accept' || choice === 'reject' || choice === 'ban' || choice === 'filter'
            ? [[id, choice as Choice]]
            : [];
        }),
      );
      if (Object.keys(results).length > 0) await callEndpoint(postMySubscriptions, { body: { results } });
    } catch {
      // A refused or failed dialog does not stop the submit: progress still reaches 消息.
    }
  }, [ids]);
  return { ask };
}
