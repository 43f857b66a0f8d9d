import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { a11y } from '../../lib/a11y';
import { citiesOf, type Division, provinces } from '../../lib/divisions';
import './index.scss';

export interface DivisionPickerProps {
  /** A plain line above the choices, e.g. the API's explanation of what a filing destination is. */
  explanation?: string;
  selected?: string;
  onChoose: (division: Division) => void;
  /** The whole picker's test id; each place is `${testId}-${code}`. */
  testId: string;
  /**
   * Which provinces are chosen as a whole, without a city step (the filing's 直辖市 and 海南、西藏). Without it, a
   * province that has a single city (a municipality) chooses that city at once.
   */
  chosenWhole?: (province: Division) => boolean;
}

/** The province, then its city (地级市 or 省直辖县级市). Never a county or a hospital: the list has none. */
export function DivisionPicker({ explanation, selected, onChoose, testId, chosenWhole }: DivisionPickerProps) {
  const all = useMemo(() => provinces(), []);
  const [province, setProvince] = useState<Division | undefined>(undefined);
  const cities = useMemo(() => (province ? citiesOf(province.code) : []), [province]);

  const option = (division: Division, onTap: () => void) => (
    <View
      key={division.code}
      {...a11y('button')}
      className={`division-picker__option${selected === division.code ? ' division-picker__option--on' : ''}`}
      data-testid={`${testId}-${division.code}`}
      hoverClass="division-picker__option--pressed"
      onClick={onTap}
    >
      <Text>{division.name}</Text>
    </View>
  );
  const chooseProvince = (p: Division) => {
    if (chosenWhole) {
      if (chosenWhole(p)) onChoose(p);
      else setProvince(p);
      return;
    }
    const list = citiesOf(p.code);
    if (list.length === 1 && list[0]) onChoose(list[0]);
    else setProvince(p);
  };

  return (
    <View className="division-picker" data-testid={testId}>
      {explanation ? <Text className="division-picker__explanation">{explanation}</Text> : null}
      {province ? (
        <>
          <Text className="division-picker__heading">请选择{province.name}的城市</Text>
          <View className="division-picker__grid">{cities.map((c) => option(c, () => onChoose(c)))}</View>
          <Button {...a11y('button')} size="large" block onClick={() => setProvince(undefined)}>
            重新选择省份
          </Button>
        </>
      ) : (
        <>
          <Text className="division-picker__heading">请先选择省份</Text>
          <View className="division-picker__grid">{all.map((p) => option(p, () => chooseProvince(p)))}</View>
        </>
      )}
    </View>
  );
}
