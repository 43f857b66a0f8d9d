import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ConfirmTick } from '../../../../components/confirm-tick';
import { a11y } from '../../../../lib/a11y';
import { COMMITMENT, USER_NOTICE } from '../texts';
import './index.scss';

export interface NoticeStepProps {
  accepted: boolean;
  onAccept: () => void;
}

/** 用户须知 and the commitment tick: nothing else is asked before the tick. */
export function NoticeStep({ accepted, onAccept }: NoticeStepProps) {
  const [ticked, setTicked] = useState(accepted);
  const [unticked, setUnticked] = useState(false);
  return (
    <View className="notice-step" data-testid="claim-notice">
      <View className="notice-step__card">
        {USER_NOTICE.map((line) => (
          <Text key={line} className="notice-step__line">
            {line}
          </Text>
        ))}
      </View>
      <ConfirmTick
        text={COMMITMENT}
        checked={ticked}
        onToggle={() => {
          setTicked(!ticked);
          setUnticked(false);
        }}
        reminder={unticked ? '请先勾选上面的承诺，再继续' : undefined}
        testId="claim-commitment"
      />
      <Button
        {...a11y('button')}
        type="primary"
        size="large"
        block
        onClick={() => (ticked ? onAccept() : setUnticked(true))}
      >
        我已阅读，开始申请
      </Button>
    </View>
  );
}
