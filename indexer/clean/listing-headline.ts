/**
 * A page that is itself a list of stories (a section front, a tag or archive page) has no headline
 * of its own: the title rules take its first item's headline, and the headline rule drops that line
 * from the text, so the first story of the list is the one a search cannot find. A list shows
 * itself by its layout: below the line taken as the headline, the same item (a headline-length
 * line over a single paragraph, its teaser) comes again, twice or more, and no paragraph follows
 * another, as an article's running text does. There the line is one item of the list and stays in
 * the text; it stays the title too (which line is the title is not decided here).
 */
import { isDateOnly } from '../infer/dates.ts';
import { wordsUpTo } from './line-words.ts';
import { agreement, comparedStems, contentStems, sharesContentStem } from './title-agreement.ts';
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

/** An entry's headline by its shape: a few words, more than a label's, no full stop. */
export function isEntryHeadline(l: ContentLine): boolean {
  return shapeOf(l) === 'headline';
}

export function shapeOf(l: ContentLine): Shape {
  // Read as a headline first: an item's headline may end in "?" or "!" like a sentence.
  const words = wordsUpTo(l, MAX_HEADLINE_WORDS);
  if (words >= MIN_HEADLINE_WORDS && words < MAX_HEADLINE_WORDS && !endsWithFullStop(l.text) && !l.text.endsWith(':')) return 'headline';
  return isTeaserOrParagraph(l) ? 'paragraph' : 'other';
}

/** @returns whether the page was read as a list of stories (its headline given back as the list's first item) */
export function keepListingHeadline(lines: ContentLine[]): boolean {
  const h = lines.findIndex((l) => l.reason === 'headline');
  if (h < 0) return false;
  if (!isListOfStories(lines, h + 1, lines.length, lines[h]!.text) && !overLinkedTeaser(lines, h)) return false;
  lines[h]!.reason = null;
  return true;
}

/**
 * A teaser's end: the text cut short and the link to the rest of its story after it ("… Read More",
 * "… Continua a leggere", "... Περισσότερα", "... More »"), or an ellipsis in brackets, a blog
 * excerpt's own link ("(more…)", "(mais…)", "[…]", "[...]"). The link's label is a few words opening
 * in a capital, in any language; a story's paragraph does not end by pointing at its own rest.
 */
const LINKED_TEASER_END = /(?:…|\.\.\.)\s*\p{Lu}[\p{L} ]{0,30}[»›→>]*\s*$|[([]\p{L}*\s*(?:…|\.\.\.)[)\]]\s*$/u;
/** Most characters read at a line's end for the link: the label and the ellipsis. */
const LINK_END_CHARS = 48;
/** Most lines the rules dropped between an item's headline and its teaser: a date, a byline, a copy of the headline. */
const MAX_ITEM_HEADER_LINES = 4;

/** A teaser ending in the link to its story (`LINKED_TEASER_END`): an entry of a list, not a story's paragraph. */
export function isLinkedTeaser(l: ContentLine): boolean {
  return isTeaserOrParagraph(l) && LINKED_TEASER_END.test(l.text.slice(-LINK_END_CHARS));
}

/**
 * Whether the first line the rules kept below the headline at `h` is a teaser ending in the link to its
 * story (`LINKED_TEASER_END`): the page is a list of teasers (a tag, archive or section page, a feed's
 * item), and the headline over it is its item's, however few items the excerpt holds. The rest of an
 * article is on the article's own page, not behind a link under its lead.
 */
function overLinkedTeaser(lines: readonly ContentLine[], h: number): boolean {
  // The item's header lines between (its date, its headline printed again): a few at most.
  const first = lines.slice(h + 1, h + 2 + MAX_ITEM_HEADER_LINES).find((l) => l.reason === null);
  return first !== undefined && isTeaserOrParagraph(first) && LINKED_TEASER_END.test(first.text.slice(-LINK_END_CHARS));
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

/** How near a headline its header's lines sit: the line right above it, or one of the two below. */
const HEADER_ABOVE = 1;
const HEADER_BELOW = 2;
/** The most words of a header's line: a byline, a date, a source. */
const MAX_HEADER_WORDS = 12;

/**
 * A page that prints several stories one under another (a blog's front page, an archive, a
 * newspaper's page, a section with each story in full) repeats each story's header: further down,
 * a headline the rules kept, over its own paragraphs, with a line beside it of the same make as
 * the line the rules dropped beside the page's headline (the same source and date, the same
 * writer, "Por G1" and "Por BBC News", two dates). The line taken as the page's headline is then
 * the first story's headline, one of the page's items: it stays in the text (the list's own heading above it
 * may then be the title: listing-heading.ts). Returns whether it gave the headline back, as
 * `keepListingHeadline` does.
 * An article with related stories below it differs: they are cut from the text by the tail rules,
 * print no header like the headline's, or stand under a label the rules took for a box of other
 * stories ("Autres actualités"), which ends the search.
 */
export function keepStoryPageHeadline(lines: ContentLine[]): boolean {
  const h = lines.findIndex((l) => l.reason === 'headline');
  if (h < 0) return false;
  const header = headerLines(lines, h).filter((l) => l.reason !== null);
  if (header.length === 0) return false;
  // Whether the headline stands over its own text: read only once a headline of its header's make
  // stands below, which most pages have none of (18perf17: no page of the bench's has one, and this
  // read was three quarters of the rule's time). The loop changes no line before it is read.
  let overOwn: boolean | undefined;
  let text = false;
  for (let k = h + 1; k < lines.length; k++) {
    const l = lines[k]!;
    // A box of other stories the rules recognised ("Other news") below the text: its items are that box's.
    if (text && l.reason === 'related-headlines') return false;
    if (l.reason !== null) continue;
    if (!text) {
      text = isTeaserOrParagraph(l);
      continue;
    }
    if (shapeOf(l) !== 'headline' || !headerLines(lines, k).some((o) => header.some((p) => sameMake(o.text, p.text)))) continue;
    overOwn ??= overOwnText(lines, h);
    if (!overOwn) return false;
    if (overOwnText(lines, k)) {
      lines[h]!.reason = null;
      return true;
    }
  }
  return false;
}

/** Kept lines of a story read for the words its headline shares with it. */
const OWN_TEXT_LINES = 2;

/**
 * Whether the headline at `i` stands over its own story: its first kept line below, past its header,
 * is a paragraph, and its first two kept lines share a word with it (a section's label or a
 * category's name over a list shares none).
 * The lines are read for the headline's stems until one is met (`sharesContentStem`), not stemmed
 * whole (18perf16: the two lines joined, and all their stems put in a set, were ~2 % of a build's
 * CPU). A line's stems are its words' own, whatever stands beside it, so the joined lines' stems
 * were the lines' stems together, and `agreement(...).shared > 0` says that one of the stems it
 * compares the headline by (`comparedStems`) is among them.
 */
export function overOwnText(lines: readonly ContentLine[], i: number): boolean {
  const text: string[] = [];
  for (let j = i + 1; j < lines.length && text.length < OWN_TEXT_LINES; j++) {
    const n = lines[j]!;
    if (n.reason !== null || isHeaderShape(n)) continue;
    if (text.length === 0 && !isTeaserOrParagraph(n)) return false;
    text.push(n.text);
  }
  if (text.length === 0) return false;
  const own = comparedStems(lines[i]!.text);
  return own.size > 0 && text.some((t) => sharesContentStem(t, own));
}

/** The short lines next to line `i` (one above, two below) that may be its header. */
export function headerLines(lines: readonly ContentLine[], i: number): ContentLine[] {
  const out: ContentLine[] = [];
  for (let j = Math.max(0, i - HEADER_ABOVE); j <= Math.min(lines.length - 1, i + HEADER_BELOW); j++)
    if (j !== i && isHeaderShape(lines[j]!)) out.push(lines[j]!);
  return out;
}

function isHeaderShape(l: ContentLine): boolean {
  return (
    l.reason !== 'headline' &&
    l.reason !== 'repeated-headline' &&
    wordsUpTo(l, MAX_HEADER_WORDS) <= MAX_HEADER_WORDS &&
    !isTeaserOrParagraph(l)
  );
}

/** Two header lines of one make: the same first or last word, or both a date alone. */
export function sameMake(a: string, b: string): boolean {
  const wa = a.toLowerCase().split(/\s+/).filter(Boolean);
  const wb = b.toLowerCase().split(/\s+/).filter(Boolean);
  if (wa.length === 0 || wb.length === 0) return false;
  return wa[0] === wb[0] || wa.at(-1) === wb.at(-1) || (isDateOnly(a) && isDateOnly(b));
}
