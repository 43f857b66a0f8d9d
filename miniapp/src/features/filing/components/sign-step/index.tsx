import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { SignaturePad } from '../../../../components/signature-pad';
import { a11y } from '../../../../lib/a11y';
import { useSignLetter } from '../../hooks/use-filing-writes';
import { type CommitmentLetterInput, commitmentFields, signerOf } from '../../hooks/use-letter-preview';
import './index.scss';

export interface SignStepProps {
  input: CommitmentLetterInput;
  onSigned: (signatureId: string) => void;
}

/** The signature drawn on screen, then `POST /v1/signatures`: the signed 个人承诺书 (one write, one key). */
export function SignStep({ input, onSigned }: SignStepProps) {
  const [image, setImage] = useState<string | undefined>(undefined);
  const [empty, setEmpty] = useState(false);
  const sign = useSignLetter({ onSuccess: (result) => onSigned(result.signatureId) });
  const relative = input.signer.relationship !== 'SELF';

  const submit = () => {
    if (!image) {
      setEmpty(true);
      return;
    }
    sign.submit({
      letter: 'PERSONAL_COMMITMENT',
      insuredPersonId: input.personId,
      fields: commitmentFields(input),
      destinationCode: input.destinationCode,
      signer: signerOf(input.signer),
      image,
    });
  };

  return (
    <View className="sign-step" data-testid="filing-sign">
      <Text className="sign-step__lead">
        {relative ? '请代签人在下面的方框里写下自己的名字。' : '请在下面的方框里，用手指写下您的名字。'}
      </Text>
      <SignaturePad
        label={relative ? '代签人手写签名' : '承诺人手写签名'}
        testId="commitment-signature"
        onChange={(png?: string) => {
          setImage(png);
          setEmpty(false);
        }}
      />
      {empty ? (
        <View className="sign-step__missing" role="alert">
          请先手写签名
        </View>
      ) : null}
      {sign.error ? (
        <RefusalNotice message={sign.error.message} source={sign.error.source} testId="sign-refusal" />
      ) : null}
      <Button
        {...a11y('button')}
        type="primary"
        size="large"
        block
        loading={sign.pending}
        disabled={sign.pending}
        onClick={submit}
      >
        {sign.pending ? '正在签署…' : '确认签名'}
      </Button>
    </View>
  );
}
