import { Switch } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import './index.scss';

export interface ElderToggleProps {
  /** Whether 长辈模式 is on. */
  value: boolean;
  onChange: (next: boolean) => void;
}

/** The 长辈模式 switch: the whole row is the touch target, the switch only shows the state. */
export function ElderToggle({ value, onChange }: ElderToggleProps) {
  return (
    <View
      className={value ? 'elder-toggle elder-toggle--on' : 'elder-toggle'}
      data-testid="elder-toggle"
      data-checked={value ? 'true' : 'false'}
      onClick={() => onChange(!value)}
    >
      <View className="elder-toggle__text">
        <Text className="elder-toggle__label">长辈模式</Text>
        <Text className="elder-toggle__hint">{value ? '已开启：大字、高对比' : '字太小？点这里放大'}</Text>
      </View>
      <Switch className="elder-toggle__switch" checked={value} />
    </View>
  );
}
