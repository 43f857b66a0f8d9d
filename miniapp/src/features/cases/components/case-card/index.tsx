import { Button } from '@nutui/nutui-react-taro';
import type { CaseSummary } from '@shared/api/claims';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../../../lib/a11y';
import { CaseDeadline } from '../case-deadline';
import { fullDayText, STATE_LINE, submitterText, yuan } from '../texts';
import './index.scss';

export interface CaseCardProps {
  item: CaseSummary;
  today: string;
  onOpen: (caseId: string) => void;
  onContinue: (caseId: string) => void;
}

/**
 * One case in 我的办件: its state in words, the insured person and who submitted, what and how much, and the current
 * stage's deadline; a draft has one big 继续填写 instead (it opens the wizard where it stopped).
 */
export function CaseCard({ item, today, onOpen, onContinue }: CaseCardProps) {
  const draft = item.state === 'draft';
  const body = (
    <>
      <View className="case-card__head">
        <Text className={`case-card__state case-card__state--${item.state}`}>{item.stateName}</Text>
        <Text className="case-card__type">{item.expenseTypeName}报销</Text>
      </View>
      <Text className="case-card__line">{STATE_LINE[item.state]}</Text>
      <Text className="case-card__line">参保人：{item.insuredPersonNameMasked}</Text>
      <Text className="case-card__line">办理人：{submitterText(item.submitter)}</Text>
      {item.hospitalName ? <Text className="case-card__line">医院：{item.hospitalName}</Text> : null}
      {item.claimedTotalFen > 0 ? (
        <Text className="case-card__line">申请金额：{yuan(item.claimedTotalFen)}</Text>
      ) : null}
      <Text className="case-card__line">
        {item.submittedAt ? `提交日期：${fullDayText(item.submittedAt)}` : `开始填写：${fullDayText(item.createdAt)}`}
      </Text>
      {item.deadline ? (
        <CaseDeadline deadline={item.deadline} today={today} testId={`case-deadline-${item.caseId}`} />
      ) : null}
    </>
  );

  if (draft) {
    return (
      <View className="case-card case-card--draft" data-testid={`case-card-${item.caseId}`} data-state={item.state}>
        {body}
        <Button
          {...a11y('button')}
          type="primary"
          size="large"
          block
          data-testid={`case-continue-${item.caseId}`}
          onClick={() => onContinue(item.caseId)}
        >
          继续填写
        </Button>
      </View>
    );
  }
  return (
    <View
      {...a11y('button')}
      className="case-card"
      data-testid={`case-card-${item.caseId}`}
      data-state={item.state}
      hoverClass="case-card--pressed"
      onClick={() => onOpen(item.caseId)}
    >
      {body}
      <Text className="case-card__more">查看办理进度 ›</Text>
    </View>
  );
}
