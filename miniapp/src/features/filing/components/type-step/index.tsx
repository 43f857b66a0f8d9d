import type { FilingOptionsResponse } from '@shared/api/filings';
import type { FilingType } from '@shared/domain/vocabulary';
import { ChoiceList } from '../../../../components/choice-list';

export interface TypeStepProps {
  types: FilingOptionsResponse['types'];
  selected?: FilingType;
  onChoose: (type: FilingType) => void;
}

/** 人员类别: each type with its one plain line; a type not offered shows why and takes no tap. */
export function TypeStep({ types, selected, onChoose }: TypeStepProps) {
  return (
    <ChoiceList
      testId="filing-type"
      selected={selected}
      onChoose={(key) => onChoose(key as FilingType)}
      choices={types.map((t) => ({
        key: t.type,
        title: t.name,
        line: t.explanation,
        unavailable: t.offered ? undefined : (t.notOfferedReason ?? '暂不能办理这一类'),
      }))}
    />
  );
}
