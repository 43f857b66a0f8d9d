import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
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
      <View
        {...(process.env.TARO_ENV === 'weapp'
          ? { ariaRole: 'checkbox', ariaChecked: String(read) }
          : { role: 'checkbox', 'aria-checked': String(read), tabIndex: 0 })}
        className={`letter-step__confirm${read ? ' letter-step__confirm--on' : ''}`}
        data-testid="letter-confirm"
        onClick={tick}
      >
        <View className="letter-step__box">{read ? <Text>✓</Text> : null}</View>
        <Text className="letter-step__confirm-text">{CONFIRM}</Text>
      </View>
      {unticked ? (
        <View className="letter-step__missing" role="alert">
          请先阅读承诺书，并勾选“{CONFIRM}”
        </View>
      ) : null}
      <Button {...a11y('button')} type="primary" size="large" block disabled={missing.length > 0} onClick={next}>
        下一步：手写签名
      </Button>
    </View>
  );
}
