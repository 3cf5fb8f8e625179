/**
 * A news-in-brief page: several short items, each a heading of a few words over one paragraph of
 * its own ("Late buses" / "Two extra night buses will run…"), and often no headline of the page
 * in the excerpt. The headline rule then takes the first item's heading, and the first item loses
 * its heading from the text. The layout shows it: from the line taken as the headline down, a
 * heading as short as it over one paragraph comes three times or more, and no paragraph follows
 * another. There the line is the first item's heading and stays in the text; it stays the title
 * too (which line is the title is not decided here), as for a list of stories
 * (`listing-headline.ts`).
 *
 * An article under a short headline whose every section is one paragraph under a short heading
 * has the same layout; keeping its headline in the text as well costs a duplicate line, never a
 * line of the story.
 */
import { wordsUpTo } from './line-words.ts';
import { isTeaserOrParagraph } from './listing-headline.ts';
import { endsSentence } from './shape.ts';
import type { ContentLine } from './structure.ts';

/** The most words of an item's heading: a label of the brief, not a headline of a story. */
const MAX_HEADING_WORDS = 4;
/** Fewest heading/paragraph items, counting the one under the line taken as the headline. */
const MIN_ITEMS = 3;

function isItemHeading(l: ContentLine): boolean {
  return !endsSentence(l.text) && wordsUpTo(l, MAX_HEADING_WORDS + 1) <= MAX_HEADING_WORDS;
}

export function keepBriefHeading(lines: ContentLine[]): void {
  const h = lines.findIndex((l) => l.reason === 'headline');
  if (h < 0 || !isItemHeading(lines[h]!)) return;
  // The kept lines from the headline down must alternate heading, paragraph, heading, paragraph…
  const kept = [lines[h]!, ...lines.slice(h + 1).filter((l) => l.reason === null)];
  let items = 0;
  for (let k = 0; k + 1 < kept.length; k += 2) {
    if (!isItemHeading(kept[k]!) || !isTeaserOrParagraph(kept[k + 1]!)) return;
    items++;
  }
  // A last heading with nothing under it is a label, not an item: the layout is not alternating.
  if (kept.length % 2 === 1 && kept.length > 1) return;
  if (items >= MIN_ITEMS) lines[h]!.reason = null;
}
