import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

export interface SectionProps {
  title: string;
  children: ReactNode;
  testId?: string;
}

/** A titled block of a page. */
export function Section({ title, children, testId }: SectionProps) {
  return (
    <View className="section" data-testid={testId}>
      <Text className="section__title">{title}</Text>
      {children}
    </View>
  );
}
