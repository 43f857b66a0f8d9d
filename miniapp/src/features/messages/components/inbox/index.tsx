import { Button } from '@nutui/nutui-react-taro';
import type { MessageView } from '@shared/api/messages';
import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../../../components/error-state';
import { LoadingState } from '../../../../components/loading-state';
import { a11y } from '../../../../lib/a11y';
import { navigate } from '../../../../lib/navigate';
import { formatChineseTime } from '../../hooks/format-time';
import { useInbox, useMarkRead } from '../../hooks/use-inbox';
import './index.scss';

function MessageItem({ message, onTap }: { message: MessageView; onTap: (message: MessageView) => void }) {
  const time = formatChineseTime(message.createdAt);
  return (
    <View
      {...a11y('button')}
      className={`inbox-item${message.read ? '' : ' inbox-item--unread'}`}
      data-testid={`message-${message.messageId}`}
      hoverClass="inbox-item--pressed"
      onClick={() => onTap(message)}
    >
      <View className="inbox-item__top">
        <Text className="inbox-item__kind">{message.kindName}</Text>
        {message.read ? null : <Text className="inbox-item__unread">未读</Text>}
      </View>
      <Text className="inbox-item__title">{message.title}</Text>
      {/* The whole text: a notice that someone filed in the person's name ends with what to do about it. */}
      <Text className="inbox-item__body">{message.body}</Text>
      <Text className="inbox-item__time">{time}</Text>
      <Text className="inbox-item__more">
        {message.subject.type === 'FILING' ? '点按查看备案 ›' : '点按查看办件 ›'}
      </Text>
    </View>
  );
}

/** 消息 — the inbox: newest first, unread ones marked in words, each opening what it concerns. */
export function Inbox() {
  const { query, messages, unreadCount } = useInbox();
  const markRead = useMarkRead();

  const onTap = (message: MessageView) => {
    if (!message.read) markRead.submit(message.messageId);
    if (message.subject.type === 'FILING') {
      void navigate.to('filing', { id: message.subject.id });
      return;
    }
    void navigate.to('caseDetail', { id: message.subject.id });
  };

  if (query.status === 'pending') return <LoadingState testId="inbox-loading" />;
  if (query.status === 'error') {
    return <ErrorState message={query.error.message} onRetry={() => void query.refetch()} testId="inbox-error" />;
  }

  return (
    <View className="inbox" data-testid="inbox">
      <Text className="inbox__title">消息</Text>
      <Text className="inbox__lead" data-testid="inbox-unread">
        {messages.length === 0
          ? '还没有消息。备案和报销有了结果，或有人替您办理时，会在这里告诉您。'
          : unreadCount > 0
            ? `您有${unreadCount}条未读消息。点按一条消息查看。`
            : '消息都已读过。点按一条消息可再次查看。'}
      </Text>
      {messages.map((message) => (
        <MessageItem key={message.messageId} message={message} onTap={onTap} />
      ))}
      {query.hasNextPage ? (
        <Button
          {...a11y('button')}
          className="inbox__more"
          size="large"
          block
          loading={query.isFetchingNextPage}
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? '正在加载…' : '加载更多'}
        </Button>
      ) : messages.length > 0 ? (
        <Text className="inbox__end">没有更早的消息了</Text>
      ) : null}
    </View>
  );
}
