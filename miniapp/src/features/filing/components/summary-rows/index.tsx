import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

export interface SummaryRow {
  label: string;
  value: string;
  /** Shown under the row: a refusal that concerns it, a one-tap fix. */
  extra?: ReactNode;
  testId?: string;
}

/** Label above value, one per row: easy to read on a narrow phone in large type. */
export function SummaryRows({ rows, testId }: { rows: SummaryRow[]; testId?: string }) {
  return (
    <View className="summary-rows" data-testid={testId}>
      {rows.map((row) => (
        <View key={row.label} className="summary-rows__row" data-testid={row.testId}>
          <Text className="summary-rows__label">{row.label}</Text>
          <Text className="summary-rows__value">{row.value}</Text>
          {row.extra}
        </View>
      ))}
    </View>
  );
}
