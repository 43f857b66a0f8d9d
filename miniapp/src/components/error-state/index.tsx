import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import './index.scss';
import { a11y } from '../../lib/a11y';

export interface ErrorStateProps {
  /** The Chinese message to show (an ApiError's message). */
  message: string;
  onRetry: () => void;
  testId?: string;
}

/** Something went wrong: say what in plain Chinese and offer 重试. */
export function ErrorState({ message, onRetry, testId = 'error-state' }: ErrorStateProps) {
  return (
    <View className="error-state" data-testid={testId}>
      <Text className="error-state__title">没能打开</Text>
      <Text className="error-state__message" data-testid="error-message">
        {message}
      </Text>
      <Button
        {...a11y('button')}
        className="error-state__retry"
        type="primary"
        size="large"
        block
        data-testid="retry-button"
        onClick={onRetry}
      >
        重试
      </Button>
    </View>
  );
}
