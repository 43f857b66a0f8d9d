import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { LetterView } from '../../../../components/letter-view';
import { LoadingState } from '../../../../components/loading-state';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { SignaturePad } from '../../../../components/signature-pad';
import { a11y } from '../../../../lib/a11y';
import { type LetterFields, useLetterPreview } from '../../hooks/use-add-proxy';
import './index.scss';

export interface LetterSignProps {
  /** The blanks from the steps before (委托人姓名、身份证号码、电话，关系). */
  fields: LetterFields;
  /** The principal's name as typed, to say who signs. */
  principalName: string;
  pending: boolean;
  /** Handed the whole letter's blanks as shown and the drawn signature (PNG data URL). */
  onSign: (fields: LetterFields, image: string) => void;
}

function checkboxProps(checked: boolean): Record<string, string> {
  if (process.env.TARO_ENV === 'weapp') return { ariaRole: 'checkbox', ariaChecked: String(checked) };
  return { role: 'checkbox', tabIndex: '0', 'aria-checked': String(checked) };
}

/**
 * 委托书 signed on screen: the letter exactly as it will be signed (the server's preview), a read-confirm tick, and
 * the principal's own hand-drawn signature. Blanks the server cannot fill (e.g. 受托人联系电话) are asked here.
 */
export function LetterSign({ fields, principalName, pending, onSign }: LetterSignProps) {
  const [extras, setExtras] = useState<LetterFields>({});
  const [drafts, setDrafts] = useState<LetterFields>({});
  const [read, setRead] = useState(false);
  const [image, setImage] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const all = { ...fields, ...extras };
  const { query, missing } = useLetterPreview(all, true);

  const submit = () => {
    if (missing.length > 0) return setProblem('请先填写委托书上空着的栏目，再点“填好了”');
    if (!read) return setProblem('请委托人读完委托书后，勾选“我已读完委托书，同意委托”');
    if (!image) return setProblem(`请${principalName}在签名框里签上自己的名字`);
    setProblem(undefined);
    onSign(all, image);
  };

  if (query.status === 'pending') return <LoadingState text="正在准备委托书…" />;
  if (query.status === 'error') {
    return <RefusalNotice message={query.error.message} source={query.error.source} testId="proxy-letter-error" />;
  }

  return (
    <View className="letter-sign">
      {missing.length > 0 ? (
        <View className="letter-sign__blanks" data-testid="proxy-letter-blanks">
          <Text className="letter-sign__blanks-title">委托书上还要填写：</Text>
          {missing.map(({ key, label }) => (
            <View key={key} className="letter-sign__blank">
              <Text className="letter-sign__label">{label}</Text>
              <Input
                placeholder={`请输入${label}`}
                type={/phone/i.test(key) ? 'number' : 'text'}
                maxLength={/phone/i.test(key) ? 11 : 30}
                value={drafts[key] ?? ''}
                onChange={(value) => setDrafts((d) => ({ ...d, [key]: value }))}
              />
            </View>
          ))}
          <Button
            {...a11y('button')}
            size="large"
            block
            onClick={() => {
              setProblem(undefined);
              setExtras((e) => ({ ...e, ...drafts }));
            }}
          >
            填好了
          </Button>
        </View>
      ) : null}

      <LetterView title={query.data.title} text={query.data.text} source={query.data.source} testId="proxy-letter" />

      <View
        {...checkboxProps(read)}
        className={`letter-sign__read${read ? ' letter-sign__read--on' : ''}`}
        data-testid="proxy-letter-read"
        onClick={() => {
          setRead(!read);
          setProblem(undefined);
        }}
      >
        <Text className="letter-sign__box">{read ? '✓' : ''}</Text>
        <Text className="letter-sign__read-text">我已读完委托书，同意委托（由委托人勾选）</Text>
      </View>

      <SignaturePad
        label={`请${principalName}（委托人本人）在框内签名`}
        onChange={(png) => {
          setImage(png);
          setProblem(undefined);
        }}
        testId="proxy-signature"
      />

      {problem ? <RefusalNotice message={problem} testId="proxy-sign-problem" /> : null}

      <Button
        {...a11y('button')}
        type="primary"
        size="large"
        block
        loading={pending}
        disabled={pending}
        onClick={submit}
      >
        {pending ? '正在提交…' : '确认签名，添加代办'}
      </Button>
    </View>
  );
}
