import { Button } from '@nutui/nutui-react-taro';
import type { FilingView } from '@shared/api/filings';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { a11y } from '../../../../lib/a11y';
import { useCancelFiling, useChangeFiling } from '../../hooks/use-filing-writes';
import { DestinationPicker } from '../destination-picker';
import { lockText } from '../texts';
import './index.scss';

export interface FilingActionsProps {
  filing: FilingView;
  destinationExplanation?: string;
}

type Mode = { kind: 'idle' } | { kind: 'cancel' } | { kind: 'pick' } | { kind: 'change'; code: string; name: string };

/**
 * 变更 and 取消备案, each confirmed before it is sent with the version the user saw. While a commitment filing is
 * locked, the lock is said in plain words above the buttons; a tap still goes to the API, whose refusal shows here.
 */
export function FilingActions({ filing, destinationExplanation }: FilingActionsProps) {
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const cancel = useCancelFiling(filing.filingId, { onSuccess: () => setMode({ kind: 'idle' }) });
  const change = useChangeFiling(filing.filingId, { onSuccess: () => setMode({ kind: 'idle' }) });
  if (filing.status !== 'ACTIVE' && filing.status !== 'PENDING_REVIEW') return null;
  const lock = lockText(filing, todayInShanghai(new Date()));
  const error = mode.kind === 'cancel' ? cancel.error : mode.kind === 'change' ? change.error : undefined;

  return (
    <View className="filing-actions" data-testid="filing-actions">
      {lock ? (
        <Text className="filing-actions__lock" data-testid="filing-lock">
          {lock}
        </Text>
      ) : null}

      {mode.kind === 'idle' ? (
        <>
          <Button {...a11y('button')} size="large" block onClick={() => setMode({ kind: 'pick' })}>
            变更就医地
          </Button>
          <Button
            {...a11y('button')}
            className="filing-actions__danger"
            size="large"
            block
            onClick={() => setMode({ kind: 'cancel' })}
          >
            取消备案
          </Button>
        </>
      ) : null}

      {mode.kind === 'pick' ? (
        <View className="filing-actions__panel">
          <Text className="filing-actions__question">新的就医地</Text>
          <DestinationPicker
            explanation={destinationExplanation}
            testId="change-destination"
            onChoose={(d) => setMode({ kind: 'change', code: d.code, name: d.name })}
          />
          <Button {...a11y('button')} size="large" block onClick={() => setMode({ kind: 'idle' })}>
            不变更了
          </Button>
        </View>
      ) : null}

      {mode.kind === 'cancel' || mode.kind === 'change' ? (
        <View
          className="filing-actions__panel"
          role="alertdialog"
          aria-label="请确认"
          data-testid="filing-confirm-dialog"
        >
          <Text className="filing-actions__question">
            {mode.kind === 'cancel' ? '确定要取消这份备案吗？' : `确定把就医地改为“${mode.name}”吗？`}
          </Text>
          <Text className="filing-actions__hint">
            {mode.kind === 'cancel'
              ? '取消后，在就医地看病不能再直接结算；需要时可以重新办理备案。'
              : '变更后，按新的就医地结算。'}
          </Text>
          {error ? <RefusalNotice message={error.message} source={error.source} testId="action-refusal" /> : null}
          <Button
            {...a11y('button')}
            type="primary"
            size="large"
            block
            loading={cancel.pending || change.pending}
            disabled={cancel.pending || change.pending}
            onClick={() =>
              mode.kind === 'cancel'
                ? cancel.submit({ version: filing.version })
                : change.submit({ version: filing.version, destinationCode: mode.code })
            }
          >
            {mode.kind === 'cancel' ? '确定取消备案' : '确定变更'}
          </Button>
          <Button {...a11y('button')} size="large" block onClick={() => setMode({ kind: 'idle' })}>
            返回，不办了
          </Button>
        </View>
      ) : null}
    </View>
  );
}
