import { Button } from '@nutui/nutui-react-taro';
import { Picker, Text, View } from '@tarojs/components';
import { a11y } from '../../../../lib/a11y';
import { formatChineseDate } from '../../../../utils/format-date';
import './index.scss';

export interface StartDateStepProps {
  value?: string;
  onChange: (date: string | undefined) => void;
  onNext: () => void;
}

/** 开始就医日期 (可不填): a date picker; the filing's validity starts at approval whatever is chosen here. */
export function StartDateStep({ value, onChange, onNext }: StartDateStepProps) {
  return (
    <View className="start-date-step" data-testid="filing-start-date">
      <Picker mode="date" value={value ?? ''} onChange={(event) => onChange(String(event.detail.value))}>
        <View {...a11y('button')} className="start-date-step__field" data-testid="filing-start-date-field">
          <Text className="start-date-step__value">{value ? formatChineseDate(value).date : '点这里选择日期'}</Text>
        </View>
      </Picker>
      {value ? (
        <Button {...a11y('button')} size="large" block onClick={() => onChange(undefined)}>
          清除日期
        </Button>
      ) : null}
      <Button {...a11y('button')} type="primary" size="large" block onClick={onNext}>
        {value ? '下一步' : '暂不填写，下一步'}
      </Button>
    </View>
  );
}
