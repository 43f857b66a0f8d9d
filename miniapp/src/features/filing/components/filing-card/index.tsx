import type { FilingView } from '@shared/api/filings';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../../../lib/a11y';
import { filingDestinationName, submitterText, validityText } from '../texts';
import './index.scss';

export interface FilingCardProps {
  filing: FilingView;
  myPersonId?: string;
  onOpen: (filingId: string) => void;
}

/** One filing in 我的备案: status, insured person and who submitted it, destination, validity. */
export function FilingCard({ filing, myPersonId, onOpen }: FilingCardProps) {
  return (
    <View
      {...a11y('button')}
      className="filing-card"
      data-testid={`filing-card-${filing.filingId}`}
      hoverClass="filing-card--pressed"
      onClick={() => onOpen(filing.filingId)}
    >
      <View className="filing-card__head">
        <Text className={`filing-card__status filing-card__status--${filing.status}`}>{filing.statusName}</Text>
        <Text className="filing-card__type">{filing.typeName}</Text>
      </View>
      <Text className="filing-card__line">就医地：{filingDestinationName(filing)}</Text>
      <Text className="filing-card__line">
        参保人：{filing.insuredPerson.nameMasked}（{submitterText(filing, myPersonId)}）
      </Text>
      <Text className="filing-card__line">有效期：{validityText(filing)}</Text>
      <Text className="filing-card__more">查看详情 ›</Text>
    </View>
  );
}
