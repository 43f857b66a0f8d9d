import type { MessageListResponse, MessageResponse, MessageView } from '@shared/api/messages';
import { type InfiniteData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../../hooks/use-session';
import { useWrite } from '../../../hooks/use-write';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { getMessages, messageKeys, postMessageRead } from '../api/messages';

const PAGE_SIZE = 20;

/** The inbox, newest first, a page at a time (加载更多 follows the API's cursor). */
export function useInbox() {
  const session = useSession();
  const userId = session?.userId ?? '';
  const query = useInfiniteQuery<
    MessageListResponse,
    ApiError,
    InfiniteData<MessageListResponse, string | undefined>,
    readonly unknown[],
    string | undefined
  >({
    queryKey: messageKeys.inbox(userId),
    queryFn: ({ pageParam }) => callEndpoint(getMessages, { query: { limit: PAGE_SIZE, cursor: pageParam } }),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const messages: MessageView[] = query.data?.pages.flatMap((page) => page.messages) ?? [];
  const unreadCount = query.data?.pages[0]?.unreadCount ?? 0;
  return { session, query, messages, unreadCount };
}

/** Marks a message read (once), and shows it read in the inbox and on home's tile. */
export function useMarkRead() {
  const session = useSession();
  const queryClient = useQueryClient();
  const userId = session?.userId ?? '';
  return useWrite<string, MessageResponse>(
    (messageId, idempotencyKey) => callEndpoint(postMessageRead, { params: { messageId }, idempotencyKey }),
    {
      onSuccess: ({ message }) => {
        queryClient.setQueryData<InfiniteData<MessageListResponse, string | undefined>>(
          messageKeys.inbox(userId),
          (data) =>
            data && {
              ...data,
              pages: data.pages.map((page, i) => ({
                ...page,
                unreadCount: i === 0 ? Math.max(0, page.unreadCount - 1) : page.unreadCount,
                messages: page.messages.map((m) => (m.messageId === message.messageId ? message : m)),
              })),
            },
        );
        void queryClient.invalidateQueries({ queryKey: messageKeys.all(userId), refetchType: 'none' });
      },
    },
  );
}
