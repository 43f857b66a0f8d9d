import { Button } from '@nutui/nutui-react-taro';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../../../components/error-state';
import { LoadingState } from '../../../../components/loading-state';
import { Section } from '../../../../components/section';
import { a11y } from '../../../../lib/a11y';
import { navigate } from '../../../../lib/navigate';
import { useCase } from '../../hooks/use-cases';
import { CaseDeadline } from '../case-deadline';
import { CaseTimeline } from '../case-timeline';
import { NoticeView } from '../notice-view';
import { canWithdraw, fullDayText, STATE_LINE, submitterText, withBasis, yuan } from '../texts';
import { WithdrawPanel } from '../withdraw-panel';
import './index.scss';

export interface CaseDetailViewProps {
  id: string;
  onContinue: (caseId: string) => void;
}

/**
 * 办件详情: the state in words, the current stage with its deadline (working days, as the API computed it), who and
 * what, the deficiency notice item by item, the result, the actions the API allows, and the whole timeline.
 */
export function CaseDetailView({ id, onContinue }: CaseDetailViewProps) {
  const query = useCase(id);
  if (query.isPending) return <LoadingState testId="case-loading" />;
  if (query.isError) {
    return <ErrorState message={query.error.message} onRetry={() => void query.refetch()} testId="case-error" />;
  }
  const detail = query.data;
  const { claim, deadline, notice, result } = detail;
  const today = todayInShanghai(new Date());
  const paid = claim.state === 'paid' || claim.state === 'completed';

  const rows: { label: string; value: string }[] = [
    { label: '参保人', value: `${claim.insuredPerson.nameMasked}（身份证 ${claim.insuredPerson.idNumberMasked}）` },
    { label: '办理人', value: submitterText(claim.submitter) },
    { label: '报销情形', value: claim.eligibilityCaseName },
    { label: '费用类型', value: claim.expenseTypeName },
    ...(claim.visit.hospitalName ? [{ label: '医院', value: claim.visit.hospitalName }] : []),
    {
      label: claim.visit.dischargeDate ? '住院日期' : '就诊日期',
      value: claim.visit.dischargeDate
        ? `${fullDayText(claim.visit.admissionDate)} 至 ${fullDayText(claim.visit.dischargeDate)}`
        : fullDayText(claim.visit.admissionDate),
    },
    { label: paid ? '申请金额（拨付金额见结算结果单）' : '申请金额', value: yuan(claim.claimedTotalFen) },
    ...(claim.bankAccount
      ? [{ label: '收款银行卡', value: `${claim.bankAccount.bankName} ${claim.bankAccount.cardNumberMasked}` }]
      : []),
    { label: '经办机构', value: claim.agencyName },
    ...(claim.submittedAt ? [{ label: '提交日期', value: fullDayText(claim.submittedAt) }] : []),
    { label: '办件编号', value: claim.caseId },
  ];

  return (
    <View className="case-detail" data-testid="case-detail" data-state={claim.state}>
      <Text className="case-detail__title">{claim.expenseTypeName}报销</Text>
      <Text className={`case-detail__state case-detail__state--${claim.state}`} data-testid="case-state">
        {claim.stateName}
      </Text>
      <Text className="case-detail__line" data-testid="case-state-line">
        {STATE_LINE[claim.state]}
      </Text>

      {deadline ? (
        <Section title={`办理时限：${deadline.stageName}`} testId="case-stage">
          <CaseDeadline
            deadline={deadline}
            today={today}
            more={{
              workingDays: deadline.workingDays,
              from: deadline.from,
              explanation: deadline.explanation,
              source: deadline.source,
            }}
            testId="case-deadline"
          />
        </Section>
      ) : null}

      {claim.state === 'draft' ? (
        <Button
          {...a11y('button')}
          type="primary"
          size="large"
          block
          data-testid="case-continue"
          onClick={() => onContinue(claim.caseId)}
        >
          继续填写
        </Button>
      ) : null}

      {notice && claim.state === 'awaiting_supplement' ? (
        <NoticeView
          notice={notice}
          footer={
            <Text className="case-detail__line" data-testid="notice-next">
              请按上面的清单准备好材料。在这里补交材料、重新提交的功能即将开放；补交后，受理时限重新计算。
            </Text>
          }
        />
      ) : null}

      {result ? (
        <Section title="办理结果" testId="case-result">
          <Text className="case-detail__line">{result.message}</Text>
        </Section>
      ) : null}

      <Section title="申请内容" testId="case-facts">
        <View className="case-detail__rows">
          {rows.map((row) => (
            <View key={row.label} className="case-detail__row">
              <Text className="case-detail__label">{row.label}</Text>
              <Text className="case-detail__value">{row.value}</Text>
            </View>
          ))}
          <Text className="case-detail__source">{withBasis(claim.eligibility.source)}</Text>
        </View>
      </Section>

      {canWithdraw(detail) ? <WithdrawPanel caseId={claim.caseId} /> : null}

      <CaseTimeline timeline={detail.timeline} />

      {/* A way on from every state — after 撤回 or a result there is nothing left to do here. */}
      <Button
        {...a11y('button')}
        className="case-detail__back"
        size="large"
        block
        data-testid="case-back-to-list"
        onClick={() => void navigate.to('cases')}
      >
        回到我的办件
      </Button>
    </View>
  );
}
