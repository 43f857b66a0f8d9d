import { Button } from '@nutui/nutui-react-taro';
import type { FilingOptionsResponse } from '@shared/api/filings';
import type { FilingProof } from '@shared/domain/vocabulary';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { PageUploader } from '../../../../components/page-uploader';
import { a11y } from '../../../../lib/a11y';
import './index.scss';

export interface ProofStepProps {
  proofs: FilingOptionsResponse['types'][number]['proofs'];
  value: Partial<Record<FilingProof, string[]>>;
  onChange: (proof: FilingProof, fileIds: string[]) => void;
  onNext: () => void;
}

/** 上传证明材料: one uploader per kind of proof this type accepts (any one kind is enough), several pages each. */
export function ProofStep({ proofs, value, onChange, onNext }: ProofStepProps) {
  const [missing, setMissing] = useState(false);
  const pages = proofs.reduce((n, p) => n + (value[p.proof]?.length ?? 0), 0);
  const next = () => {
    if (proofs.length > 0 && pages === 0) {
      setMissing(true);
      return;
    }
    onNext();
  };
  return (
    <View className="proof-step" data-testid="filing-proofs">
      {proofs.length > 1 ? <Text className="proof-step__lead">以下材料任选一种上传即可。</Text> : null}
      {proofs.map((p) => (
        <View key={p.proof} className="proof-step__kind">
          <PageUploader
            purpose="FILING_PROOF"
            label={p.name}
            hint={p.explanation}
            max={20}
            testId={`proof-${p.proof}`}
            onChange={(fileIds: string[]) => {
              setMissing(false);
              onChange(p.proof, fileIds);
            }}
          />
        </View>
      ))}
      {missing ? (
        <View className="proof-step__missing" role="alert">
          请上传证明材料
        </View>
      ) : null}
      <Button {...a11y('button')} type="primary" size="large" block onClick={next}>
        {pages > 0 ? `已上传${pages}页，下一步` : '下一步'}
      </Button>
    </View>
  );
}
