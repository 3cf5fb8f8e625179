/**
 * Lists below the article that no heading announces, found by their rhythm. A list of other
 * stories repeats one layout per item — a section label over a headline ("Politik" / "Headline"),
 * a headline over its stamp, a label, a headline and a teaser — and a comment section one per
 * comment (a name, a stamp, the comment). Each line of such an item may read as text or as a
 * label; the repetition of the same sequence of shapes, twice or more, to the end of the page's
 * text, is what no article does: its paragraphs run on, and a subheading is followed by paragraphs
 * of any number.
 *
 * The shapes are read without words, so the rule holds in any language: a label (1-3 words, no
 * sentence), a headline (4-20 words, no full stop), a sentence, a stamp (a line the stamp reader
 * recognised). A repeated item must hold a label or a stamp besides its text: a headline over one
 * sentence alone is also an article's section (a subheading and one paragraph), so it is
 * `headline-run.ts`'s, with that rule's safeguards.
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import { MAX_HEADLINE_WORDS, wordsUpTo } from './line-words.ts';
import { endsSentence, endsWithFullStop, isFixture, HEADLINE_START } from './shape.ts';
import { paragraphsAbove, type ContentLine } from './structure.ts';

/** Fewest items that make a list. */
const MIN_ITEMS = 2;
/** Item layouts tried: two to four lines. */
const MIN_PERIOD = 2;
const MAX_PERIOD = 4;
const MAX_LABEL_WORDS = 3;
const MAX_SENTENCE_WORDS = 80;
/** Fewest paragraphs in a row of the article above the list. */
const MIN_PARAGRAPH_RUN = 2;
const MIN_PARAGRAPH_WORDS = 8;
const HAS_DIGIT = /\d/;
const HANDLE = /^(?=[\p{L}\d_.-]*\p{L})[\p{L}\d_.-]+$/u;

/** Label, Headline, Sentence, sTamp; '' for a line that fits none (the rhythm stops there). */
type Shape = 'L' | 'H' | 'S' | 'T' | '';

/** Lines whose recognised reason is part of an item's layout, read by their shape. */
const ITEM_REASONS: ReadonlySet<JunkReason> = new Set<JunkReason>(['related-headlines', 'navigation', 'comments', 'classifier']);

function shapeOf(l: ContentLine): Shape | null {
  if (l.reason === 'dateline') return 'T';
  // Other chrome inside the list (a share button, a picture credit) is passed over.
  if (l.reason !== null && !ITEM_REASONS.has(l.reason)) return null;
  if (isFixture(l.text)) return '';
  const words = wordsUpTo(l, MAX_SENTENCE_WORDS + 1);
  if (endsSentence(l.text)) return words <= MAX_SENTENCE_WORDS && words >= 3 ? 'S' : '';
  // A label with a number is a score or a date of the story's, unless it is one word with letters:
  // a commenter's handle ("mark77").
  if (words <= MAX_LABEL_WORDS) return (HAS_DIGIT.test(l.text) && !HANDLE.test(l.text)) || l.text.endsWith(':') ? '' : 'L';
  if (words <= MAX_HEADLINE_WORDS && !endsWithFullStop(l.text) && HEADLINE_START.test(l.text)) return 'H';
  return '';
}

export function markItemRhythm(lines: ContentLine[]): void {
  // The lines read by shape, in order; chrome of other kinds is passed over.
  const at: number[] = [];
  const shapes: Shape[] = [];
  lines.forEach((l, i) => {
    const s = shapeOf(l);
    if (s === null) return;
    at.push(i);
    shapes.push(s);
  });
  for (let i = 0; i < shapes.length; i++) {
    // A list's first item opens with its label, headline or stamp: a sentence there is the article's.
    if (shapes[i] === 'S' || shapes[i] === '') continue;
    let best = { period: 0, length: 0 };
    for (let p = MIN_PERIOD; p <= MAX_PERIOD; p++) {
      const length = periodicRun(shapes, i, p);
      if (length >= MIN_ITEMS * p && length > best.length && isItemLayout(shapes.slice(i, i + p))) best = { period: p, length };
    }
    if (best.length === 0) continue;
    const unit = shapes.slice(i, i + best.period);
    // A live page's entries (a stamp, a title, a paragraph) repeat too, and are its text: items
    // that hold a sentence must be fewer than the article's paragraphs above them.
    // A stretch judged once: read from its second line it repeats as well, with one item fewer.
    const start = i;
    i += best.length - 1;
    const above = paragraphsAbove(lines, at[start]!, MIN_PARAGRAPH_WORDS);
    if (above.run < MIN_PARAGRAPH_RUN || (unit.includes('S') && Math.floor(best.length / best.period) >= above.count)) continue;
    const reason: JunkReason = unit.includes('H') ? 'related-headlines' : 'comments';
    for (let k = start; k < start + best.length; k++) {
      const l = lines[at[k]!]!;
      if (l.reason === null) l.reason = reason;
    }
  }
}

/** How many shapes from `start` repeat with period `p`. */
function periodicRun(shapes: readonly Shape[], start: number, p: number): number {
  let n = start + p;
  while (n < shapes.length && shapes[n] !== '' && shapes[n] === shapes[n - p]) n++;
  return Math.min(n, shapes.length) - start;
}

/**
 * An item of a list: a headline with a label or a stamp (a story's link), or a label, a stamp
 * and a sentence (a comment under its author's name). Not a repeated shape alone, and not a
 * headline over sentences (a subheading over its paragraph).
 */
function isItemLayout(unit: readonly Shape[]): boolean {
  if (new Set(unit).size !== unit.length) return false;
  const has = (s: Shape) => unit.includes(s);
  if (has('H')) return has('L') || has('T');
  return has('L') && has('T') && has('S');
}
