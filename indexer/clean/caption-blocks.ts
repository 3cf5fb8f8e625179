/**
 * A caption printed over several lines: in text whose paragraphs are separated by blank lines, the
 * lines printed right above a line the rules took for a caption, with no blank line between, are
 * the same caption's first lines ("A rare sight." / "The whole board in one picture." / "From left:
 * …"). A paragraph of such a text stands alone in its block; a caption's lines stay together with
 * the line that carries its cue (a "from left", a credit, a photo word), which is the last of them.
 *
 * Only lines above the cue line are taken: the line right below a caption may be the next
 * paragraph's dateline or a quote printed without a blank line. A caption's lines are short beside
 * the page's paragraphs: a line longer than 20 words, or than half the page's typical paragraph
 * (a list of teasers prints each short paragraph above its photo's caption), is a paragraph. The
 * line right under the headline is the standfirst, whatever follows it.
 */
import { wordsUpTo } from './line-words.ts';
import { endsSentence } from './shape.ts';
import { isBlankSeparated, isStandfirst, type ContentLine } from './structure.ts';

/** Longest line taken as a caption's first line: longer is a paragraph printed next to its photo's text. */
const MAX_CAPTION_LINE_WORDS = 20;
/** Share of the page's typical paragraph a caption's line stays within. */
const PARAGRAPH_SHARE = 0.5;
const MIN_PARAGRAPH_WORDS = 8;
/** Words counted per paragraph for the median: enough to tell a page of short paragraphs. */
const PARAGRAPH_WORDS_CAP = 80;

export function markCaptionBlocks(lines: ContentLine[]): void {
  // Most pages have no caption a rule recognised: the layout is read only when one is there.
  if (!lines.some((l) => l.reason === 'caption')) return;
  if (!isBlankSeparated(lines.filter((l) => l.reason === null))) return;
  // The unlabelled lines printed above a caption in its block, from the bottom up.
  const above = new Set<number>();
  for (let i = lines.length - 2; i >= 0; i--) {
    const next = lines[i + 1]!;
    const packed = next.line === lines[i]!.line + 1 && (next.reason === 'caption' || above.has(i + 1));
    if (lines[i]!.reason === null && packed && !isStandfirst(lines, i)) above.add(i);
  }
  if (above.size === 0) return;
  const longest = Math.min(MAX_CAPTION_LINE_WORDS, Math.floor(medianParagraphWords(lines, above) * PARAGRAPH_SHARE));
  // Each block from its caption up, as far as its lines are short: a paragraph ends the caption.
  for (let i = lines.length - 2; i >= 0; i--) {
    const next = lines[i + 1]!;
    if (!above.has(i) || next.reason !== 'caption' || wordsUpTo(lines[i]!, longest + 1) > longest) continue;
    lines[i]!.reason = 'caption';
  }
}

/** The median length in words of the page's unlabelled paragraphs (a sentence of 8 words or more) outside `skip`, 0 when none. */
function medianParagraphWords(lines: readonly ContentLine[], skip: ReadonlySet<number>): number {
  const lengths: number[] = [];
  lines.forEach((l, i) => {
    if (l.reason !== null || skip.has(i) || !endsSentence(l.text)) return;
    const words = wordsUpTo(l, PARAGRAPH_WORDS_CAP);
    if (words >= MIN_PARAGRAPH_WORDS) lengths.push(words);
  });
  lengths.sort((a, b) => a - b);
  return lengths[lengths.length >> 1] ?? 0;
}
