import { Button, Form, Input } from '@nutui/nutui-react-taro';
import { BankAccountRequestSchema, type ClaimView } from '@shared/api/claims';
import { Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { useZodForm } from '../../../../hooks/use-zod-form';
import { a11y } from '../../../../lib/a11y';
import { useBankAccount } from '../../hooks/use-claim-writes';
import './index.scss';

export interface BankStepProps {
  claim: ClaimView;
  onSaved: (claim: ClaimView) => void;
  onNext: () => void;
}

/**
 * 收款银行卡: the account must be the insured person's own; the card number is checked (Luhn) with the shared
 * schema before anything is sent, and shown masked once saved.
 */
export function BankStep({ claim, onSaved, onNext }: BankStepProps) {
  const { form, rules, submit, showApiErrors } = useZodForm(BankAccountRequestSchema);
  const save = useBankAccount(claim.caseId, (saved) => {
    onSaved(saved);
    onNext();
  });
  const error = save.error;
  const elsewhere = useMemo(() => (error ? showApiErrors(error) : []), [error, showApiErrors]);
  const saved = claim.bankAccount;

  return (
    <View className="bank-step" data-testid="claim-bank">
      <Text className="bank-step__lead">
        报销款打到参保人{claim.insuredPerson.nameMasked}本人的银行卡上，户名必须是参保人本人。
      </Text>
      {saved ? (
        <Text className="bank-step__saved" data-testid="bank-saved">
          已保存：{saved.bankName} {saved.cardNumberMasked}（户名 {saved.accountNameMasked}）。如需更换，请重新填写。
        </Text>
      ) : null}
      <Form
        form={form}
        labelPosition="top"
        divider={false}
        initialValues={{ accountName: '', bankName: '', cardNumber: '' }}
      >
        <Form.Item label="户名（参保人姓名）" name="accountName" rules={rules('accountName')}>
          <Input placeholder="请输入参保人姓名" maxLength={30} />
        </Form.Item>
        <Form.Item label="开户银行" name="bankName" rules={rules('bankName')}>
          <Input placeholder="例如 中国工商银行沈阳分行" maxLength={40} />
        </Form.Item>
        <Form.Item label="银行卡号" name="cardNumber" rules={rules('cardNumber')}>
          <Input placeholder="请输入银行卡号" type="number" maxLength={23} />
        </Form.Item>
      </Form>
      {error && (elsewhere.length > 0 || Object.keys(error.fields).length === 0) ? (
        <RefusalNotice message={elsewhere.join('；') || error.message} source={error.source} testId="bank-refusal" />
      ) : null}
      <Button
        {...a11y('button')}
        type="primary"
        size="large"
        block
        loading={save.pending}
        onClick={() => void submit((values) => save.submit(values))}
      >
        {save.pending ? '正在保存…' : '保存，下一步'}
      </Button>
      {saved ? (
        <Button {...a11y('button')} size="large" block onClick={onNext}>
          不更换，下一步
        </Button>
      ) : null}
    </View>
  );
}
