import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { a11y } from '../../../../lib/a11y';
import { useWithdrawCase } from '../../hooks/use-case-writes';
import './index.scss';

/**
 * 撤回申请, shown only while the API allows it (before review): one tap opens a confirm panel saying what withdrawing
 * means; 确定撤回 sends it once (a second tap is ignored); a refusal shows in the panel with its 依据.
 */
export function WithdrawPanel({ caseId }: { caseId: string }) {
  const [confirming, setConfirming] = useState(false);
  const withdraw = useWithdrawCase(caseId, { onSuccess: () => setConfirming(false) });

  if (!confirming) {
    return (
      <View className="withdraw-panel" data-testid="case-actions">
        <Button
          {...a11y('button')}
          className="withdraw-panel__danger"
          size="large"
          block
          onClick={() => setConfirming(true)}
        >
          撤回申请
        </Button>
        <Text className="withdraw-panel__hint">经办机构审核之前，可以撤回。</Text>
      </View>
    );
  }
  return (
    <View
      className="withdraw-panel withdraw-panel__confirm"
      role="alertdialog"
      aria-label="请确认是否撤回申请"
      data-testid="withdraw-confirm-dialog"
    >
      <Text className="withdraw-panel__question">确定要撤回这笔报销申请吗？</Text>
      <Text className="withdraw-panel__hint">撤回后，经办机构不再办理这笔申请。票据可以用来重新申请报销。</Text>
      {withdraw.error ? (
        <RefusalNotice message={withdraw.error.message} source={withdraw.error.source} testId="withdraw-refusal" />
      ) : null}
      <Button
        {...a11y('button')}
        type="primary"
        size="large"
        block
        loading={withdraw.pending}
        disabled={withdraw.pending}
        onClick={() => withdraw.submit({ reason: '' })}
      >
        确定撤回
      </Button>
      <Button {...a11y('button')} size="large" block disabled={withdraw.pending} onClick={() => setConfirming(false)}>
        不撤回，返回
      </Button>
    </View>
  );
}
