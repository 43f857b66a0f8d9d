import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../../../components/error-state';
import { LoadingState } from '../../../../components/loading-state';
import { a11y } from '../../../../lib/a11y';
import { useFilings, useMyPersons } from '../../hooks/use-filings';
import { FilingCard } from '../filing-card';
import './index.scss';

export interface FilingListProps {
  onNew: () => void;
  onOpen: (filingId: string) => void;
}

/** 我的备案: a big 办理新的备案, then every filing (mine, and those I filed as proxy), newest first. */
export function FilingList({ onNew, onOpen }: FilingListProps) {
  const filings = useFilings();
  const persons = useMyPersons();
  const myPersonId = persons.data?.persons.find((p) => p.relation === 'self')?.personId;
  return (
    <View className="filing-list" data-testid="filing-list">
      <Text className="filing-list__title">我的备案</Text>
      <Button {...a11y('button')} type="primary" size="large" block onClick={onNew}>
        办理新的备案
      </Button>
      {filings.isPending ? <LoadingState /> : null}
      {filings.isError ? <ErrorState message={filings.error.message} onRetry={() => void filings.refetch()} /> : null}
      {filings.data && filings.data.filings.length === 0 ? (
        <Text className="filing-list__empty">还没有备案。到外地看病前，先办理异地就医备案。</Text>
      ) : null}
      {filings.data?.filings.map((filing) => (
        <FilingCard key={filing.filingId} filing={filing} myPersonId={myPersonId} onOpen={onOpen} />
      ))}
    </View>
  );
}
