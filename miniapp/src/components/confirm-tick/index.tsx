import { Text, View } from '@tarojs/components';
import './index.scss';

export interface ConfirmTickProps {
  /** What the person confirms, said next to the box (e.g. 我已阅读并同意以上承诺内容). */
  text: string;
  checked: boolean;
  onToggle: () => void;
  /** Said under the box (role="alert") when set: why the next step waits for the tick. */
  reminder?: string;
  testId: string;
}

/** A large tick-box the person taps to confirm they have read something; a checkbox to screen readers. */
export function ConfirmTick({ text, checked, onToggle, reminder, testId }: ConfirmTickProps) {
  const checkbox =
    process.env.TARO_ENV === 'weapp'
      ? { ariaRole: 'checkbox', ariaChecked: String(checked) }
      : { role: 'checkbox', 'aria-checked': String(checked), tabIndex: 0 };
  return (
    <>
      <View
        {...checkbox}
        className={`confirm-tick${checked ? ' confirm-tick--on' : ''}`}
        data-testid={testId}
        onClick={onToggle}
      >
        <View className="confirm-tick__box">{checked ? <Text>✓</Text> : null}</View>
        <Text className="confirm-tick__text">{text}</Text>
      </View>
      {reminder ? (
        <View className="confirm-tick__reminder" role="alert">
          {reminder}
        </View>
      ) : null}
    </>
  );
}
