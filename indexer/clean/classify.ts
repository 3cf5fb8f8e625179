/**
 * The line classifier: after the phrase rules and the positional rules have labelled what they
 * recognise, every line still unlabelled is judged by features that hold across sites.
 *
 * - text-likeness: a real paragraph is a sentence of 8+ words that ends in sentence punctuation
 *   and has stop words of the page's language (`stopwords.ts`), or a long run of text (a page cut
 *   mid-sentence);
 * - position: the article is the stretch from the first real paragraph to the last; what sits
 *   before it (after the headline) or after it and does not read as text is page furniture;
 * - runs: three or more bulleted short lines are a menu or a list of links, wherever they are.
 *
 * A real paragraph is never dropped here, and a line between two real paragraphs is dropped only
 * as part of a bulleted run: short body lines (quotes, subheadings, results) live there.
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import { isDateOnly } from '../infer/dates.ts';
import { endsSentence, endsWithFullStop, isFixture, HEADLINE_START, isCutParagraph, LIST_ITEM_START } from './shape.ts';
import { wordsUpTo } from './line-words.ts';
import { endsSignedSentence } from './script-stops.ts';
import { hasMeasuredFigure } from './figure-lines.ts';
import { guessLanguage, stopWordCount, type LanguageMask } from './stopwords.ts';
import { isBlankSeparated, type ContentLine } from './structure.ts';
import { markByNeighbours } from './neighbours.ts';
import { isTextLike, readsAsCutProse } from './text-like.ts';
import { isAdSlot } from './trade-phrases.ts';

/** Words counted per line: no feature looks further. */
const WORD_LIMIT = 40;
/** A sentence this long, with stop words, ending in sentence punctuation, is a real paragraph. */
const MIN_PARAGRAPH_WORDS = 8;
/** A line this long with this many stop words is running text even without a final full stop. */
const MIN_RUNNING_TEXT_WORDS = 20;
const MIN_RUNNING_TEXT_STOPS = 3;
/** The most stop words any test below asks for (`isTextLike` on a 30-word line). */
const STOPS_ENOUGH = 8;
/** Longest line taken as furniture around the article. */
const MAX_FURNITURE_WORDS = 20;

interface Features {
  words: number;
  sentence: boolean;
  /** Stop words among the first words, counted up to `stopsUpTo` at most; -1 until needed. */
  stops: number;
  stopsUpTo: number;
}

/**
 * @param stated the mask of the language the article states, if it is one of the guessed ones: not guessed again
 * @returns the page's language as stated or guessed from its stop words (the model reads it too)
 */
export function classifyLines(lines: ContentLine[], stated: LanguageMask | null = null): LanguageMask {
  const language = stated ?? guessLanguage(lines);
  const features: Features[] = lines.map((l) => ({
    words: wordsUpTo(l, WORD_LIMIT),
    // A sentence signed in brackets ("… prosecuted. (NAN)") is a paragraph's end, here as in the list rules.
    sentence: endsSentence(l.text) || endsSignedSentence(l.text),
    stops: -1,
    stopsUpTo: 0,
  }));
  // Counted only as far as the question needs ("at least 2?" stops at the second): finding a page's
  // first and last paragraphs asks that of ~2 lines an article, and a count to 8 read most of
  // their first 30 words. A count that reached its cap is counted again if more is asked.
  const stops = (i: number, enough: number) => {
    const f = features[i]!;
    if (f.stops < 0 || (f.stops >= f.stopsUpTo && f.stopsUpTo < enough)) {
      f.stops = stopWordCount(lines[i]!.text, language, 30, enough);
      f.stopsUpTo = enough;
    }
    return f.stops;
  };
  const real = (i: number) => lines[i]!.reason === null && isRealParagraph(features[i]!, (enough) => stops(i, enough), language);

  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++)
    if (real(i)) {
      first = i;
      break;
    }
  if (first < 0) {
    markByNeighbours(lines, language);
    return language;
  }
  for (let i = lines.length - 1; i >= first; i--)
    if (real(i)) {
      last = i;
      break;
    }
  // A page cut off mid-paragraph ends in a fragment right after the last paragraph.
  if (last === lines.length - 2 && lines[last + 1]!.reason === null) last++;

  // Head: between the headline and the first paragraph, what does not read as text, once the
  // page shows chrome there (a line the rules above recognised: a menu, a date, a byline). A clean
  // text's head holds a standfirst or a fact box, and nothing recognised.
  const isChrome = (l: ContentLine) => l.reason !== null && l.reason !== 'headline' && l.reason !== 'title-decoration';
  // The evidence may sit anywhere on the page: share buttons or a copyright line below the text
  // say the page is a scraped page with chrome, and its head is laid out like one.
  const headChrome = lines.some((l) => isChrome(l) && l.reason !== 'punctuation-only');
  const furniture = (i: number) => {
    const l = lines[i]!;
    const f = features[i]!;
    return (
      l.reason === null &&
      !f.sentence &&
      f.words <= MAX_FURNITURE_WORDS &&
      !isWrapped(lines, i) &&
      !isTextLike(f.words, stops(i, STOPS_ENOUGH))
    );
  };
  // A label ending in a colon over the story's bulleted or numbered list, which reads as text
  // ("Key takeaways:" over its points): the list's heading, not a menu's.
  const introducesKeptList = (i: number) => {
    const next = lines[i + 1];
    return (
      next !== undefined &&
      INTRODUCES_LIST.test(lines[i]!.text) &&
      next.reason === null &&
      LIST_ITEM_START.test(next.text) &&
      !furniture(i + 1)
    );
  };
  // Without recognised chrome, only a menu: a run of short items on adjacent lines. Judged
  // before any is marked, so that marking one does not break the run for the next.
  const head: number[] = [];
  for (let i = 0; i < first; i++)
    if (furniture(i) && (headChrome || inAdjacentRun(lines, features, i, first)) && !introducesKeptList(i)) head.push(i);
  for (const i of head) lines[i]!.reason = furnitureReason(lines[i]!.text, features[i]!, false);

  // Tail: after the last paragraph, once the page's chrome has begun (a line the rules above
  // recognised), every short line, sentences too: what is not a real paragraph there is a
  // teaser, a prompt or a label ("Escape your echo chamber. Get the facts."). Before that point a
  // short line may be the article's own list (tour dates, results, a fact box). An ad slot's
  // marker ("Advertisement", "Anzeige") with the text going on below it (two lines or more before
  // the next recognised line) begins no chrome: the page prints it where the ad sits, inside the
  // text, and the story's own lines (a line-up, a results list) go on below it. A lone line
  // between the slot and more chrome is a button or a label of the page's closing furniture.
  let chrome = false;
  for (let i = last + 1; i < lines.length; i++) {
    const l = lines[i]!;
    const f = features[i]!;
    if (l.reason !== null) {
      if (isChrome(l) && !(l.reason === 'promotion' && textGoesOn(lines, i) && isAdSlot(l.text))) chrome = true;
      continue;
    }
    if (!chrome || f.words > MAX_FURNITURE_WORDS || isWrapped(lines, i)) continue;
    if (i === lines.length - 1 && isCutParagraph(l.text)) continue;
    l.reason = furnitureReason(l.text, f, true);
  }
  markTailMenus(lines, features, last);
  markLinksAboveChrome(lines, features, last, isChrome, language);
  markTailLinks(lines, features, last);
  markPackedRuns(lines, features, first, last);
  markHeadlineRuns(lines, features, first, last);
  markByNeighbours(lines, language);
  return language;
}

/** Whether two unlabelled lines follow line i before any labelled one: the text goes on below it. */
const textGoesOn = (lines: readonly ContentLine[], i: number): boolean => lines[i + 1]?.reason === null && lines[i + 2]?.reason === null;

/** Fewest headlines in a run of links inside the article; shortest and longest of them. */
const MIN_HEADLINE_RUN = 3;
const MIN_HEADLINE_WORDS = 5;
const MAX_HEADLINE_WORDS = 25;
const LIST_MARK = /^(?:[-–—•*·]|\d)/u;

/**
 * Between the paragraphs, three or more headline-shaped lines one under another (5-25 words,
 * capitalised, none ending in a full stop) are a block of links to other stories the page put
 * inside the article. The story's own lists are marked (bullets, numbers), short (names,
 * results), or end their items in full stops; a single subheading stands alone. A line of a
 * hard-wrapped paragraph (`isWrapped`: the next line continues it in lower case) is no headline,
 * however its first word is written: a paragraph wrapped at the scraper's width has capitalised
 * line starts and no full stop at its line ends, and three of its lines read as a run.
 */
function markHeadlineRuns(lines: ContentLine[], features: readonly Features[], first: number, last: number): void {
  const item = (j: number) => {
    const l = lines[j]!;
    const f = features[j]!;
    return (
      l.reason === null &&
      f.words >= MIN_HEADLINE_WORDS &&
      f.words <= MAX_HEADLINE_WORDS &&
      !endsWithFullStop(l.text) &&
      HEADLINE_START.test(l.text) &&
      !LIST_MARK.test(l.text) &&
      !isWrapped(lines, j)
    );
  };
  for (let i = first + 1; i < last; i++) {
    if (!item(i)) continue;
    let end = i;
    while (end + 1 < last && item(end + 1) && lines[end + 1]!.line === lines[end]!.line + 1) end++;
    if (end - i + 1 >= MIN_HEADLINE_RUN && !isFigureRun(lines, i, end))
      for (let j = i; j <= end; j++) lines[j]!.reason = 'related-headlines';
    i = end;
  }
}

/**
 * A run whose every line carries a measured figure ("Staffordshire Moorlands Tory hold 45.2%",
 * "Guildford called: Tory hold 53.3% with a swing of 6.9%") is the story's table of results,
 * polls or prices written out line by line, not a block of other stories' headlines: a headline
 * may carry a figure, but three in a row each carrying one are the story's data.
 */
function isFigureRun(lines: readonly ContentLine[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if (!hasMeasuredFigure(lines[j]!.text)) return false;
  return true;
}

/** Fewest labels in a menu below the article; the most words of one label. */
const MIN_MENU_ITEMS = 3;
const MAX_MENU_ITEM_WORDS = 3;

/**
 * Below the article's last paragraph, three or more labels one after another (a few words each, no
 * digits, no sentence) are a menu of the site's sections, whatever its language ("Nyheter",
 * "Sport", "Kultur & Nöje"), even with no chrome recognised around it. The story's own lists at
 * its end carry numbers (dates, results, scores), are fixtures, or are introduced by a colon.
 */
function markTailMenus(lines: ContentLine[], features: readonly Features[], last: number): void {
  const item = (j: number) => {
    const l = lines[j]!;
    return l.reason === null && features[j]!.words <= MAX_MENU_ITEM_WORDS && !features[j]!.sentence && !isStoryListLine(l.text);
  };
  for (let i = last + 1; i < lines.length; i++) {
    if (!item(i)) continue;
    let end = i;
    while (end + 1 < lines.length && item(end + 1)) end++;
    const introduced = INTRODUCES_LIST.test(lines[i - 1]!.text);
    if (end - i + 1 >= MIN_MENU_ITEMS && !introduced) for (let j = i; j <= end; j++) lines[j]!.reason = 'navigation';
    i = end;
  }
}

/** Fewest words of a link's headline above the page's closing chrome: shorter is a label or a name. */
const MIN_LINK_WORDS = 4;

/**
 * Between the article's last paragraph and the chrome that closes the page (a source line, a
 * share row, a subscription prompt), a headline-shaped line with only chrome below it is a link to
 * another story: the story's own last lines are sentences, and a subheading has a paragraph under
 * it. Lines with numbers (results, dates), fixtures and lines introducing a list stay, and so does
 * the story's last paragraph cut off above the chrome, right under the paragraph before it
 * (`readsAsCutProse`: a link's text is no clause cut mid-way; a teaser's cut summary sits under
 * its own headline, not under the story).
 */
function markLinksAboveChrome(
  lines: ContentLine[],
  features: readonly Features[],
  last: number,
  isChrome: (l: ContentLine) => boolean,
  language: LanguageMask,
): void {
  for (let i = lines.length - 1; i > last; i--) {
    const l = lines[i]!;
    if (l.reason !== null) {
      if (isChrome(l)) continue;
      return;
    }
    const f = features[i]!;
    const link =
      !f.sentence &&
      f.words >= MIN_LINK_WORDS &&
      f.words <= MAX_FURNITURE_WORDS &&
      i < lines.length - 1 &&
      HEADLINE_START.test(l.text) &&
      !isStoryListLine(l.text) &&
      !(i === last + 1 && readsAsCutProse(l, language));
    if (!link) return;
    l.reason = 'related-headlines';
  }
}

/**
 * Fewest headlines in a list below the article with nothing announcing it: three, as for a menu.
 * Two were measured first (2026-12-04): they took 2 held-out body lines (and 11 junk lines), so
 * the held-out gain of three is not clean evidence (docs/journal/ingestion.md).
 */
const MIN_TAIL_LINKS = 3;

/**
 * Below the article's last paragraph, three or more links' texts one after another that end the
 * page's text (a label or a headline: capitalised, up to 20 words, no sentence, no digits) are a
 * list of other stories or of the site's sections, even with no heading or chrome announcing it.
 * The story's own closing lists are bulleted or numbered, carry numbers (results, dates), are
 * fixtures or entries ending in a bracket ("Title (Channel)"), or are introduced by a colon; a
 * page cut off mid-paragraph ends in a fragment.
 */
function markTailLinks(lines: ContentLine[], features: readonly Features[], last: number): void {
  const link = (j: number) => {
    const l = lines[j]!;
    return (
      !features[j]!.sentence &&
      features[j]!.words <= MAX_FURNITURE_WORDS &&
      HEADLINE_START.test(l.text) &&
      !LIST_MARK.test(l.text) &&
      !isStoryListLine(l.text) &&
      !l.text.endsWith(')') &&
      !(j === lines.length - 1 && isCutParagraph(l.text))
    );
  };
  // The unlabelled lines from the page's end back, while they are links.
  const run: number[] = [];
  for (let j = lines.length - 1; j > last; j--) {
    if (lines[j]!.reason !== null) continue;
    if (!link(j)) break;
    run.push(j);
  }
  if (run.length < MIN_TAIL_LINKS || INTRODUCES_LIST.test(lines[run.at(-1)! - 1]!.text)) return;
  for (const j of run) lines[j]!.reason = furnitureReason(lines[j]!.text, features[j]!, true);
}

/** Longest item of a packed run between paragraphs. */
const MAX_PACKED_ITEM_WORDS = 6;

/**
 * Between the paragraphs of a text laid out with blank lines, two or more short lines printed
 * one under another (no blank between, no digits, no sentence) are a block of links or labels
 * the page put inside the article (related links, a share box, a section list). Lists of the
 * story itself carry numbers (results, dates, figures) or are laid out like the paragraphs.
 */
function markPackedRuns(lines: ContentLine[], features: readonly Features[], first: number, last: number): void {
  const item = (j: number) => {
    const l = lines[j]!;
    const f = features[j]!;
    return l.reason === null && f.words <= MAX_PACKED_ITEM_WORDS && !f.sentence && !HAS_DIGIT.test(l.text);
  };
  // Whether the text is laid out with blank lines is asked once a run is found: most pages have none.
  let blankSeparated: boolean | undefined;
  for (let i = first + 1; i < last; i++) {
    if (!item(i)) continue;
    let end = i;
    while (end + 1 < last && item(end + 1) && lines[end + 1]!.line === lines[end]!.line + 1) end++;
    if (end > i) blankSeparated ??= isBlankSeparated(lines.filter((l) => l.reason === null));
    if (!blankSeparated) {
      i = end;
      continue;
    }
    // A list the text introduces ("Present were:", "The programme:") is the article's own.
    const introduced = INTRODUCES_LIST.test(lines[i - 1]!.text);
    if (end > i && !introduced) for (let j = i; j <= end; j++) lines[j]!.reason = 'navigation';
    i = end;
  }
}

const HAS_DIGIT = /\d/;
const INTRODUCES_LIST = /:\s*$/;
/** A line of the story's own closing list, never a menu or a link: a number (a result, a date), a fixture, or a colon introducing a list. */
const isStoryListLine = (text: string): boolean => HAS_DIGIT.test(text) || isFixture(text) || INTRODUCES_LIST.test(text);

/**
 * Items of a menu or link list: short lines printed one under another, with no blank between.
 * Two are a run: a clean text's fact box under its headline is laid out like its paragraphs,
 * with blank lines between ("Riverside Park", "Saturday, 6 March", "15:00 GMT").
 */
const MIN_RUN = 2;
const MAX_RUN_ITEM_WORDS = 6;

function inAdjacentRun(lines: readonly ContentLine[], features: readonly Features[], i: number, end: number): boolean {
  const item = (j: number) =>
    j >= 0 && j < end && lines[j]!.reason === null && features[j]!.words <= MAX_RUN_ITEM_WORDS && !features[j]!.sentence;
  if (!item(i)) return false;
  let start = i;
  while (item(start - 1) && lines[start - 1]!.line === lines[start]!.line - 1) start--;
  let stop = i;
  while (item(stop + 1) && lines[stop + 1]!.line === lines[stop]!.line + 1) stop++;
  return stop - start + 1 >= MIN_RUN;
}

/** @param stops the line's stop words, counted to `enough` at most */
function isRealParagraph(f: Features, stops: (enough: number) => number, language: LanguageMask): boolean {
  const atLeast = (n: number) => stops(n) >= n;
  if (f.words >= MIN_PARAGRAPH_WORDS && f.sentence) return atLeast(language === 0 ? 1 : 2);
  return f.words >= MIN_RUNNING_TEXT_WORDS && atLeast(MIN_RUNNING_TEXT_STOPS);
}

const STARTS_LOWER = /^\p{Ll}/u;
/** Words of the upper line of a hard wrap, at least. */
const MIN_WRAP_WORDS = 5;

/**
 * A hard-wrapped paragraph: the line continues the line right above it (it starts in lower case,
 * with no blank line between), or the line right below continues it. A lower-case label on its
 * own ("liveblog closed", a tag) continues nothing.
 */
function isWrapped(lines: readonly ContentLine[], i: number): boolean {
  const l = lines[i]!;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  // The upper line of a wrap fills the width it was wrapped at: a few words at least. A menu of
  // lower-case items ("home", "news", "sport") is a run of short lines that wrap nothing.
  const continues = (a: ContentLine | undefined, b: ContentLine | undefined) =>
    a !== undefined &&
    b !== undefined &&
    b.line === a.line + 1 &&
    STARTS_LOWER.test(b.text) &&
    !endsSentence(a.text) &&
    wordsUpTo(a, MIN_WRAP_WORDS) >= MIN_WRAP_WORDS;
  return (continues(prev, l) && prev!.reason === null) || (continues(l, next) && next!.reason === null);
}

function furnitureReason(text: string, f: Features, tail: boolean): JunkReason {
  if (isDateOnly(text)) return 'dateline';
  if (tail && f.words >= 3) return 'related-headlines';
  return 'navigation';
}
