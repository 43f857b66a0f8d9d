import { Text, View } from '@tarojs/components';
import { a11y } from '../../../../lib/a11y';
import './index.scss';

export interface ProxyEntryProps {
  onTap: () => void;
}

/** 代办 on home: a tile-like row — acting for a family member, and seeing who acts for me. */
export function ProxyEntry({ onTap }: ProxyEntryProps) {
  return (
    <View
      {...a11y('button')}
      className="proxy-entry"
      data-testid="home-proxies"
      hoverClass="proxy-entry--pressed"
      onClick={onTap}
    >
      <Text className="proxy-entry__glyph">代</Text>
      <View className="proxy-entry__text">
        <Text className="proxy-entry__title">替家人办理 / 谁在替我办</Text>
        <Text className="proxy-entry__subtitle">帮父母等家人办备案和报销，或查看谁在替您办理</Text>
      </View>
      <Text className="proxy-entry__arrow">›</Text>
    </View>
  );
}
