import { Button, Form, Input } from '@nutui/nutui-react-taro';
import { bindingRequestSchema } from '@shared/api/me';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { useZodForm } from '../../../../hooks/use-zod-form';
import type { ApiError } from '../../../../lib/api/errors';
import { useBinding } from '../../hooks/use-binding';
import './index.scss';
import { a11y } from '../../../../lib/a11y';

export interface BindingFormProps {
  onBound: () => void;
}

/**
 * 实名绑定: name and ID number (and, if they like, a phone), checked on the phone with the API's own schema —
 * a wrong check digit is refused under the field before anything is sent.
 */
export function BindingForm({ onBound }: BindingFormProps) {
  const schema = useMemo(() => bindingRequestSchema(todayInShanghai(new Date())), []);
  const { form, rules, submit, showApiErrors } = useZodForm(schema);
  const [refusal, setRefusal] = useState<ApiError | undefined>(undefined);

  const binding = useBinding({
    onBound,
    onError: (error) => {
      const elsewhere = showApiErrors(error);
      // Field errors sit under their fields; anything else (a refusal, the network) is said above the button.
      setRefusal(Object.keys(error.fields).length > 0 && elsewhere.length === 0 ? undefined : error);
    },
  });

  const onSubmit = () => {
    setRefusal(undefined);
    void submit((values) => binding.submit(values));
  };

  return (
    <View className="binding-form">
      <Text className="binding-form__title">实名认证</Text>
      <Text className="binding-form__lead">请填写参保人本人的姓名和身份证号码，我们会向医保部门核对。</Text>
      <Form form={form} labelPosition="top" divider={false}>
        <Form.Item label="姓名" name="name" rules={rules('name')}>
          <Input placeholder="请输入姓名" maxLength={30} />
        </Form.Item>
        <Form.Item label="身份证号码" name="idNumber" rules={rules('idNumber')}>
          <Input placeholder="请输入18位身份证号码" type="idcard" maxLength={18} />
        </Form.Item>
        <Form.Item label="手机号码（可不填）" name="phone" rules={rules('phone')}>
          <Input placeholder="用于接收办理进度短信" type="number" maxLength={11} />
        </Form.Item>
      </Form>
      {refusal ? <RefusalNotice message={refusal.message} source={refusal.source} testId="binding-refusal" /> : null}
      <Button
        {...a11y('button')}
        className="binding-form__submit"
        type="primary"
        size="large"
        block
        loading={binding.pending}
        disabled={binding.pending}
        onClick={onSubmit}
      >
        {binding.pending ? '正在核对…' : '提交认证'}
      </Button>
    </View>
  );
}
