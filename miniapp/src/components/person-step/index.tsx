import type { ActingForPerson } from '@shared/api/me';
import { ChoiceList } from '../choice-list';

export interface PersonStepProps {
  persons: ActingForPerson[];
  selected?: string;
  onChoose: (personId: string) => void;
  /** What is done for the person, as the journey says it: 办理 (备案), 报销. */
  verb: string;
  testId: string;
}

/** 为谁办理 / 为谁报销: myself, or a person I act for (as 代办人). */
export function PersonStep({ persons, selected, onChoose, verb, testId }: PersonStepProps) {
  return (
    <ChoiceList
      testId={testId}
      selected={selected}
      onChoose={onChoose}
      choices={persons.map((p) => ({
        key: p.personId,
        title: p.relation === 'self' ? `本人：${p.nameMasked}` : `代办：${p.nameMasked}`,
        line: p.relation === 'self' ? `为我自己${verb}` : `我受托为这位参保人${verb}（身份证 ${p.idNumberMasked}）`,
      }))}
    />
  );
}
