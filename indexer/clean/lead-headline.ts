/**
 * A "headline" that is a sentence of five words or more ending in a full stop is the story's lead
 * more often than its title: headlines end without one, and a page whose text starts straight
 * with paragraphs gets its first sentence taken as the headline. It stays the title (the title
 * rules decide that) and is kept in the text too, so no line of the story is lost for a title.
 * Ten words were asked first; a short lead or standfirst ("A budapesti rendőrök elfogták a
 * férfit.") is as much a sentence, and no labelled headline of any dev set (121) ends in a full stop.
 * Other scripts' full stops end a lead as "." does (the danda of a Bengali lead taken as the title
 * of a page that printed none); no labelled title of shared dev or d4–d7 with five words ends in one.
 *
 * Such a page's "headline" may also be a subheading of the story: with a paragraph right above it and
 * right below it (`isBodyParagraph`, both kept), it is a line inside the story, and is kept in the
 * text too. A real headline has the page's chrome or its standfirst next to it, not two paragraphs.
 */
import { wordsUpTo } from './line-words.ts';
import { endsOtherFullStop } from './script-stops.ts';
import type { ContentLine } from './structure.ts';
import { isBodyParagraph } from './title-candidates.ts';

const MIN_LEAD_WORDS = 5;
/** One full stop at the end, maybe inside closing quotes; not an ellipsis ("…", "...") of a cut title. */
const ENDS_FULL_STOP = /(?<![.…])\.["'”’»)\]]*$/u;

export function keepLeadHeadline(lines: ContentLine[]): void {
  for (const l of lines) if (l.reason === 'headline' && isLead(l)) l.reason = null;
  const h = lines.findIndex((l) => l.reason === 'headline');
  if (h < 1 || h + 1 >= lines.length) return;
  const [above, below] = [lines[h - 1]!, lines[h + 1]!];
  if (above.reason === null && below.reason === null && isBodyParagraph(above.text) && isBodyParagraph(below.text)) {
    lines[h]!.reason = null;
  }
}

/**
 * A sentence of five words or more ending in one full stop, "." or another script's ("।", "۔").
 * A script written without spaces has no five words: a Japanese headline may end in "。" (d4).
 */
function isLead(l: ContentLine): boolean {
  return wordsUpTo(l, MIN_LEAD_WORDS) >= MIN_LEAD_WORDS && (ENDS_FULL_STOP.test(l.text) || endsOtherFullStop(l.text));
}
