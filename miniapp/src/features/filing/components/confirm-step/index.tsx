import { Button } from '@nutui/nutui-react-taro';
import type { CreateFilingRequest, FilingView } from '@shared/api/filings';
import { View } from '@tarojs/components';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { a11y } from '../../../../lib/a11y';
import { useCreateFiling } from '../../hooks/use-filing-writes';
import { type SummaryRow, SummaryRows } from '../summary-rows';
import './index.scss';

export interface ConfirmStepProps {
  request: CreateFilingRequest;
  rows: { person: string; type: string; destination: string; startDate: string; basis: string };
  onFiled: (filing: FilingView) => void;
  /** DESTINATION_TOO_NARROW: the destination the API suggests, taken in one tap. */
  onUseDestination: (destination: { code: string; name: string }) => void;
}

/** 确认提交: what will be filed, then `POST /v1/filings` (one key; a second tap ignored); a refusal beside its row. */
export function ConfirmStep({ request, rows, onFiled, onUseDestination }: ConfirmStepProps) {
  const create = useCreateFiling({ onSuccess: (result) => onFiled(result.filing) });
  const error = create.error;
  const concerns = (field: string) => error !== undefined && Object.keys(error.fields).some((f) => f.endsWith(field));
  const suggested =
    error?.code === 'DESTINATION_TOO_NARROW' && error.fields.suggestedDestinationCode
      ? { code: error.fields.suggestedDestinationCode, name: error.fields.suggestedDestinationName ?? '' }
      : undefined;
  const onDestination = error !== undefined && (suggested !== undefined || concerns('destinationCode'));
  const notice = error ? <RefusalNotice message={error.message} source={error.source} testId="filing-refusal" /> : null;

  const summary: SummaryRow[] = [
    { label: '为谁办理', value: rows.person },
    { label: '人员类别', value: rows.type },
    {
      label: '就医地',
      value: rows.destination,
      testId: 'summary-destination',
      extra: onDestination ? (
        <View className="confirm-step__fix">
          {notice}
          {suggested ? (
            <Button {...a11y('button')} type="primary" size="large" block onClick={() => onUseDestination(suggested)}>
              改为“{suggested.name}”
            </Button>
          ) : null}
        </View>
      ) : undefined,
    },
    { label: '开始就医日期', value: rows.startDate },
    { label: '证明方式', value: rows.basis },
  ];

  return (
    <View className="confirm-step" data-testid="filing-confirm">
      <SummaryRows rows={summary} testId="filing-summary" />
      {error && !onDestination ? notice : null}
      <Button
        {...a11y('button')}
        type="primary"
        size="large"
        block
        loading={create.pending}
        disabled={create.pending}
        onClick={() => create.submit(request)}
      >
        {create.pending ? '正在提交…' : '确认提交'}
      </Button>
    </View>
  );
}
