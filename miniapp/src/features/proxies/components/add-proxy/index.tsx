import { Button, Form, Input } from '@nutui/nutui-react-taro';
import { addProxyRequestSchema, type ProxyPerson, RELATIONSHIP } from '@shared/api/proxies';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { Text, View } from '@tarojs/components';
import { type ReactNode, useMemo, useState } from 'react';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { type FieldName, useZodForm } from '../../../../hooks/use-zod-form';
import { a11y } from '../../../../lib/a11y';
import { ApiError } from '../../../../lib/api/errors';
import { type LetterFields, useAddProxy, useSignLetter } from '../../hooks/use-add-proxy';
import { LetterPhoto } from '../letter-photo';
import { LetterSign } from '../letter-sign';
import { OptionList } from '../option-list';
import { ProxyAdded } from '../proxy-added';
import './index.scss';

const personSchema = (today: string) => addProxyRequestSchema(today).omit({ powerOfAttorney: true });
type PersonSchema = ReturnType<typeof personSchema>;
type PersonField = FieldName<PersonSchema>;
type PersonValues = { name: string; idNumber: string; relationship: keyof typeof RELATIONSHIP; phone: string };

const RELATIONSHIP_OPTIONS = Object.entries(RELATIONSHIP).map(([key, title]) => ({ key, title }));

/** The steps of 添加代办, one thing per screen. */
const FIELD_STEPS: { name: PersonField; title: string; lead: string }[] = [
  { name: 'name', title: '您要替谁办理？', lead: '请填写参保人（委托人）的姓名，要和身份证上的一样。' },
  { name: 'idNumber', title: '参保人的身份证号码', lead: '我们会向医保部门核对姓名和身份证号码。' },
  { name: 'relationship', title: '您是参保人的什么人？', lead: '请选择您和参保人的关系。' },
  { name: 'phone', title: '参保人的手机号码', lead: '办理中有需要时，医保经办人员可以直接联系参保人。' },
];

type Step = number | 'how' | 'sign' | 'photo';

/** The letter's blanks the app knows from the steps before; the server fills the agent's own name and ID number. */
function letterFields(values: PersonValues): LetterFields {
  return {
    principalName: values.name,
    principalIdNumber: values.idNumber,
    principalPhone: values.phone,
    relationship: RELATIONSHIP[values.relationship],
  };
}

/** The API's letter blanks (`fields.principalName`) as the form's fields (`name`), so errors land where they belong. */
const LETTER_TO_FORM: Record<string, PersonField> = {
  'fields.principalName': 'name',
  'fields.principalIdNumber': 'idNumber',
  'fields.principalPhone': 'phone',
  'fields.relationship': 'relationship',
};

function onForm(error: ApiError): ApiError {
  const fields = Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [LETTER_TO_FORM[k] ?? k, v]));
  return new ApiError({ code: error.code, message: error.message, status: error.status, fields, source: error.source });
}

export interface AddProxyProps {
  onFile: (personId: string) => void;
  onDone: () => void;
}

/**
 * 添加代办 (`000 流程一`): the principal's name, ID number, relationship and phone, one per screen (checked on the
 * phone with the API's own schema), then the 委托书 — signed on screen now or photographed — and `POST /v1/proxies`.
 */
export function AddProxy({ onFile, onDone }: AddProxyProps) {
  const schema = useMemo(() => personSchema(todayInShanghai(new Date())), []);
  const { form, rules, submit, showApiErrors } = useZodForm(schema);
  const [step, setStep] = useState<Step>(0);
  const [values, setValues] = useState<PersonValues | undefined>(undefined);
  const [refusal, setRefusal] = useState<ApiError | undefined>(undefined);
  const [added, setAdded] = useState<ProxyPerson | undefined>(undefined);
  // A letter signed for these exact blanks: reused if only the adding is retried.
  const [signed, setSigned] = useState<{ text: string; signatureId: string } | undefined>(undefined);

  /** A refusal: field errors go back to their field's screen; anything else is said on this screen. */
  const refused = (error: ApiError) => {
    const mapped = onForm(error);
    const elsewhere = showApiErrors(mapped);
    const fieldStep = FIELD_STEPS.findIndex((s) => s.name in mapped.fields);
    if (fieldStep >= 0) setStep(fieldStep);
    setRefusal(fieldStep >= 0 && elsewhere.length === 0 ? undefined : mapped);
  };

  const adding = useAddProxy({ onAdded: setAdded, onError: refused });
  const signing = useSignLetter({
    onSigned: (result) => {
      if (!values) return;
      setSigned({ text: JSON.stringify(letterFields(values)), signatureId: result.signatureId });
      adding.submit({ ...values, powerOfAttorney: { signatureId: result.signatureId } });
    },
    onError: refused,
  });

  if (added) {
    return <ProxyAdded person={added} onFile={() => onFile(added.personId)} onDone={onDone} />;
  }

  const next = async () => {
    if (typeof step !== 'number') return;
    const field = FIELD_STEPS[step];
    if (!field) return;
    setRefusal(undefined);
    const errors = await form.validateFields([field.name]);
    if (errors.length > 0) return;
    if (step < FIELD_STEPS.length - 1) {
      setStep(step + 1);
      return;
    }
    await submit((parsed) => {
      setValues(parsed as PersonValues);
      setStep('how');
    });
  };

  const back = () => {
    setRefusal(undefined);
    if (step === 'sign' || step === 'photo') setStep('how');
    else if (step === 'how') setStep(FIELD_STEPS.length - 1);
    else if (typeof step === 'number' && step > 0) setStep(step - 1);
    else onDone();
  };

  const sign = (fields: LetterFields, image: string) => {
    if (!values) return;
    setRefusal(undefined);
    if (signed && signed.text === JSON.stringify(letterFields(values))) {
      adding.submit({ ...values, powerOfAttorney: { signatureId: signed.signatureId } });
      return;
    }
    signing.submit({ letter: 'POWER_OF_ATTORNEY', fields, signer: { relationship: 'SELF' }, image });
  };

  const total = FIELD_STEPS.length + 2;
  const position = typeof step === 'number' ? step + 1 : step === 'how' ? total - 1 : total;
  const current = typeof step === 'number' ? FIELD_STEPS[step] : undefined;
  const name = values?.name ?? '参保人';

  let heading: { title: string; lead: string; body?: ReactNode };
  if (current) heading = current;
  else if (step === 'how') {
    heading = {
      title: '委托书怎样提供？',
      lead: `替别人办理，要有${name}签名的委托书。请选一种：`,
      body: (
        <View className="add-proxy__ways">
          <View
            {...a11y('button')}
            className="add-proxy__way"
            data-testid="proxy-way-sign"
            hoverClass="add-proxy__way--pressed"
            onClick={() => setStep('sign')}
          >
            <Text className="add-proxy__way-title">现在在手机上签名</Text>
            <Text className="add-proxy__way-line">{name}就在身边：读完委托书，在这台手机上签名。</Text>
          </View>
          <View
            {...a11y('button')}
            className="add-proxy__way"
            data-testid="proxy-way-photo"
            hoverClass="add-proxy__way--pressed"
            onClick={() => setStep('photo')}
          >
            <Text className="add-proxy__way-title">拍一张纸质委托书的照片</Text>
            <Text className="add-proxy__way-line">{name}已在纸上签好委托书。</Text>
          </View>
        </View>
      ),
    };
  } else if (step === 'sign') {
    heading = {
      title: `请${name}读完委托书后签名`,
      lead: `请把手机交给${name}。委托书写明了您可以替${name}办理哪些事。`,
    };
  } else {
    heading = { title: '上传纸质委托书', lead: `委托书上要有${name}的亲笔签名。` };
  }

  return (
    <View className="add-proxy" data-testid="add-proxy">
      <Text className="add-proxy__count">
        第{position}步，共{total}步
      </Text>
      <Text className="add-proxy__title">{heading.title}</Text>
      <Text className="add-proxy__lead">{heading.lead}</Text>

      {/* Every field stays mounted (its value and error kept); only the current one is shown. */}
      <View className={current ? '' : 'add-proxy__hidden'}>
        <Form form={form} labelPosition="top" divider={false}>
          <View className={step === 0 ? '' : 'add-proxy__hidden'}>
            <Form.Item label="参保人姓名" name="name" rules={rules('name')}>
              <Input placeholder="请输入参保人姓名" maxLength={30} />
            </Form.Item>
          </View>
          <View className={step === 1 ? '' : 'add-proxy__hidden'}>
            <Form.Item label="参保人身份证号码" name="idNumber" rules={rules('idNumber')}>
              <Input placeholder="请输入18位身份证号码" type="idcard" maxLength={18} />
            </Form.Item>
          </View>
          <View className={step === 2 ? '' : 'add-proxy__hidden'}>
            <Form.Item label="您与参保人的关系" name="relationship" rules={rules('relationship')}>
              <OptionList label="您与参保人的关系" options={RELATIONSHIP_OPTIONS} testId="proxy-relationship" />
            </Form.Item>
          </View>
          <View className={step === 3 ? '' : 'add-proxy__hidden'}>
            <Form.Item label="参保人手机号码" name="phone" rules={rules('phone')}>
              <Input placeholder="请输入11位手机号码" type="number" maxLength={11} />
            </Form.Item>
          </View>
        </Form>
      </View>

      {heading.body}
      {step === 'sign' && values ? (
        <LetterSign
          fields={letterFields(values)}
          principalName={name}
          pending={signing.pending || adding.pending}
          onSign={sign}
        />
      ) : null}
      {step === 'photo' && values ? (
        <LetterPhoto
          pending={adding.pending}
          onSubmit={(fileId) => {
            setRefusal(undefined);
            adding.submit({ ...values, powerOfAttorney: { fileId } });
          }}
        />
      ) : null}

      {refusal ? (
        <View className="add-proxy__refusal">
          <RefusalNotice message={refusal.message} source={refusal.source} testId="proxy-refusal" />
          {typeof step !== 'number' ? (
            <Button {...a11y('button')} size="large" block onClick={() => setStep(0)}>
              修改参保人信息
            </Button>
          ) : null}
        </View>
      ) : null}

      {current ? (
        <Button {...a11y('button')} type="primary" size="large" block onClick={() => void next()}>
          下一步
        </Button>
      ) : null}
      <Button {...a11y('button')} size="large" block onClick={back}>
        {step === 0 ? '不添加了，返回' : '上一步'}
      </Button>
    </View>
  );
}
