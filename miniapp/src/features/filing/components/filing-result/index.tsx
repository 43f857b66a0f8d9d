import { Button } from '@nutui/nutui-react-taro';
import type { FilingView } from '@shared/api/filings';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../../../lib/a11y';
import { dateText, filingDestinationName, validityText } from '../texts';
import './index.scss';

export interface FilingResultProps {
  filing: FilingView;
  onOpen: () => void;
  onList: () => void;
}

/** After 提交: approved at once (valid from …), or waiting for review (the deadline), each with its 依据. */
export function FilingResult({ filing, onOpen, onList }: FilingResultProps) {
  const approved = filing.status === 'ACTIVE';
  const queued = filing.status === 'PENDING_REVIEW';
  const decision = filing.decisions[filing.decisions.length - 1];
  const source = queued ? (filing.review?.source ?? decision?.source) : decision?.source;
  return (
    <View className="filing-result" data-testid="filing-result" data-status={filing.status}>
      <Text className={`filing-result__title filing-result__title--${approved ? 'ok' : 'wait'}`}>
        {approved ? '备案成功' : queued ? '已提交，等待审核' : filing.statusName}
      </Text>
      <Text className="filing-result__line">
        {filing.typeName} · 就医地 {filingDestinationName(filing)}
      </Text>
      {approved ? <Text className="filing-result__line">有效期：{validityText(filing)}</Text> : null}
      {queued && filing.review ? (
        <Text className="filing-result__line">
          医保经办机构将在{dateText(filing.review.deadline)}前审核完毕
          {filing.review.provisional ? '（按工作日推算）' : ''}， 结果会通知您。
        </Text>
      ) : null}
      {queued && filing.review?.explanation ? (
        <Text className="filing-result__line">{filing.review.explanation}</Text>
      ) : null}
      {filing.refusalReason ? <Text className="filing-result__line">{filing.refusalReason}</Text> : null}
      {source ? (
        <Text className="filing-result__source">{source.startsWith('依据') ? source : `依据：${source}`}</Text>
      ) : null}
      <Button {...a11y('button')} type="primary" size="large" block onClick={onOpen}>
        查看备案详情
      </Button>
      <Button {...a11y('button')} size="large" block onClick={onList}>
        返回我的备案
      </Button>
    </View>
  );
}
