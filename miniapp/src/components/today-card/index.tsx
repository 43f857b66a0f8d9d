import type { HomeResponse } from '@shared/api/home';
import { Text, View } from '@tarojs/components';
import { formatChineseDate } from '../../utils/format-date';
import './index.scss';

export interface TodayCardProps {
  today: HomeResponse['today'];
}

/** Today's date and whether it is a working day, as the API decided it (暂定 while the calendar is not official). */
export function TodayCard({ today }: TodayCardProps) {
  const kind = today.isWorkingDay ? 'working' : 'rest';
  const { date, weekday } = formatChineseDate(today.date);
  return (
    <View className={`today-card today-card--${kind}`} data-testid="today-card">
      <View className="today-card__date" data-testid="today-date">
        <Text>今天是 </Text>
        <Text className="today-card__nowrap">{date}</Text>
        {weekday ? <Text className="today-card__nowrap"> {weekday}</Text> : null}
      </View>
      <View className="today-card__status">
        <Text className="today-card__badge" data-testid="today-working-day">
          {today.isWorkingDay ? '工作日' : '休息日'}
          {today.provisional ? '（暂定）' : ''}
        </Text>
        <Text className="today-card__hint">{today.isWorkingDay ? '经办机构今天上班' : '经办机构今天休息'}</Text>
      </View>
      {today.provisional ? (
        <Text className="today-card__note" data-testid="today-provisional">
          暂定：国家还没公布这一年的放假安排，以正式公布为准。
        </Text>
      ) : null}
    </View>
  );
}
