import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../../../components/error-state';
import { LoadingState } from '../../../../components/loading-state';
import { a11y } from '../../../../lib/a11y';
import { formatChineseDate } from '../../../../utils/format-date';
import { useSubmittedCase } from '../../hooks/use-submitted-case';
import { yuan } from '../texts';
import './index.scss';

export interface SubmittedViewProps {
  caseId: string;
  onHome: () => void;
}

/** 已提交: the case's state, its number, and by when the agency accepts it (working days; provisional says so). */
export function SubmittedView({ caseId, onHome }: SubmittedViewProps) {
  const detail = useSubmittedCase(caseId);
  if (detail.isPending) return <LoadingState />;
  if (detail.isError) return <ErrorState message={detail.error.message} onRetry={() => void detail.refetch()} />;
  const { claim, deadline } = detail.data;
  return (
    <View className="submitted-view" data-testid="claim-submitted">
      <Text className="submitted-view__title" data-testid="claim-state">
        {claim.state === 'draft' ? '申请还没有提交' : claim.stateName}
      </Text>
      <View className="submitted-view__card">
        <Text className="submitted-view__row">办件编号：{claim.caseId}</Text>
        <Text className="submitted-view__row">参保人：{claim.insuredPerson.nameMasked}</Text>
        <Text className="submitted-view__row">申请金额：{yuan(claim.claimedTotalFen)}</Text>
        <Text className="submitted-view__row">受理机构：{claim.agencyName}</Text>
        {deadline ? (
          <Text className="submitted-view__deadline" data-testid="claim-deadline">
            预计 {formatChineseDate(deadline.due).date} 前完成{deadline.stageName}
            {deadline.provisional
              ? `（暂定：${deadline.explanation ?? '当年的放假安排还没有公布，日期可能变动'}）`
              : ''}
          </Text>
        ) : null}
      </View>
      <Text className="submitted-view__next">材料不全时，经办机构会一次性告诉您还缺什么；办理进度会发到“消息”里。</Text>
      <Button {...a11y('button')} type="primary" size="large" block onClick={onHome}>
        回到首页
      </Button>
    </View>
  );
}
