import type { RegionPromise } from '@shared/api/home';
import { Text, View } from '@tarojs/components';
import './index.scss';

export interface PromiseListProps {
  promises: readonly RegionPromise[];
}

/** Each region's service promise (服务承诺) with the rule it rests on (依据). */
export function PromiseList({ promises }: PromiseListProps) {
  if (promises.length === 0) {
    return <Text className="promise-list__empty">暂无服务承诺</Text>;
  }
  return (
    <View className="promise-list">
      {promises.map((item) => (
        <View key={item.region} className="promise-list__item" data-testid={`promise-${item.region}`}>
          <Text className="promise-list__region">{item.regionName}</Text>
          <Text className="promise-list__promise">{item.promise}</Text>
          <Text className="promise-list__basis">依据：{item.basis}</Text>
        </View>
      ))}
    </View>
  );
}
