import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { a11y } from '../../lib/a11y';
import './index.scss';

export interface StepFrameProps {
  /** The step's question, e.g. 为谁办理. */
  title: string;
  lead?: string;
  /** 第几步 / 共几步. */
  progress?: string;
  children: ReactNode;
  onBack?: () => void;
  testId: string;
}

/** One screen of a wizard: one question, its plain lead, what it asks for, and 上一步. */
export function StepFrame({ title, lead, progress, children, onBack, testId }: StepFrameProps) {
  return (
    <View className="step-frame" data-testid={testId}>
      {progress ? <Text className="step-frame__progress">{progress}</Text> : null}
      <Text className="step-frame__title">{title}</Text>
      {lead ? <Text className="step-frame__lead">{lead}</Text> : null}
      {children}
      {onBack ? (
        <Button {...a11y('button')} className="step-frame__back" size="large" block onClick={onBack}>
          上一步
        </Button>
      ) : null}
    </View>
  );
}
