import { Button, Form, Input } from '@nutui/nutui-react-taro';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { pastDateSchema } from '@shared/domain/validation/schemas';
import { View } from '@tarojs/components';
import { useMemo } from 'react';
import { z } from 'zod';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { useZodForm } from '../../../../hooks/use-zod-form';
import { a11y } from '../../../../lib/a11y';
import type { ApiError } from '../../../../lib/api/errors';
import './index.scss';

export interface DatesStepProps {
  /** A stay (住院、生育) asks for admission and discharge; a visit for its one date. */
  stay: boolean;
  admissionDate?: string;
  dischargeDate?: string | null;
  saving: boolean;
  /** The API's answer to saving the draft: field errors land on the fields, the rest beside the button. */
  error?: ApiError;
  onDone: (dates: { admissionDate: string; dischargeDate: string | null }) => void;
}

/** 就诊日期: typed as 2026-09-27 and checked with the shared rule (not after today; discharge not before admission). */
export function DatesStep({ stay, admissionDate, dischargeDate, saving, error, onDone }: DatesStepProps) {
  const schema = useMemo(() => {
    const today = todayInShanghai(new Date());
    return stay
      ? z
          .object({
            admissionDate: pastDateSchema(today, '入院日期'),
            dischargeDate: pastDateSchema(today, '出院日期'),
          })
          .refine((v) => v.dischargeDate >= v.admissionDate, {
            error: '出院日期不能早于入院日期',
            path: ['dischargeDate'],
          })
      : z.object({ admissionDate: pastDateSchema(today, '就诊日期') });
  }, [stay]);
  const { form, rules, submit, showApiErrors } = useZodForm(schema as unknown as z.ZodObject<z.ZodRawShape>);
  const rule = rules as (name: string) => ReturnType<typeof rules>;
  const elsewhere = useMemo(() => (error ? showApiErrors(error) : []), [error, showApiErrors]);

  const next = () =>
    void submit((values) => {
      const v = values as { admissionDate: string; dischargeDate?: string };
      onDone({ admissionDate: v.admissionDate, dischargeDate: stay ? (v.dischargeDate ?? null) : null });
    });

  return (
    <View className="dates-step" data-testid="claim-dates">
      <Form
        form={form}
        labelPosition="top"
        divider={false}
        initialValues={{ admissionDate: admissionDate ?? '', dischargeDate: dischargeDate ?? '' }}
      >
        <Form.Item label={stay ? '入院日期' : '就诊日期'} name="admissionDate" rules={rule('admissionDate')}>
          <Input placeholder="例如 2026-09-27" maxLength={10} />
        </Form.Item>
        {stay ? (
          <Form.Item label="出院日期" name="dischargeDate" rules={rule('dischargeDate')}>
            <Input placeholder="例如 2026-10-05" maxLength={10} />
          </Form.Item>
        ) : null}
      </Form>
      {error && (elsewhere.length > 0 || Object.keys(error.fields).length === 0) ? (
        <RefusalNotice message={elsewhere.join('；') || error.message} source={error.source} testId="claim-refusal" />
      ) : null}
      <Button {...a11y('button')} type="primary" size="large" block loading={saving} onClick={next}>
        {saving ? '正在保存…' : '保存，下一步'}
      </Button>
    </View>
  );
}
