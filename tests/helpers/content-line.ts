/**
 * A line as the cleaning rules hand it on, with the verdict of the rules before given: the keep
 * rules that run after the classifier (standfirst, field rows, …) are tested on such lines.
 */
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';

export const contentLine = (n: number, text: string, reason: string | null): ContentLine => ({
  line: n,
  text,
  reason: reason as ContentLine['reason'],
  heading: false,
  words: countLineWords(text),
});
