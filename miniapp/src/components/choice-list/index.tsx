import { Text, View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import './index.scss';

export interface Choice {
  key: string;
  title: string;
  /** One plain line under the title. */
  line?: string;
  /** Shown and not tappable: why this one cannot be chosen. */
  unavailable?: string;
  /** A plain warning said before the user chooses (e.g. the 6-month lock). */
  warning?: string;
}

export interface ChoiceListProps {
  choices: Choice[];
  selected?: string;
  onChoose: (key: string) => void;
  testId: string;
}

/** Large options, one per row: a tap chooses. An unavailable one says why and takes no tap. */
export function ChoiceList({ choices, selected, onChoose, testId }: ChoiceListProps) {
  return (
    <View className="choice-list" data-testid={testId}>
      {choices.map((choice) =>
        choice.unavailable ? (
          <View
            key={choice.key}
            className="choice-list__option choice-list__option--off"
            data-testid={`${testId}-${choice.key}`}
          >
            <Text className="choice-list__title">{choice.title}</Text>
            {choice.line ? <Text className="choice-list__line">{choice.line}</Text> : null}
            <Text className="choice-list__reason">{choice.unavailable}</Text>
          </View>
        ) : (
          <View
            key={choice.key}
            {...a11y('button')}
            className={`choice-list__option${selected === choice.key ? ' choice-list__option--on' : ''}`}
            data-testid={`${testId}-${choice.key}`}
            hoverClass="choice-list__option--pressed"
            onClick={() => onChoose(choice.key)}
          >
            <Text className="choice-list__title">{choice.title}</Text>
            {choice.line ? <Text className="choice-list__line">{choice.line}</Text> : null}
            {choice.warning ? <Text className="choice-list__warning">{choice.warning}</Text> : null}
          </View>
        ),
      )}
    </View>
  );
}
