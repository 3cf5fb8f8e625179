/**
 * A list of stories whose layout prints each item's headline twice in a row (the picture's link
 * and the headline's link), each pair right above the item's teaser or text. A line printed twice
 * in a row reads as a caption and its alt text, or a headline-shaped line as a menu item, so both
 * copies are dropped and the item's headline is the line a search cannot find. The layout shows
 * itself by repetition: two or more different headline-shaped lines, each printed twice in a row
 * with a kept paragraph right below the pair (at most one line, a date stamp, between). There the
 * first copy of each pair is the item's headline and stays; the second stays dropped. A caption
 * printed twice is one pair on its page, not a run of them, and a list of links printed twice has
 * no paragraph under its pairs.
 */
import { isEntryHeadline, isTeaserOrParagraph } from './listing-headline.ts';
import type { ContentLine } from './structure.ts';

/** Fewest different doubled headlines, each over its paragraph, that show a list's layout. */
const MIN_ITEMS = 2;
/** The headline's copy directly below it: no more than a blank line between them. */
const MAX_COPY_GAP = 2;

export function keepDoubledItemHeadlines(lines: ContentLine[]): void {
  const items: ContentLine[] = [];
  const texts = new Set<string>();
  for (let i = 0; i + 2 < lines.length; i++) {
    const l = lines[i]!;
    const copy = lines[i + 1]!;
    if (copy.text !== l.text || copy.line > l.line + MAX_COPY_GAP || !isEntryHeadline(l)) continue;
    if (l.reason === 'headline' || l.reason === 'repeated-headline' || copy.reason === null) continue;
    const under = [lines[i + 2], lines[i + 3]].find((n) => n !== undefined && n.reason === null);
    // The paragraph is the next line, or the one after a dropped line between (an item's date).
    if (under === undefined || !isTeaserOrParagraph(under)) continue;
    items.push(l);
    texts.add(l.text);
  }
  if (texts.size < MIN_ITEMS) return;
  for (const l of items) l.reason = null;
}
