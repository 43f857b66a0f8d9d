import { Button, Form, Input } from '@nutui/nutui-react-taro';
import { CLOSE_RELATIVES, RELATIONSHIP } from '@shared/api/proxies';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { ChineseNameSchema, idNumberSchema, MobilePhoneSchema } from '@shared/domain/validation/schemas';
import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import { ChoiceList } from '../../../../components/choice-list';
import { useZodForm } from '../../../../hooks/use-zod-form';
import { a11y } from '../../../../lib/a11y';
import type { SignerDetails } from '../../hooks/use-new-filing';
import './index.scss';

type Relative = (typeof CLOSE_RELATIVES)[number];

export interface SignerStepProps {
  value?: SignerDetails;
  onDone: (signer: SignerDetails) => void;
}

/**
 * Before the letter: the 联系电话 it names (the shared MobilePhoneSchema, so the same message as the API), and who
 * signs — the insured person, or a close relative signing for them with name, ID number and phone (`001 附件2`).
 */
export function SignerStep({ value, onDone }: SignerStepProps) {
  const [byRelative, setByRelative] = useState(value !== undefined && value.relationship !== 'SELF');
  const [relationship, setRelationship] = useState<Relative | undefined>(
    value && value.relationship !== 'SELF' ? value.relationship : undefined,
  );
  const [relationshipMissing, setRelationshipMissing] = useState(false);
  const schema = useMemo(() => {
    const today = todayInShanghai(new Date());
    return byRelative
      ? z.object({
          phone: MobilePhoneSchema,
          name: ChineseNameSchema,
          idNumber: idNumberSchema(today),
          signerPhone: MobilePhoneSchema,
        })
      : z.object({ phone: MobilePhoneSchema });
  }, [byRelative]);
  const { form, rules, submit } = useZodForm(schema as z.ZodObject<z.ZodRawShape>);
  const rule = rules as (name: string) => ReturnType<typeof rules>;

  const next = () => {
    if (byRelative && !relationship) setRelationshipMissing(true);
    void submit((values) => {
      const v = values as { phone: string; name?: string; idNumber?: string; signerPhone?: string };
      if (!byRelative) return onDone({ phone: v.phone, relationship: 'SELF' });
      if (!relationship) return;
      onDone({
        phone: v.phone,
        relationship,
        relative: { name: v.name ?? '', idNumber: v.idNumber ?? '', phone: v.signerPhone ?? '' },
      });
    });
  };

  return (
    <View className="signer-step" data-testid="filing-signer">
      <Form
        form={form}
        labelPosition="top"
        divider={false}
        initialValues={{
          phone: value?.phone ?? '',
          name: value?.relative?.name ?? '',
          idNumber: value?.relative?.idNumber ?? '',
          signerPhone: value?.relative?.phone ?? '',
        }}
      >
        <Form.Item label="参保人的联系电话" name="phone" rules={rule('phone')}>
          <Input placeholder="请输入11位手机号码" type="number" maxLength={11} />
        </Form.Item>
        <View className="signer-step__who">
          <Text className="signer-step__heading">谁来签名</Text>
          <ChoiceList
            testId="filing-signer-who"
            selected={byRelative ? 'RELATIVE' : 'SELF'}
            onChoose={(key) => setByRelative(key === 'RELATIVE')}
            choices={[
              { key: 'SELF', title: '参保人本人签名' },
              { key: 'RELATIVE', title: '近亲属代签', line: '参保人本人不便签字时，由配偶、子女等近亲属代签' },
            ]}
          />
        </View>
        {byRelative ? (
          <View className="signer-step__relative">
            <Text className="signer-step__heading">代签人与参保人的关系</Text>
            <ChoiceList
              testId="filing-signer-relationship"
              selected={relationship}
              onChoose={(key) => {
                setRelationship(key as Relative);
                setRelationshipMissing(false);
              }}
              choices={CLOSE_RELATIVES.map((r) => ({ key: r, title: RELATIONSHIP[r] }))}
            />
            {relationshipMissing ? (
              <View className="signer-step__missing" role="alert">
                请选择签名人与参保人的关系
              </View>
            ) : null}
            <Form.Item label="代签人姓名" name="name" rules={rule('name')}>
              <Input placeholder="请输入代签人姓名" maxLength={30} />
            </Form.Item>
            <Form.Item label="代签人身份证号码" name="idNumber" rules={rule('idNumber')}>
              <Input placeholder="请输入代签人18位身份证号码" type="idcard" maxLength={18} />
            </Form.Item>
            <Form.Item label="代签人联系电话" name="signerPhone" rules={rule('signerPhone')}>
              <Input placeholder="请输入代签人手机号码" type="number" maxLength={11} />
            </Form.Item>
          </View>
        ) : null}
      </Form>
      <Button {...a11y('button')} type="primary" size="large" block onClick={next}>
        下一步：阅读承诺书
      </Button>
    </View>
  );
}
