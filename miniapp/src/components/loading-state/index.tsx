import { Text, View } from '@tarojs/components';
import './index.scss';

export interface LoadingStateProps {
  text?: string;
  testId?: string;
}

/** A calm "please wait" while the page's data loads. */
export function LoadingState({ text = '正在加载，请稍候…', testId = 'loading-state' }: LoadingStateProps) {
  return (
    <View className="loading-state" data-testid={testId}>
      <View className="loading-state__spinner" />
      <Text className="loading-state__text">{text}</Text>
    </View>
  );
}
