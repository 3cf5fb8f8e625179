/**
 * A story's lead printed twice: the template's standfirst slot and the text's first paragraph
 * (or the lead again under a repeated headline). The repeat rules drop the later copy as furniture
 * (`repeats.ts`), but it is the story's own line, not a caption or a teaser box, when its first copy
 * is the first line the page keeps under the headline and the story's text goes on right below the
 * later copy (a sentence of eight words or more, kept): the copy opens the text. A caption's later
 * copy sits by its photo, over a credit or in a gallery; a copy printed right under the first is a
 * photo's caption and its alt text (`repeats.ts`), however the page keeps the first.
 */
import { wordsUpTo } from './line-words.ts';
import { endsSentenceAnyScript } from './script-stops.ts';
import type { ContentLine } from './structure.ts';

/** Fewest words of the paragraph right below the later copy. */
const MIN_PARAGRAPH_WORDS = 8;

export function keepLeadRepeat(lines: ContentLine[]): void {
  let i = lines.findIndex((l) => l.reason === 'headline') + 1;
  while (i < lines.length && lines[i]!.reason !== null) i++;
  const lead = lines[i];
  if (lead === undefined) return;
  for (let j = i + 2; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.reason !== 'repeated-line' || l.text !== lead.text) continue;
    const next = lines[j + 1];
    if (next?.reason === null && wordsUpTo(next, MIN_PARAGRAPH_WORDS) >= MIN_PARAGRAPH_WORDS && endsSentenceAnyScript(next.text))
      l.reason = null;
  }
}
