import { Text, View } from '@tarojs/components';
import './index.scss';

export interface RefusalNoticeProps {
  /** What was refused and why, in plain Chinese (the API's message). */
  message: string;
  /** The rule it rests on (依据), when the refusal is a rule's. */
  source?: string;
  testId?: string;
}

/** A refusal beside what it concerns: the reason, and the rule it rests on in plain words. */
export function RefusalNotice({ message, source, testId = 'refusal' }: RefusalNoticeProps) {
  return (
    <View className="refusal-notice" data-testid={testId} role="alert">
      <Text className="refusal-notice__message">{message}</Text>
      {source ? (
        <Text className="refusal-notice__source">{source.startsWith('依据') ? source : `依据：${source}`}</Text>
      ) : null}
    </View>
  );
}
