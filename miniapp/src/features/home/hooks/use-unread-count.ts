import { useQuery } from '@tanstack/react-query';
import { useDidShow } from '@tarojs/taro';
import { useSession } from '../../../hooks/use-session';
import { callEndpoint } from '../../../lib/api/client';
import { getMessagesEndpoint, unreadKey } from '../api/messages';

/**
 * How many messages are unread — only for a logged-in, bound user (nobody else has an inbox worth a badge);
 * read again each time home is shown (e.g. back from the inbox).
 */
export function useUnreadCount(): number | undefined {
  const session = useSession();
  const enabled = session?.bound === true;
  const query = useQuery({
    queryKey: unreadKey(session?.userId ?? ''),
    queryFn: () => callEndpoint(getMessagesEndpoint, { query: { limit: 1 } }),
    enabled,
    select: (data) => data.unreadCount,
  });
  useDidShow(() => {
    if (enabled) void query.refetch();
  });
  return enabled ? query.data : undefined;
}
