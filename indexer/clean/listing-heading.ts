/**
 * A list of stories' own heading. On a section front or a "latest news" page the title rules take
 * the first item's headline, and the list rules then give that line back to the text as the list's
 * first item (`keepListingHeadline`, `keepStoryPageHeadline`): the page has no headline of its own,
 * and a reader cites it by the heading the site prints over the list ("Latest News", "Industry
 * News", a topic's name). That heading is the short line standing right above the first item, with
 * at most a date or a picture's caption between them (an item's own header). It is the page's title
 * when it has a name's shape (a few words, no sentence, no date: a labelled stamp is an item's
 * header; no item marker of a menu before it, "- Summary") and the first item is made as the
 * next one is: the same lines between its headline and its teaser (a date, a caption, none). An
 * article the list rules read as a list (a round-up of matches or shows) has its own headline over
 * an introduction, then items of another make (a score line over its scorers, a headline printed
 * again, a caption under it): there a masthead or a section's name above the headline is no title.
 * A round-up whose items are made exactly as its headline and introduction is not told apart.
 * With no such line the first item's headline stays the title, as before. Like an archive's heading
 * (`Headline.archive`), the heading says the page is a listing: its dates are its items', not the page's.
 */
import type { Headline } from '../types.ts';
import { findDates, isDateOnly } from '../infer/dates.ts';
import { isEntryHeadline, isTeaserOrParagraph } from './listing-headline.ts';
import { endsSentence, hasLetters, wordCount } from './shape.ts';
import type { ContentLine } from './structure.ts';

/** Most words of a list's heading: a section's or a topic's name ("Latest Manila News"). */
const MAX_HEADING_WORDS = 6;
/** Content lines read above the first item, at most: its date, its picture's caption, then the heading. */
const MAX_LINES_ABOVE = 3;
/** What the rules drop between a heading and the first item's headline: the item's date and picture. */
const ITEM_HEADER_REASONS: ReadonlySet<string> = new Set(['dateline', 'caption', 'credit']);
/** A menu's item marker before the line: a bullet, a dash, an arrow. */
const ITEM_MARKER = /^[-–—•·▪◦●*>»›→]/u;
/** Lines between an item's headline and its teaser, at most: a date, a byline, a caption. */
const MAX_ITEM_HEADER = 3;

/**
 * The heading over the list whose first item the title rules took for the headline, when a list
 * rule gave that line back to the text; null when there is none. The heading's line is labelled
 * the headline.
 */
export function listingHeading(lines: ContentLine[], headline: Headline | null): Headline | null {
  if (headline === null || headline.archive) return null;
  const h = lines.findIndex((l) => l.line === headline.line);
  if (h < 0 || lines[h]!.reason !== null) return null;
  for (let i = h - 1, read = 0; i >= 0 && read < MAX_LINES_ABOVE; i--, read++) {
    const l = lines[i]!;
    const text = l.text.trim();
    if ((l.reason !== null && ITEM_HEADER_REASONS.has(l.reason)) || isDateOnly(text)) continue;
    if (!isHeadingShape(text) || !madeAsNextItem(lines, h)) return null;
    l.reason = 'headline';
    return { line: l.line, text, siteSuffix: null, decorated: false, cleanerRepeatLine: null, archive: true };
  }
  return null;
}

function isHeadingShape(text: string): boolean {
  return (
    hasLetters(text) &&
    !ITEM_MARKER.test(text) &&
    !endsSentence(text) &&
    wordCount(text, MAX_HEADING_WORDS + 1) <= MAX_HEADING_WORDS &&
    // A stamp with its label ("Published 21 June 2021"): the item's header, not the list's name.
    findDates(text).length === 0
  );
}

/**
 * Whether the item whose headline is at `h` is made as the next item below it: the same kinds of
 * line (a date, a kept line, another dropped line) between each headline and its teaser.
 */
function madeAsNextItem(lines: readonly ContentLine[], h: number): boolean {
  const first = itemMake(lines, h);
  if (first === null) return false;
  for (let k = first.teaser + 1; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.reason !== null || !isEntryHeadline(l)) continue;
    const next = itemMake(lines, k);
    return next !== null && next.kinds === first.kinds;
  }
  return false;
}

/** The kinds of the lines between the headline at `h` and its teaser (the first paragraph below), and the teaser's index. */
function itemMake(lines: readonly ContentLine[], h: number): { kinds: string; teaser: number } | null {
  const kinds: string[] = [];
  for (let j = h + 1; j < lines.length && kinds.length <= MAX_ITEM_HEADER; j++) {
    const l = lines[j]!;
    if (l.reason === null && isTeaserOrParagraph(l)) return { kinds: kinds.join(' '), teaser: j };
    kinds.push(l.reason === 'dateline' || isDateOnly(l.text) ? 'date' : l.reason === null ? 'kept' : 'dropped');
  }
  return null;
}
