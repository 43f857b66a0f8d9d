import type { ActingForPerson } from '@shared/api/me';
import { ChoiceList } from '../choice-list';

export interface PersonStepProps {
  persons: ActingForPerson[];
  selected?: string;
  onChoose: (personId: string) => void;
}

/** 为谁报销: myself, or a person I act for (as 代办人). */
export function PersonStep({ persons, selected, onChoose }: PersonStepProps) {
  return (
    <ChoiceList
      testId="claim-person"
      selected={selected}
      onChoose={onChoose}
      choices={persons.map((p) => ({
        key: p.personId,
        title: p.relation === 'self' ? `本人：${p.nameMasked}` : `代办：${p.nameMasked}`,
        line: p.relation === 'self' ? '为我自己报销' : `我受托为这位参保人报销（身份证 ${p.idNumberMasked}）`,
      }))}
    />
  );
}
