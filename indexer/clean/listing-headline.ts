/**
 * A page that is itself a list of stories (a section front, a tag or archive page) has no headline
 * of its own: the title rules take its first item's headline, and the headline rule drops that line
 * from the text, so the first story of the list is the one a search cannot find. A list shows
 * itself by its layout: below the line taken as the headline, the same item (a headline-length
 * line over a single paragraph, its teaser) comes again, twice or more, and no paragraph follows
 * another, as an article's running text does. There the line is one item of the list and stays in
 * the text; it stays the title too (which line is the title is not decided here).
 */
import { wordsUpTo } from './line-words.ts';
import { agreement, contentStems } from './title-agreement.ts';
import { endsSentence, endsWithFullStop } from './shape.ts';
import type { ContentLine } from './structure.ts';

/** Fewest further items (headline over teaser) below the headline that make a list. */
const MIN_ITEMS = 2;
/** An item's headline: a few words, more than a subheading's label, shorter than running text, no full stop. */
const MIN_HEADLINE_WORDS = 4;
/** A teaser: a sentence of this many words, or running text this long. */
const MIN_TEASER_WORDS = 8;
const MIN_RUNNING_WORDS = 20;
const MAX_HEADLINE_WORDS = MIN_RUNNING_WORDS;

type Shape = 'headline' | 'paragraph' | 'other';

/** A paragraph (an item's teaser, a story's text): a sentence of a few words, or a long run of text. */
export function isTeaserOrParagraph(l: ContentLine): boolean {
  const words = wordsUpTo(l, MIN_RUNNING_WORDS);
  return words >= MIN_RUNNING_WORDS || (words >= MIN_TEASER_WORDS && endsSentence(l.text));
}

function shapeOf(l: ContentLine): Shape {
  // Read as a headline first: an item's headline may end in "?" or "!" like a sentence.
  const words = wordsUpTo(l, MAX_HEADLINE_WORDS);
  if (words >= MIN_HEADLINE_WORDS && words < MAX_HEADLINE_WORDS && !endsWithFullStop(l.text) && !l.text.endsWith(':')) return 'headline';
  return isTeaserOrParagraph(l) ? 'paragraph' : 'other';
}

export function keepListingHeadline(lines: ContentLine[]): void {
  const h = lines.findIndex((l) => l.reason === 'headline');
  if (h >= 0 && isListOfStories(lines, h + 1, lines.length, lines[h]!.text)) lines[h]!.reason = null;
}

/**
 * Whether the kept lines from `start` to `end` are the items of a list of stories: they open with
 * a teaser, then a headline over a teaser comes `MIN_ITEMS` times or more, no paragraph follows
 * another (what the rules took out is passed over), and the items are not all one story. An
 * article broken by a subheading over every paragraph has the same layout, but each of its
 * paragraphs shares a word with its headline (or, without one, its first paragraph); a list's
 * teasers are about other stories, so at least one of them shares none.
 */
export function isListOfStories(lines: readonly ContentLine[], start: number, end = lines.length, headline?: string): boolean {
  const kept = lines.slice(start, end).filter((l) => l.reason === null);
  const shapes = kept.map(shapeOf);
  if (shapes[0] !== 'paragraph') return false;
  // Read only at the first item: an article's second paragraph ends the test before it.
  let opening: Set<string> | null = null;
  let items = 0;
  let otherStory = false;
  for (let k = 1; k < shapes.length; k++) {
    if (shapes[k] === 'paragraph' && shapes[k - 1] === 'paragraph') return false;
    if (shapes[k] !== 'paragraph' || shapes[k - 1] !== 'headline') continue;
    items++;
    otherStory ||= agreement(kept[k]!.text, (opening ??= contentStems(headline ?? kept[0]!.text))).shared === 0;
  }
  return items >= MIN_ITEMS && otherStory;
}

/**
 * Whether the page's kept lines, from its first teaser or paragraph, are a list of stories: a page
 * with no one topic, where an item sharing no word with the first is the list's, not the page's chrome.
 */
export function isListPage(lines: readonly ContentLine[]): boolean {
  const first = lines.findIndex((l) => l.reason === null && isTeaserOrParagraph(l));
  return first >= 0 && isListOfStories(lines, first);
}
