import { Text, View } from '@tarojs/components';
import './index.scss';

export interface LetterViewProps {
  /** The letter's title, e.g. 个人承诺书. */
  title: string;
  /** The letter's whole text as the API gives it (its blanks filled); line breaks are kept. */
  text: string;
  /** Where the letter comes from (依据), in plain words. */
  source?: string;
  testId?: string;
}

/**
 * A letter to read before signing (个人承诺书, 委托书): its title, its whole text with its own line breaks, large
 * enough to read, and its 依据 below. Read-confirm and signing are the page's business.
 */
export function LetterView({ title, text, source, testId = 'letter-view' }: LetterViewProps) {
  // One block per paragraph: the text's own line breaks, spaced so a long letter reads in pieces.
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // The letter's first line is its title, already shown above as the heading: not said twice.
  const paragraphs = lines[0]?.trim() === title.trim() ? lines.slice(1) : lines;
  return (
    <View className="letter-view" data-testid={testId}>
      <Text className="letter-view__title" data-testid={`${testId}-title`}>
        {title}
      </Text>
      <View className="letter-view__text" data-testid={`${testId}-text`}>
        {paragraphs.map((line, index) =>
          line.trim() === '' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the letter's lines have no identity but their place
            <View key={index} className="letter-view__gap" />
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the letter's lines have no identity but their place
            <Text key={index} className="letter-view__line">
              {line}
            </Text>
          ),
        )}
      </View>
      {source ? (
        <Text className="letter-view__source" data-testid={`${testId}-source`}>
          {source.startsWith('依据') ? source : `依据：${source}`}
        </Text>
      ) : null}
    </View>
  );
}
