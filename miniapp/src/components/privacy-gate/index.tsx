import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { type ReactNode, useEffect, useState } from 'react';
import { navigate } from '../../lib/navigate';
import { isPrivacyAgreed, onPrivacyNeeded, recordPrivacyAgreement } from '../../lib/privacy';
import { LoadingState } from '../loading-state';
import './index.scss';
import { a11y } from '../../lib/a11y';

export interface PrivacyGateProps {
  /** What needs the agreement: typed ID numbers, photos, files. */
  children: ReactNode;
}

const POINTS = [
  ['我们收集什么', '您的姓名、身份证号码、手机号码，以及您拍照或上传的就医材料。'],
  ['用来做什么', '只用于核对您的参保身份、办理异地就医备案和报销，并通知您办理进度。'],
  ['怎样保管', '身份证号码、手机号码和材料加密保存；页面上只显示部分号码。'],
  ['谁能看到', '只有您本人、您授权的代办人，以及您参保地的医保经办人员。'],
] as const;

/**
 * 隐私保护指引: shown in place of its children until the user agrees, before the first typed ID number, photo or
 * file. weapp: the agree button is WeChat's own (open-type agreePrivacyAuthorization); H5: the agreement is kept.
 */
export function PrivacyGate({ children }: PrivacyGateProps) {
  const [agreed, setAgreed] = useState<boolean | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void isPrivacyAgreed().then((value) => {
      if (live) setAgreed(value);
    });
    onPrivacyNeeded(() => setAgreed(false));
    return () => {
      live = false;
      onPrivacyNeeded(undefined);
    };
  }, []);

  if (agreed === undefined) return <LoadingState />;
  if (agreed) return <>{children}</>;

  const agree = () => {
    recordPrivacyAgreement();
    setAgreed(true);
  };

  return (
    <View className="privacy-gate" data-testid="privacy-gate">
      <Text className="privacy-gate__title">隐私保护指引</Text>
      <Text className="privacy-gate__lead">办理前，请先了解我们怎样使用和保护您的个人信息。</Text>
      {POINTS.map(([title, text]) => (
        <View key={title} className="privacy-gate__point">
          <Text className="privacy-gate__point-title">{title}</Text>
          <Text className="privacy-gate__point-text">{text}</Text>
        </View>
      ))}
      <Button
        {...a11y('button')}
        className="privacy-gate__agree"
        type="primary"
        size="large"
        block
        id="privacy-agree"
        openType={process.env.TARO_ENV === 'weapp' ? 'agreePrivacyAuthorization' : undefined}
        onClick={process.env.TARO_ENV === 'weapp' ? undefined : agree}
        onAgreePrivacyAuthorization={agree}
      >
        同意并继续
      </Button>
      <Button
        {...a11y('button')}
        className="privacy-gate__decline"
        size="large"
        block
        onClick={() => void navigate.back()}
      >
        不同意，返回
      </Button>
    </View>
  );
}
