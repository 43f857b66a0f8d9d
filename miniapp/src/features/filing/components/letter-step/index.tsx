import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { ConfirmTick } from '../../../../components/confirm-tick';
import { ErrorState } from '../../../../components/error-state';
import { LetterView } from '../../../../components/letter-view';
import { LoadingState } from '../../../../components/loading-state';
import { a11y } from '../../../../lib/a11y';
import { type CommitmentLetterInput, useLetterPreview } from '../../hooks/use-letter-preview';
import './index.scss';

export interface LetterStepProps {
  input: CommitmentLetterInput;
  onConfirmed: () => void;
}

const CONFIRM = '我已阅读并同意以上承诺内容';

/** The 个人承诺书 word for word as it will be signed (from the API), and the read-confirm tick before signing. */
export function LetterStep({ input, onConfirmed }: LetterStepProps) {
  const preview = useLetterPreview(input);
  const [read, setRead] = useState(false);
  const [unticked, setUnticked] = useState(false);

  if (preview.isPending) return <LoadingState text="正在准备承诺书…" />;
  if (preview.isError) return <ErrorState message={preview.error.message} onRetry={() => void preview.refetch()} />;
  const letter = preview.data;
  const missing = letter.fields.filter((f) => letter.missing.includes(f.key)).map((f) => f.label);

  const tick = () => {
    setRead(!read);
    setUnticked(false);
  };
  const next = () => {
    if (!read) {
      setUnticked(true);
      return;
    }
    onConfirmed();
  };

  return (
    <View className="letter-step" data-testid="filing-letter">
      <LetterView title={letter.title} text={letter.text} source={letter.source} testId="commitment-letter" />
      {missing.length > 0 ? (
        <View className="letter-step__missing" role="alert">
          承诺书还缺：{missing.join('、')}，请返回上一步补充
        </View>
      ) : null}
      <ConfirmTick
        text={CONFIRM}
        checked={read}
        onToggle={tick}
        reminder={unticked ? `请先阅读承诺书，并勾选“${CONFIRM}”` : undefined}
        testId="letter-confirm"
      />
      <Button {...a11y('button')} type="primary" size="large" block disabled={missing.length > 0} onClick={next}>
        下一步：手写签名
      </Button>
    </View>
  );
}
