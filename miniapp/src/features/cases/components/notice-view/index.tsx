import type { CaseDetail } from '@shared/api/claims';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Section } from '../../../../components/section';
import { fullDayText } from '../texts';
import './index.scss';

const PROBLEM = { MISSING: '缺少这项材料', DEFECTIVE: '这项材料不符合要求' } as const;

export interface NoticeViewProps {
  notice: NonNullable<CaseDetail['notice']>;
  /** What to put beside a listed item (the uploader, when answering the notice). */
  besideItem?: (item: NonNullable<CaseDetail['notice']>['items'][number]) => ReactNode;
  /** Said under the items: how the notice is answered. */
  footer?: ReactNode;
}

/** 一次性告知 (补正通知): item by item, what is wrong with it and why, as the agency sent it. */
export function NoticeView({ notice, besideItem, footer }: NoticeViewProps) {
  return (
    <Section title="补正通知" testId="case-notice">
      <Text className="notice-view__lead">
        经办机构在{fullDayText(notice.sentOn)}一次性告诉您，还需要补正下面的材料：
      </Text>
      {notice.items.map((item) => (
        <View key={item.item} className="notice-view__item" data-testid={`notice-item-${item.item}`}>
          <Text className="notice-view__name">{item.itemName}</Text>
          <Text className="notice-view__problem">{PROBLEM[item.problem]}</Text>
          <Text className="notice-view__reason">原因：{item.reason}</Text>
          {besideItem?.(item)}
        </View>
      ))}
      {notice.listItem ? (
        <View className="notice-view__item" data-testid="notice-list-item">
          <Text className="notice-view__name">{notice.listItem}</Text>
          {notice.mailingAddress ? (
            <Text className="notice-view__reason">请邮寄到：{notice.mailingAddress}</Text>
          ) : null}
          {notice.phone ? <Text className="notice-view__reason">咨询电话：{notice.phone}</Text> : null}
        </View>
      ) : null}
      {notice.note ? <Text className="notice-view__note">{notice.note}</Text> : null}
      {footer}
    </Section>
  );
}
