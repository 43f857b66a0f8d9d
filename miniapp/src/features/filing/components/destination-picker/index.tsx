import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { a11y } from '../../../../lib/a11y';
import { citiesOf, type Division, provinces } from './divisions';
import './index.scss';

export { destinationName } from './divisions';

export interface DestinationPickerProps {
  /** The API's plain explanation of what a destination is (a city; 海南、西藏 the province; never a hospital). */
  explanation?: string;
  selected?: string;
  onChoose: (destination: Division) => void;
  testId?: string;
}

/**
 * 就医地: the province, then its city (地级市; 北京、天津、上海、重庆 and 海南、西藏 are chosen as a whole). Never a county
 * or a hospital: the list has none.
 */
export function DestinationPicker({ explanation, selected, onChoose, testId = 'destination' }: DestinationPickerProps) {
  const all = useMemo(() => provinces(), []);
  const [province, setProvince] = useState<Division | undefined>(undefined);
  const cities = useMemo(() => (province ? citiesOf(province.code) : []), [province]);

  const option = (division: Division, onTap: () => void) => (
    <View
      key={division.code}
      {...a11y('button')}
      className={`destination-picker__option${selected === division.code ? ' destination-picker__option--on' : ''}`}
      data-testid={`${testId}-${division.code}`}
      hoverClass="destination-picker__option--pressed"
      onClick={onTap}
    >
      <Text>{division.name}</Text>
    </View>
  );

  return (
    <View className="destination-picker" data-testid={testId}>
      {explanation ? <Text className="destination-picker__explanation">{explanation}</Text> : null}
      {province ? (
        <>
          <Text className="destination-picker__heading">请选择{province.name}的城市</Text>
          <View className="destination-picker__grid">{cities.map((c) => option(c, () => onChoose(c)))}</View>
          <Button {...a11y('button')} size="large" block onClick={() => setProvince(undefined)}>
            重新选择省份
          </Button>
        </>
      ) : (
        <>
          <Text className="destination-picker__heading">请先选择省份</Text>
          <View className="destination-picker__grid">
            {all.map((p) => option(p, () => (p.final ? onChoose(p) : setProvince(p))))}
          </View>
        </>
      )}
    </View>
  );
}
