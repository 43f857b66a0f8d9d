import { Button } from '@nutui/nutui-react-taro';
import type { CaseDetail, ClaimView } from '@shared/api/claims';
import { Text, View } from '@tarojs/components';
import { useRef } from 'react';
import { ErrorState } from '../../../../components/error-state';
import { LoadingState } from '../../../../components/loading-state';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { a11y } from '../../../../lib/a11y';
import { placeName } from '../../../../lib/divisions';
import { formatChineseDate } from '../../../../utils/format-date';
import { useEstimate } from '../../hooks/use-claim-reads';
import { useSubmitClaim } from '../../hooks/use-claim-writes';
import { SUBSCRIBE_AVAILABLE, useSubscribeBeforeSubmit } from '../../hooks/use-subscribe';
import { EstimateView } from '../estimate-view';
import { yuan } from '../texts';
import './index.scss';

export interface SummaryStepProps {
  claim: ClaimView;
  onSubmitted: (detail: CaseDetail) => void;
}

const cite = (source: string) => (source.startsWith('依据') ? source : `依据：${source}`);

/** 核对并提交: the draft as the server holds it, the 预估, and one submit (a double tap makes one case). */
export function SummaryStep({ claim, onSubmitted }: SummaryStepProps) {
  const estimate = useEstimate(claim.caseId, claim.version);
  const submit = useSubmitClaim(claim.caseId, onSubmitted);
  const subscribe = useSubscribeBeforeSubmit();
  const tapping = useRef(false);
  const { visit } = claim;
  const dates = visit.dischargeDate
    ? `${formatChineseDate(visit.admissionDate).date} 至 ${formatChineseDate(visit.dischargeDate).date}`
    : formatChineseDate(visit.admissionDate).date;
  const pages = claim.materials.length;

  const onSubmit = () => {
    if (tapping.current || submit.pending) return;
    tapping.current = true;
    void subscribe.ask().finally(() => {
      submit.submit({ version: claim.version });
      tapping.current = false;
    });
  };

  const row = (label: string, value: string, testId?: string) => (
    <View className="summary-step__row" data-testid={testId}>
      <Text className="summary-step__label">{label}</Text>
      <Text className="summary-step__value">{value}</Text>
    </View>
  );

  return (
    <View className="summary-step" data-testid="claim-summary">
      {estimate.isPending ? <LoadingState text="正在计算预估金额…" /> : null}
      {estimate.isError ? (
        <ErrorState message={estimate.error.message} onRetry={() => void estimate.refetch()} testId="estimate-error" />
      ) : null}
      {estimate.isSuccess ? <EstimateView estimate={estimate.data} /> : null}
      <View className="summary-step__card">
        {row('为谁报销', `${claim.submitter.relation === 'self' ? '本人' : '代办'}：${claim.insuredPerson.nameMasked}`)}
        {row('报销情形', claim.eligibilityCaseName, 'summary-case')}
        <Text className="summary-step__source">
          {claim.eligibility.description === claim.eligibilityCaseName
            ? cite(claim.eligibility.source)
            : `${claim.eligibility.description}（${cite(claim.eligibility.source)}）`}
        </Text>
        {row('费用类型', claim.expenseTypeName)}
        {row('就医地', placeName(visit.placeCode))}
        {row('就诊日期', dates)}
        {row('医院', visit.hospitalName ?? '未查到')}
        {row('票据金额', yuan(claim.claimedTotalFen), 'summary-total')}
        {row('已上传材料', `${pages}页`)}
        {row(
          '收款银行卡',
          claim.bankAccount ? `${claim.bankAccount.bankName} ${claim.bankAccount.cardNumberMasked}` : '未填写',
        )}
        {row('受理机构', claim.agencyName)}
      </View>
      <Text className="summary-step__subscribe" data-testid="subscribe-note">
        {SUBSCRIBE_AVAILABLE
          ? '点“提交申请”后，微信会问您是否接收办理进度提醒，选“允许”就能收到。'
          : '网页版不能订阅微信消息提醒；受理、补正和办结的进度会发到“消息”里。'}
      </Text>
      {submit.error ? (
        <RefusalNotice message={submit.error.message} source={submit.error.source} testId="submit-refusal" />
      ) : null}
      <Button
        {...a11y('button')}
        type="primary"
        size="large"
        block
        loading={submit.pending}
        onClick={onSubmit}
        data-testid="claim-submit"
      >
        {submit.pending ? '正在提交…' : '提交申请'}
      </Button>
    </View>
  );
}
