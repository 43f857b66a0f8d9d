import type { ActingForPerson } from '@shared/api/me';
import { ChoiceList } from '../choice-list';

export interface PersonStepProps {
  persons: ActingForPerson[];
  selected?: string;
  onChoose: (personId: string) => void;
}

/** 为谁办理: myself, or a person I act for (as 代办人). */
export function PersonStep({ persons, selected, onChoose }: PersonStepProps) {
  return (
    <ChoiceList
      testId="filing-person"
      selected={selected}
      onChoose={onChoose}
      choices={persons.map((p) => ({
        key: p.personId,
        title: p.relation === 'self' ? `本人：${p.nameMasked}` : `代办：${p.nameMasked}`,
        line: p.relation === 'self' ? '为我自己办理' : `我受托为这位参保人办理（身份证 ${p.idNumberMasked}）`,
      }))}
    />
  );
}
