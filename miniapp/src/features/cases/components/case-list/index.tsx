import { Button } from '@nutui/nutui-react-taro';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../../../components/error-state';
import { LoadingState } from '../../../../components/loading-state';
import { a11y } from '../../../../lib/a11y';
import { useCaseList } from '../../hooks/use-cases';
import { CaseCard } from '../case-card';
import './index.scss';

export interface CaseListProps {
  onOpen: (caseId: string) => void;
  onContinue: (caseId: string) => void;
  onNew: () => void;
}

/** 我的办件: drafts first (继续填写), then every case I am the insured person of or submitted, newest first. */
export function CaseList({ onOpen, onContinue, onNew }: CaseListProps) {
  const { query, drafts, others } = useCaseList();
  const today = todayInShanghai(new Date());

  if (query.status === 'pending') return <LoadingState testId="cases-loading" />;
  if (query.status === 'error') {
    return <ErrorState message={query.error.message} onRetry={() => void query.refetch()} testId="cases-error" />;
  }
  const card = (c: (typeof drafts)[number]) => (
    <CaseCard key={c.caseId} item={c} today={today} onOpen={onOpen} onContinue={onContinue} />
  );

  return (
    <View className="case-list" data-testid="case-list">
      <Text className="case-list__title">我的办件</Text>
      <Text className="case-list__lead">这里是您本人的报销申请，和您替别人办的申请。点按一件，查看办理进度。</Text>
      {drafts.length === 0 && others.length === 0 ? (
        <View className="case-list__empty" data-testid="cases-empty">
          <Text className="case-list__empty-text">还没有报销申请。在外地看病自己先付了钱的，可以在线申请报销。</Text>
          <Button {...a11y('button')} type="primary" size="large" block onClick={onNew}>
            申请报销
          </Button>
        </View>
      ) : null}
      {drafts.length > 0 ? (
        <View className="case-list__group" data-testid="cases-drafts">
          <Text className="case-list__group-title">没有填完的（{drafts.length}件）</Text>
          {drafts.map(card)}
        </View>
      ) : null}
      {others.length > 0 ? (
        <View className="case-list__group" data-testid="cases-submitted">
          <Text className="case-list__group-title">已提交的（{others.length}件）</Text>
          {others.map(card)}
        </View>
      ) : null}
      {query.hasNextPage ? (
        <Button
          {...a11y('button')}
          size="large"
          block
          loading={query.isFetchingNextPage}
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? '正在加载…' : '加载更多'}
        </Button>
      ) : drafts.length + others.length > 0 ? (
        <Text className="case-list__end">没有更早的办件了</Text>
      ) : null}
    </View>
  );
}
