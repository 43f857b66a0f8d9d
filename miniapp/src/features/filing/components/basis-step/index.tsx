import type { FilingOptionsResponse } from '@shared/api/filings';
import type { FilingBasis } from '@shared/domain/vocabulary';
import { Text, View } from '@tarojs/components';
import { ChoiceList } from '../../../../components/choice-list';
import './index.scss';

export interface BasisStepProps {
  type: FilingOptionsResponse['types'][number];
  approval: FilingOptionsResponse['approval'];
  commitmentLock: FilingOptionsResponse['commitmentLock'];
  selected?: FilingBasis;
  onChoose: (basis: FilingBasis) => void;
}

/**
 * 证明方式: upload the proof, or sign the 个人承诺书 where this type allows it. When a commitment filing cannot be
 * changed or cancelled for some months, that is said on the option itself, before the user chooses it.
 */
export function BasisStep({ type, approval, commitmentLock, selected, onChoose }: BasisStepProps) {
  const proofNames = type.proofs.map((p) => p.name).join('，或');
  return (
    <View className="basis-step">
      <ChoiceList
        testId="filing-basis"
        selected={selected}
        onChoose={(key) => onChoose(key as FilingBasis)}
        choices={[
          {
            key: 'PROOF',
            title: '上传证明材料',
            line: proofNames ? `拍照上传：${proofNames}` : '只需有效身份证明，不用另外上传材料',
          },
          {
            key: 'COMMITMENT',
            title: '签署个人承诺书',
            line: '暂时拿不出证明材料：承诺符合条件，在手机上签名即可',
            unavailable: type.commitmentAllowed ? undefined : '这一类人员不能用个人承诺书办理，请上传证明材料',
            warning:
              type.commitmentAllowed && commitmentLock.months > 0
                ? (commitmentLock.explanation ?? undefined)
                : undefined,
          },
        ]}
      />
      {approval.explanation ? <Text className="basis-step__approval">办理结果：{approval.explanation}</Text> : null}
    </View>
  );
}
