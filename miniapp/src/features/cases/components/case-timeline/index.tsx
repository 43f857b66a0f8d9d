import type { TimelineEntry } from '@shared/api/claims';
import { Text, View } from '@tarojs/components';
import { Section } from '../../../../components/section';
import { fullDayText } from '../texts';
import './index.scss';

/** Who did it, by role (and masked name where the API gives one). */
function actorText(entry: TimelineEntry): string {
  const { roleName, nameMasked } = entry.actor;
  return nameMasked ? `${roleName} ${nameMasked}` : roleName;
}

/** 办理记录: every event of the case, oldest first, each with its date, what was done, by whom, and why. */
export function CaseTimeline({ timeline }: { timeline: TimelineEntry[] }) {
  return (
    <Section title="办理记录" testId="case-timeline">
      {timeline.length === 0 ? <Text className="case-timeline__empty">还没有办理记录。</Text> : null}
      {timeline.map((entry, index) => (
        <View
          key={`${entry.at}-${entry.action}`}
          className="case-timeline__entry"
          data-testid={`case-event-${index + 1}`}
          data-action={entry.action}
        >
          <Text className="case-timeline__date">{fullDayText(entry.on)}</Text>
          <Text className="case-timeline__name">{entry.actionName}</Text>
          <Text className="case-timeline__line">
            {actorText(entry)}办理 · 状态变为“{entry.toName}”
          </Text>
          {entry.action === 'RESUBMIT' ? (
            <Text className="case-timeline__line">材料已补正，受理时限从这一天重新计算。</Text>
          ) : null}
          {entry.reason ? <Text className="case-timeline__reason">原因：{entry.reason}</Text> : null}
        </View>
      ))}
    </Section>
  );
}
