import { Button, Form, Input } from '@nutui/nutui-react-taro';
import { type ClaimView, VoucherRequestSchema } from '@shared/api/claims';
import { Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { useZodForm } from '../../../../hooks/use-zod-form';
import { a11y } from '../../../../lib/a11y';
import { formatChineseDate } from '../../../../utils/format-date';
import { useVoucherLookup } from '../../hooks/use-claim-writes';
import { yuan } from '../texts';
import './index.scss';

export interface VoucherStepProps {
  claim: ClaimView;
  /** The hospital chosen by name before the look-up, to compare with the voucher's. */
  chosenHospitalName?: string;
  onSaved: (claim: ClaimView) => void;
  onNext: () => void;
}

/**
 * 电子票据: 票据代码、号码、校验码 looked up on the e-invoice platform (one look-up at a time). What it found is
 * shown — hospital, date, total, items; a reimbursed, reversed or already claimed voucher is refused with the reason.
 */
export function VoucherStep({ claim, chosenHospitalName, onSaved, onNext }: VoucherStepProps) {
  const { form, rules, submit, showApiErrors } = useZodForm(VoucherRequestSchema);
  const lookup = useVoucherLookup(claim.caseId, onSaved);
  const error = lookup.error;
  const elsewhere = useMemo(() => (error ? showApiErrors(error) : []), [error, showApiErrors]);
  const voucher = claim.voucher;

  return (
    <View className="voucher-step" data-testid="claim-voucher">
      {voucher ? (
        <View className="voucher-step__found" data-testid="voucher-found">
          <Text className="voucher-step__heading">查到的票据</Text>
          <Text className="voucher-step__row">医院：{voucher.hospitalName}</Text>
          <Text className="voucher-step__row">开票日期：{formatChineseDate(voucher.issueDate).date}</Text>
          <Text className="voucher-step__row">
            就诊日期：{formatChineseDate(claim.visit.admissionDate).date}
            {claim.visit.dischargeDate ? ` 至 ${formatChineseDate(claim.visit.dischargeDate).date}` : ''}
          </Text>
          <Text className="voucher-step__total" data-testid="voucher-total">
            合计：{yuan(voucher.totalFen)}
          </Text>
          <View className="voucher-step__items">
            {voucher.items.map((i) => (
              <Text key={i.name} className="voucher-step__item">
                {i.name}：{yuan(i.amountFen)}
              </Text>
            ))}
          </View>
          {chosenHospitalName && chosenHospitalName !== voucher.hospitalName ? (
            <Text className="voucher-step__differs">
              票据上的医院是“{voucher.hospitalName}”，和您选的“{chosenHospitalName}”不同；报销按票据上的医院办理。
            </Text>
          ) : null}
          <Button {...a11y('button')} type="primary" size="large" block onClick={onNext}>
            没错，下一步
          </Button>
        </View>
      ) : null}
      {voucher ? <Text className="voucher-step__lead">不是这张票据？请重新填写下面三项再查询。</Text> : null}
      <Text className="voucher-step__lead">点“查询票据”即表示您同意我们据此向电子票据平台查询这张票据。</Text>
      <Form
        form={form}
        labelPosition="top"
        divider={false}
        initialValues={{
          invoiceCode: voucher?.invoiceCode ?? '',
          invoiceNumber: voucher?.invoiceNumber ?? '',
          checkCode: '',
        }}
      >
        <Form.Item label="票据代码（8位数字）" name="invoiceCode" rules={rules('invoiceCode')}>
          <Input placeholder="请输入票据代码" type="number" maxLength={8} />
        </Form.Item>
        <Form.Item label="票据号码（10位数字）" name="invoiceNumber" rules={rules('invoiceNumber')}>
          <Input placeholder="请输入票据号码" type="number" maxLength={10} />
        </Form.Item>
        <Form.Item label="校验码（6位）" name="checkCode" rules={rules('checkCode')}>
          <Input placeholder="请输入校验码" maxLength={6} />
        </Form.Item>
      </Form>
      {error && (elsewhere.length > 0 || Object.keys(error.fields).length === 0) ? (
        <RefusalNotice message={elsewhere.join('；') || error.message} source={error.source} testId="voucher-refusal" />
      ) : null}
      <Button
        {...a11y('button')}
        type={voucher ? 'default' : 'primary'}
        size="large"
        block
        loading={lookup.pending}
        onClick={() => void submit((values) => lookup.submit(values))}
      >
        {lookup.pending ? '正在查询票据…' : voucher ? '重新查询' : '查询票据'}
      </Button>
    </View>
  );
}
