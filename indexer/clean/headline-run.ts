/**
 * Headline runs: the list of other stories a page prints after its article as headlines, each
 * alone or over one line of its own (a one-sentence summary, a label), repeated. No label or stamp
 * marks the items (`item-rhythm.ts`'s) and the labels are too few for `story-end.ts`: what shows is the rhythm
 * itself, read without words so it holds in any language. A headline (4-20 words, no sentence
 * end, a capital or a digit first) opens each item; at most one other line follows it before the
 * next headline. Three or more such items to the end of the page's text, below an article whose
 * running text has two paragraphs in a row, are no article's layout: the story's paragraphs run
 * on two and more together, and a section of one paragraph under a short subheading stays (here a
 * headline is four words or more, and three items must reach the page's end with nothing but chrome
 * below).
 *
 * A stamp (a line the stamp reader recognised) stops the run: a live page's entries are stamped,
 * and are its text. So do the story's own lists: bulleted or numbered entries, lines introducing a
 * list with a colon, fixtures, and lines of measured figures (`figure-lines.ts`: an election's
 * results under their heading, "Liste X : 44,1% Liste Y : 31,8%").
 */
import { isFigureLine } from './figure-lines.ts';
import { wordsUpTo } from './line-words.ts';
import { endsSignedSentence } from './script-stops.ts';
import { endsSentence, isFixture, isCutParagraph, isSpace, LIST_ITEM_START } from './shape.ts';
import { guessLanguage } from './stopwords.ts';
import { paragraphsAbove, SHAPE_REASONS, type ContentLine } from './structure.ts';
import { readsAsCutProse } from './text-like.ts';

/** Fewest items: two headlines below a story may be its own closing subheadings. */
const MIN_ITEMS = 3;
const MIN_HEADLINE_WORDS = 4;
const MAX_HEADLINE_WORDS = 20;
/** Longest line under a headline: a summary; longer is a paragraph of running text. */
const MAX_SUMMARY_WORDS = 40;
const MIN_PARAGRAPH_WORDS = 8;
/** Paragraphs in a row that make the article above the run. */
const MIN_PARAGRAPH_RUN = 2;
const HEADLINE_START = /^[\p{Lu}\p{N}"“‘'«„¿¡]/u;
/** Entries of the story's own list: bulleted, numbered or introduced by a colon (fixtures: `isFixture`). */
const STORY_LIST = new RegExp(`${LIST_ITEM_START.source}|:\\s*$`, 'u');
/**
 * Field separators of a table printed as lines: a category and its winner ("Drama - Featherboy"),
 * a name and its team in brackets. Every entry having the same one is the story's table (results,
 * a seeding, award winners); other stories' headlines are written one by one and vary.
 */
const FIELD_SEPARATORS = [/\s[-–—]\s/u, /\(/u, /:\s/u];
const INTRODUCES_LIST = /:\s*$/u;
/** A word that is a number (a score, a minute, a figure), with the punctuation around it. */
const NUMBER_WORD = /^\(?\d[\d.,:/'’+–-]*\)?[,.;]?$/u;
const HAS_DIGIT = /\d/;
/** Global: `test` walks the line digit by digit (tooFewDigits), allocating nothing. */
const DIGITS = /\d/g;
/** Share of number words that makes a line data: a result or a score sheet of the story's ("Ashby 26, Corton 28"). */
const MIN_NUMBER_SHARE = 0.3;

/** Headline, Other (a summary or a label under it), Stop (a stamp, a list entry, a paragraph too long), or null: chrome passed over. */
type Shape = 'H' | 'O' | 'S' | null;

function shapeOf(l: ContentLine, last: boolean): Shape {
  if (l.reason === 'dateline') return 'S';
  if (l.reason !== null && !SHAPE_REASONS.has(l.reason)) return null;
  if (STORY_LIST.test(l.text) || isFixture(l.text) || isDataLine(l.text) || isFigureLine(l.text)) return 'S';
  // A page cut off by the scraper ends in the start of a paragraph, no headline.
  if (last && isCutParagraph(l.text)) return 'O';
  const words = wordsUpTo(l, MAX_SUMMARY_WORDS + 1);
  if (
    !endsSentence(l.text) &&
    !endsSignedSentence(l.text) &&
    words >= MIN_HEADLINE_WORDS &&
    words <= MAX_HEADLINE_WORDS &&
    HEADLINE_START.test(l.text)
  )
    return 'H';
  return words <= MAX_SUMMARY_WORDS ? 'O' : 'S';
}

/**
 * Marks, as 'related-headlines', the unlabelled lines of the run of headline items that ends the
 * page's text, when it holds three items or more and the article above has paragraphs in a row.
 */
export function markHeadlineRuns(lines: ContentLine[]): void {
  const headlines: string[] = [];
  let start = -1;
  // Lines since the last headline, read from the page's end: at most one under each headline.
  let under = 0;
  // The story going on below the run, cut off by the scraper (`readsAsCutProse`): passed over, and kept.
  const end =
    lines.length > 0 && lines.at(-1)!.reason === null && readsAsCutProse(lines.at(-1)!, () => guessLanguage(lines))
      ? lines.length - 1
      : lines.length;
  for (let i = end - 1; i >= 0; i--) {
    const s = shapeOf(lines[i]!, i === lines.length - 1);
    if (s === null) continue;
    if (s === 'S') {
      // A line introducing a list right above the run makes the run that list, the story's own.
      if (INTRODUCES_LIST.test(lines[i]!.text)) return;
      break;
    }
    if (s === 'O') {
      if (++under > 1) break;
      continue;
    }
    headlines.push(lines[i]!.text);
    start = i;
    under = 0;
  }
  if (headlines.length < MIN_ITEMS || isTable(headlines) || isTable(headlines.slice(0, -1), true)) return;
  if (paragraphsAbove(lines, start, MIN_PARAGRAPH_WORDS).run < MIN_PARAGRAPH_RUN) return;
  for (let i = start; i < end; i++) if (lines[i]!.reason === null) lines[i]!.reason = 'related-headlines';
}

/**
 * Whether the items are the rows of a table: all with the same field separator. A table under its
 * own heading ("Les résultats du 1er tour" over "Liste … (SE) : 44,14%") is read without the heading
 * (the topmost item), its rows then also carrying a figure each: two rows alike by chance are likelier
 * than three, and other stories' headlines seldom all hold a number and the same separator.
 * @param headlines the items from the page's end up
 */
function isTable(headlines: readonly string[], figures = false): boolean {
  if (figures && !headlines.every((h) => HAS_DIGIT.test(h))) return false;
  return FIELD_SEPARATORS.some((sep) => headlines.every((h) => sep.test(h)));
}

/**
 * Whether the line has fewer digits than a data line has number words, so that a paragraph with a
 * year or a figure in it is not split and matched word by word (isDataLine was 4 % of the cleaning
 * of bench records). Each number word holds a digit of its own, and `split(/\s+/)` makes one word
 * more than the line has runs of spaces. The runs are counted from below (a space after a
 * character that is no space starts one), which can only lower the digits asked for, and only as
 * far as the digits are outnumbered.
 */
function tooFewDigits(text: string): boolean {
  let digits = 0;
  DIGITS.lastIndex = 0;
  while (DIGITS.test(text)) digits++;
  let runs = 0;
  for (let i = text.indexOf(' ', 1); i !== -1; i = text.indexOf(' ', i + 1)) {
    if (!isSpace(text.charCodeAt(i - 1)) && digits < (++runs + 1) * MIN_NUMBER_SHARE) return true;
  }
  return false;
}

/** A line whose words are a third numbers: a result, a table row or a score sheet, not a headline with a figure in it. */
export function isDataLine(text: string): boolean {
  // A number word holds a digit: a line without one (most lines) is not split.
  if (!HAS_DIGIT.test(text)) return false;
  if (tooFewDigits(text)) return false;
  const words = text.split(/\s+/);
  return words.filter((w) => NUMBER_WORD.test(w)).length >= words.length * MIN_NUMBER_SHARE;
}
