import { Text, View } from '@tarojs/components';
import './index.scss';

export interface Option {
  key: string;
  title: string;
}

export interface OptionListProps {
  /** What is being chosen, for screen readers (e.g. 您与参保人的关系). */
  label: string;
  options: readonly Option[];
  /** NutUI Form.Item passes the field's value and onChange. */
  value?: string;
  onChange?: (key: string) => void;
  testId: string;
}

function radioProps(checked: boolean): Record<string, string> {
  if (process.env.TARO_ENV === 'weapp') return { ariaRole: 'radio', ariaChecked: String(checked) };
  return { role: 'radio', tabIndex: '0', 'aria-checked': String(checked) };
}

/** One choice out of a few, each a large row; the chosen one is ticked in words (已选), not by colour alone. */
export function OptionList({ label, options, value, onChange, testId }: OptionListProps) {
  const group = process.env.TARO_ENV === 'weapp' ? { ariaLabel: label } : { role: 'radiogroup', 'aria-label': label };
  return (
    <View className="option-list" data-testid={testId} {...group}>
      {options.map((option) => {
        const checked = value === option.key;
        return (
          <View
            key={option.key}
            {...radioProps(checked)}
            className={`option-list__option${checked ? ' option-list__option--on' : ''}`}
            data-testid={`${testId}-${option.key}`}
            onClick={() => onChange?.(option.key)}
          >
            <Text className="option-list__title">{option.title}</Text>
            {checked ? <Text className="option-list__tick">✓ 已选</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
