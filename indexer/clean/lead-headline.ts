/**
 * A "headline" that is a sentence of five words or more ending in a full stop is the story's lead
 * more often than its title: headlines end without one, and a page whose text starts straight
 * with paragraphs gets its first sentence taken as the headline. It stays the title (the title
 * rules decide that) and is kept in the text too, so no line of the story is lost for a title.
 * A real headline ending in a full stop kept as text costs a copy of the title in the index; a
 * lead dropped for one is a lost line. Ten words (until 18tit3) lost short leads of pages stored
 * without their headline (d4 dev: 2 pages, 2 lines; no other set moved).
 */
import { wordsUpTo } from './line-words.ts';
import type { ContentLine } from './structure.ts';

const MIN_LEAD_WORDS = 5;
/** One full stop at the end, maybe inside closing quotes; not an ellipsis ("…", "...") of a cut title. */
const ENDS_FULL_STOP = /(?<![.…])\.["'”’»)\]]*$/u;

export function keepLeadHeadline(lines: ContentLine[]): void {
  for (const l of lines)
    if (l.reason === 'headline' && wordsUpTo(l, MIN_LEAD_WORDS) >= MIN_LEAD_WORDS && ENDS_FULL_STOP.test(l.text)) l.reason = null;
}
