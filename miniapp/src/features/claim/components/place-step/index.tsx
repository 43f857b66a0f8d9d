import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { a11y } from '../../../../lib/a11y';
import { citiesOf, type Division, provinces } from './divisions';
import './index.scss';

export { placeName } from './divisions';

export interface PlaceStepProps {
  selected?: string;
  onChoose: (place: Division) => void;
}

/** 在哪里看的病: the province, then its city (a municipality has one city: it is chosen at once). */
export function PlaceStep({ selected, onChoose }: PlaceStepProps) {
  const all = useMemo(() => provinces(), []);
  const [province, setProvince] = useState<Division | undefined>(undefined);
  const cities = useMemo(() => (province ? citiesOf(province.code) : []), [province]);

  const option = (division: Division, onTap: () => void) => (
    <View
      key={division.code}
      {...a11y('button')}
      className={`place-step__option${selected === division.code ? ' place-step__option--on' : ''}`}
      data-testid={`claim-place-${division.code}`}
      hoverClass="place-step__option--pressed"
      onClick={onTap}
    >
      <Text>{division.name}</Text>
    </View>
  );
  const chooseProvince = (p: Division) => {
    const list = citiesOf(p.code);
    if (list.length === 1 && list[0]) onChoose(list[0]);
    else setProvince(p);
  };

  return (
    <View className="place-step" data-testid="claim-place">
      {province ? (
        <>
          <Text className="place-step__heading">请选择{province.name}的城市</Text>
          <View className="place-step__grid">{cities.map((c) => option(c, () => onChoose(c)))}</View>
          <Button {...a11y('button')} size="large" block onClick={() => setProvince(undefined)}>
            重新选择省份
          </Button>
        </>
      ) : (
        <>
          <Text className="place-step__heading">请先选择省份</Text>
          <View className="place-step__grid">{all.map((p) => option(p, () => chooseProvince(p)))}</View>
        </>
      )}
    </View>
  );
}
