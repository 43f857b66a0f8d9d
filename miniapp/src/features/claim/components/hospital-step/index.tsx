import { Button, Input } from '@nutui/nutui-react-taro';
import type { HospitalView } from '@shared/api/hospitals';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { LoadingState } from '../../../../components/loading-state';
import { RefusalNotice } from '../../../../components/refusal-notice';
import { a11y } from '../../../../lib/a11y';
import { useHospitalSearch } from '../../hooks/use-claim-reads';
import './index.scss';

export interface HospitalStepProps {
  cityCode?: string;
  cityName: string;
  selected?: HospitalView;
  onChoose: (hospital: HospitalView) => void;
}

/** 在哪家医院: search the directory by part of the name, in the visit's city; each answer says 定点 or not. */
export function HospitalStep({ cityCode, cityName, selected, onChoose }: HospitalStepProps) {
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const search = useHospitalSearch(query, cityCode);
  const hospitals = search.data?.hospitals ?? [];

  return (
    <View className="hospital-step" data-testid="claim-hospital">
      <Text className="hospital-step__where">就医城市：{cityName}</Text>
      <View className="hospital-step__search">
        <Input
          className="hospital-step__input"
          placeholder="输入医院名称中的几个字"
          value={typed}
          maxLength={30}
          onChange={(value) => setTyped(String(value))}
          onConfirm={() => setQuery(typed.trim())}
        />
        <Button {...a11y('button')} type="primary" size="large" block onClick={() => setQuery(typed.trim())}>
          查找医院
        </Button>
      </View>
      {search.isFetching ? <LoadingState text="正在查找…" /> : null}
      {search.isError ? (
        <RefusalNotice message={search.error.message} source={search.error.source} testId="claim-hospital-error" />
      ) : null}
      {search.isSuccess && hospitals.length === 0 ? (
        <Text className="hospital-step__none" data-testid="claim-hospital-none">
          在{cityName}没有找到名称含“{query}”的医院，请换几个字再试。
        </Text>
      ) : null}
      {hospitals.map((h) => (
        <View
          key={h.code}
          {...a11y('button')}
          className={`hospital-step__option${selected?.code === h.code ? ' hospital-step__option--on' : ''}`}
          data-testid={`claim-hospital-${h.code}`}
          hoverClass="hospital-step__option--pressed"
          onClick={() => onChoose(h)}
        >
          <Text className="hospital-step__name">{h.name}</Text>
          <Text className="hospital-step__line">
            {h.cityName} · {h.levelName} · {h.designated ? '医保定点' : '非医保定点（急诊抢救以外不能报销）'}
          </Text>
        </View>
      ))}
    </View>
  );
}
