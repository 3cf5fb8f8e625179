/**
 * A caption printed over several lines: in text whose paragraphs are separated by blank lines, the
 * lines printed right above a line the rules took for a caption, with no blank line between, are
 * the same caption's first lines ("A rare picture." / "The whole board in one frame." / "From left:
 * …"). A paragraph of such a text stands alone in its block; a caption's lines stay together with
 * the line that carries its cue (a "from left", a credit, a photo word), which is the last of them.
 *
 * Only lines above the cue line are taken: the line right below a caption may be the next
 * paragraph's dateline or a quote printed without a blank line. A long line is a paragraph, and the
 * line right under the headline is the standfirst, whatever follows it.
 */
import { wordsUpTo } from './line-words.ts';
import { isBlankSeparated, isStandfirst, type ContentLine } from './structure.ts';

/** Longest line taken as a caption's first line: longer is a paragraph printed next to its photo's text. */
const MAX_CAPTION_LINE_WORDS = 20;

export function markCaptionBlocks(lines: ContentLine[]): void {
  // Most pages have no caption a rule recognised: the layout is read only when one is there.
  if (!lines.some((l) => l.reason === 'caption')) return;
  if (!isBlankSeparated(lines.filter((l) => l.reason === null))) return;
  // From the bottom up, so that a caption's three lines go one after another.
  for (let i = lines.length - 2; i >= 0; i--) {
    const l = lines[i]!;
    const next = lines[i + 1]!;
    if (l.reason !== null || next.reason !== 'caption' || next.line !== l.line + 1) continue;
    if (wordsUpTo(l, MAX_CAPTION_LINE_WORDS + 1) > MAX_CAPTION_LINE_WORDS || isStandfirst(lines, i)) continue;
    l.reason = 'caption';
  }
}
