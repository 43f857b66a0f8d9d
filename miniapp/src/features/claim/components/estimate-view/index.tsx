import type { ClaimEstimateResponse } from '@shared/api/estimates';
import { Text, View } from '@tarojs/components';
import { yuan } from '../texts';
import './index.scss';

export interface EstimateViewProps {
  estimate: ClaimEstimateResponse;
}

const cite = (source: string) => (source.startsWith('依据') ? source : `依据：${source}`);

/**
 * 预估报销金额 (issue 12 item 2): what the API's benefit calculation — the reviewer's own — expects to pay, labelled
 * 预估: in-scope amount, deductible, ratio with each adjustment and its reason, the fund's payment, and what remains
 * the applicant's, part by part. Nothing is computed here: every figure is the API's.
 */
export function EstimateView({ estimate }: EstimateViewProps) {
  if (!estimate.available) {
    return (
      <View className="estimate-view" data-testid="estimate">
        <Text className="estimate-view__label">{estimate.label}</Text>
        <Text className="estimate-view__unavailable" data-testid="estimate-unavailable">
          暂时算不出预估金额：{estimate.reason}
        </Text>
        <Text className="estimate-view__notice">{estimate.notice}</Text>
      </View>
    );
  }
  const { ratio } = estimate;
  return (
    <View className="estimate-view" data-testid="estimate">
      <View className="estimate-view__head">
        <Text className="estimate-view__label">{estimate.label}</Text>
        <Text className="estimate-view__title">预计可以报销</Text>
      </View>
      <Text className="estimate-view__fund" data-testid="estimate-fund">
        {yuan(estimate.fundPaymentFen)}
      </Text>
      <View className="estimate-view__rows">
        <Text className="estimate-view__row" data-testid="estimate-total">
          总费用：{yuan(estimate.amounts.totalFen)}
        </Text>
        <Text className="estimate-view__row" data-testid="estimate-in-scope">
          医保范围内的费用：{yuan(estimate.amounts.inScopeFen)}
        </Text>
        <Text className="estimate-view__row" data-testid="estimate-deductible">
          起付标准（先由自己负担）：{yuan(estimate.deductibleFen)}
        </Text>
        <Text className="estimate-view__row" data-testid="estimate-ratio">
          报销比例：{ratio.ratioPercent}%
        </Text>
        <Text className="estimate-view__source">
          基本比例{ratio.basePercent}%（{cite(ratio.baseSource)}）
        </Text>
        {ratio.adjustments.map((a) => (
          <Text key={`${a.reason}-${a.points}`} className="estimate-view__adjustment" data-testid="estimate-adjustment">
            {a.points === 0 ? '比例不变' : a.points < 0 ? `降低${-a.points}个百分点` : `提高${a.points}个百分点`}：
            {a.reason}（{cite(a.source)}）
          </Text>
        ))}
        <Text className="estimate-view__row estimate-view__row--strong" data-testid="estimate-fund-row">
          医保基金支付：{yuan(estimate.fundPaymentFen)}
        </Text>
        <Text className="estimate-view__row estimate-view__row--strong" data-testid="estimate-personal">
          自己负担：{yuan(estimate.personalCashFen)}
        </Text>
        {estimate.personalParts
          .filter((p) => p.amountFen !== 0)
          .map((p) => (
            <Text key={p.code} className="estimate-view__part">
              其中{p.name}：{yuan(p.amountFen)}
            </Text>
          ))}
      </View>
      <View className="estimate-view__figures">
        <Text className="estimate-view__subtitle">每一项是怎么来的</Text>
        {estimate.figures.map((f) => (
          <View key={f.code} className="estimate-view__figure">
            <Text className="estimate-view__figure-name">
              {f.name}：{yuan(f.amountFen)}
            </Text>
            <Text className="estimate-view__figure-line">
              {f.explanation}（{cite(f.source)}）
            </Text>
          </View>
        ))}
      </View>
      <Text className="estimate-view__basis">{estimate.basis}</Text>
      <Text className="estimate-view__notice" data-testid="estimate-notice">
        {estimate.notice}
      </Text>
    </View>
  );
}
