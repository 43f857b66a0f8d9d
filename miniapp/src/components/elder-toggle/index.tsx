import { Text, View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import './index.scss';

export interface ElderToggleProps {
  /** Whether 长辈模式 is on. */
  value: boolean;
  onChange: (next: boolean) => void;
}

/**
 * The 长辈模式 switch: the whole row is the touch target and the one switch a screen reader announces; the drawn
 * track only shows the state (NutUI's Switch is not used: on H5 it writes an invalid `aria-role` attribute).
 */
export function ElderToggle({ value, onChange }: ElderToggleProps) {
  return (
    <View
      className={value ? 'elder-toggle elder-toggle--on' : 'elder-toggle'}
      data-testid="elder-toggle"
      data-checked={value ? 'true' : 'false'}
      onClick={() => onChange(!value)}
      {...a11y('switch', { checked: value, label: '长辈模式：大字、高对比' })}
    >
      <View className="elder-toggle__text">
        <Text className="elder-toggle__label">长辈模式</Text>
        <Text className="elder-toggle__hint">{value ? '已开启：大字、高对比' : '字太小？点这里放大'}</Text>
      </View>
      <View className={value ? 'elder-toggle__track elder-toggle__track--on' : 'elder-toggle__track'}>
        <View className="elder-toggle__knob" />
      </View>
    </View>
  );
}
