import { Button } from '@nutui/nutui-react-taro';
import type { ClaimFacts } from '@shared/api/claims';
import { ACCIDENTAL_INJURIES, ACCIDENTAL_INJURY } from '@shared/domain/vocabulary';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ChoiceList } from '../../../../components/choice-list';
import { a11y } from '../../../../lib/a11y';
import './index.scss';

export interface FactsStepProps {
  value: ClaimFacts;
  onDone: (facts: ClaimFacts) => void;
}

/**
 * 就医时的情况 — the facts that decide which extra materials the checklist asks for (`003 Art. 27`): rescue, and
 * an accidental injury with or without official documents. The checklist itself is the API's.
 */
export function FactsStep({ value, onDone }: FactsStepProps) {
  const [facts, setFacts] = useState<ClaimFacts>(value);
  return (
    <View className="facts-step" data-testid="claim-facts">
      <Text className="facts-step__question">这次是抢救吗？</Text>
      <ChoiceList
        testId="claim-facts-rescue"
        selected={facts.rescue ? 'YES' : 'NO'}
        onChoose={(key) => setFacts({ ...facts, rescue: key === 'YES', died: key === 'YES' ? facts.died : false })}
        choices={[
          { key: 'NO', title: '不是抢救' },
          { key: 'YES', title: '是抢救', line: '需要另外上传抢救病历和出院小结' },
        ]}
      />
      <Text className="facts-step__question">是受伤（外伤）吗？</Text>
      <ChoiceList
        testId="claim-facts-injury"
        selected={facts.accidentalInjury}
        onChoose={(key) => setFacts({ ...facts, accidentalInjury: key as ClaimFacts['accidentalInjury'] })}
        choices={ACCIDENTAL_INJURIES.map((code) => ({
          key: code,
          title: code === 'NONE' ? '不是受伤' : ACCIDENTAL_INJURY[code],
        }))}
      />
      <Button {...a11y('button')} type="primary" size="large" block onClick={() => onDone(facts)}>
        下一步
      </Button>
    </View>
  );
}
