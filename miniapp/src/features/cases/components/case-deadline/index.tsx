import { Text, View } from '@tarojs/components';
import { deadlineText, provisionalText, withBasis } from '../texts';
import './index.scss';

export interface CaseDeadlineProps {
  deadline: { due: string; provisional: boolean; stageName: string };
  today: string;
  /** The detail gives more: the working days, since when, why provisional, and the 依据. */
  more?: { workingDays: number; from: string; explanation: string | null; source: string };
  testId?: string;
}

/** The current stage's deadline as the API computed it in official working days; overdue and provisional said. */
export function CaseDeadline({ deadline, today, more, testId }: CaseDeadlineProps) {
  const overdue = deadline.due < today;
  return (
    <View
      className={`case-deadline${overdue ? ' case-deadline--overdue' : ''}`}
      data-testid={testId}
      data-overdue={overdue ? 'true' : 'false'}
    >
      <Text className="case-deadline__due">{deadlineText(deadline, today)}</Text>
      {more ? (
        <Text className="case-deadline__line">
          {deadline.stageName}时限为{more.workingDays}个工作日（不算周末和法定节假日）。
        </Text>
      ) : null}
      {deadline.provisional ? (
        <Text className="case-deadline__line" data-testid={testId ? `${testId}-provisional` : undefined}>
          {provisionalText(more?.explanation)}
        </Text>
      ) : null}
      {more ? <Text className="case-deadline__source">{withBasis(more.source)}</Text> : null}
    </View>
  );
}
