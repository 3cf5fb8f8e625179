/**
 * Lists that are the article's own text: a stats box (each figure over its label), a
 * tour's dates ("20th City, ST Venue", one a line), results, timetables, bulleted targets. Line by
 * line each item looks like furniture (short, no stop words, digits, no sentence), and the junk
 * model scores it so; what no menu or teaser block has is the rhythm: the same item shape repeated,
 * line after line, with a number in the same place of every item.
 *
 * The shape is read without words, so the gate holds in any language: how the line starts (a
 * digit, a list mark, a capital, a lower-case letter, anything else), how it ends, whether it holds
 * a digit, and its length in words within a band. A run of items of one shape (period 1: every
 * line alike; 2: a figure over its label; 3: two fixtures and the line for their winners) marks its lines as list text, and the model
 * (`junk-model.ts`) does not judge them: the rules still may (a list they name stays named).
 */
import { wordsUpTo } from './line-words.ts';
import { endsSentence, isFixture, LIST_MARK } from './shape.ts';
import type { ContentLine } from './structure.ts';

/** Fewest items of one shape that make a list (a pair of lines is a coincidence). */
const MIN_ITEMS = 3;
/** Item layouts tried: one line to three (a figure over its label; two fixtures and their final). */
const MAX_PERIOD = 3;
/** Longer lines are prose, whatever their rhythm (characters too: a script without spaces is one "word" a line). */
const MAX_ITEM_WORDS = 15;
const MAX_ITEM_CHARS = 80;
/** Two items are of one length band when their word counts differ by at most this, or by half the longer. */
const WORD_SLACK = 2;
/** Most words of a heading over a list or over one of its sections. */
const MAX_HEADING_WORDS = 4;
const DIGIT = /\p{Nd}/u;

/**
 * How an item starts or ends, read from its first or last word: Digit when that word holds one (a
 * figure with its unit, "1.2m", "30%", "(21)", is a number), else the letter's class: Mark (start
 * only), Upper, Lower, Other (a script without case, punctuation).
 */
function edgeClass(word: string | undefined, ch: string | undefined): string {
  if (word === undefined || ch === undefined) return 'O';
  if (DIGIT.test(word)) return 'D';
  if (LIST_MARK.test(ch)) return 'M';
  if (ch !== ch.toLowerCase()) return 'U';
  if (ch !== ch.toUpperCase()) return 'L';
  return 'O';
}

/** A line's shape as a list item, or null when it cannot be one (labelled by a rule, prose, a sentence of many words). */
interface ItemShape {
  key: string;
  words: number;
  digit: boolean;
  sentence: boolean;
}

function itemShape(l: ContentLine): ItemShape | null {
  if (l.reason !== null) return null;
  const text = l.text;
  if (text.length > MAX_ITEM_CHARS) return null;
  const words = wordsUpTo(l, MAX_ITEM_WORDS + 1);
  if (words > MAX_ITEM_WORDS) return null;
  // A fixture ("A v B") is a score not yet played: the same column as a number.
  const digit = DIGIT.test(text) || isFixture(text);
  const first = text.slice(0, text.indexOf(' ') + 1 || undefined);
  const last = text.slice(text.lastIndexOf(' ') + 1);
  const sentence = endsSentence(text);
  const key = `${edgeClass(first, text[0])}${edgeClass(last, text.at(-1))}${+digit}${+sentence}`;
  return { key, words, digit, sentence };
}

function alike(a: ItemShape | null, b: ItemShape | null): boolean {
  if (a === null || b === null || a.key !== b.key) return false;
  return Math.abs(a.words - b.words) <= Math.max(WORD_SLACK, Math.max(a.words, b.words) / 2);
}

/**
 * Per line (index into `lines`), whether it sits in a list-shaped run: at least `MIN_ITEMS` items
 * of one shape in a row, with a digit (or a fixture's "v") in the same place of every item
 * (numbers, dates, times, scores: a menu or a list of headlines has none). On the dev pages of the
 * labelled sets here that holds 50 body lines and no junk line; on the BBC corpus, 144 lines of its
 * tables, rankings and fixtures.
 */
export function listRunLines(lines: readonly ContentLine[]): Uint8Array {
  const shapes = lines.map(itemShape);
  const inList = new Uint8Array(lines.length);
  for (let p = 1; p <= MAX_PERIOD; p++) {
    for (let start = 0; start < lines.length; ) {
      const { end, headings } = runEnd(shapes, start, p);
      if (end - start - headings >= MIN_ITEMS * p && hasDigitColumn(shapes, start, p)) {
        inList.fill(1, start, end);
        // The list's own heading ("In figures", "On tour:", a month) stands right above it.
        if (isHeading(shapes[start - 1])) inList[start - 1] = 1;
      }
      start = Math.max(start + 1, end - p + 1);
    }
  }
  return inList;
}

/**
 * Where the run of items of period `p` from `start` ends (exclusive), and how many headings it
 * passed over: a list of one-line items may be cut into sections by a heading (a month over its
 * dates), and goes on when the line after the heading is alike the item before it.
 */
function runEnd(shapes: readonly (ItemShape | null)[], start: number, p: number): { end: number; headings: number } {
  let end = start + p;
  let headings = 0;
  while (end < shapes.length) {
    if (alike(shapes[end]!, shapes[end - p]!)) end++;
    else if (p === 1 && isHeading(shapes[end]) && alike(shapes[end + 1] ?? null, shapes[end - 1]!)) {
      end += 2;
      headings++;
    } else break;
  }
  return { end, headings };
}

/** A section heading inside or above a list: a few words, no number, no sentence. */
function isHeading(shape: ItemShape | null | undefined): boolean {
  return shape != null && !shape.digit && shape.words <= MAX_HEADING_WORDS && !shape.sentence;
}

/** Whether one position of the item holds a digit in every item of the run (items are alike, digits included, so the first decides). */
function hasDigitColumn(shapes: readonly (ItemShape | null)[], start: number, p: number): boolean {
  for (let k = 0; k < p; k++) if (shapes[start + k]?.digit) return true;
  return false;
}
