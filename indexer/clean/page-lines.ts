/**
 * A page's non-blank lines, split, trimmed and counted once, for the two readers of every line of
 * a document's text: the cleaner (`labelLines`) and the corpus furniture sample (furniture.ts).
 * Each used to split the text and measure its lines on its own; on a bench file (3,286 records)
 * the sample's own pass and word counts cost ~9 of its ~24 ms.
 */
import { LINE_WORD_LIMIT } from './line-words.ts';
import { normalizeSpaces, spacedWordCount } from './shape.ts';

export interface PageLine {
  /** 1-based, in the text as given (blank lines counted). */
  line: number;
  /** The line trimmed, as the furniture sample reads it. */
  trimmed: string;
  /** The line trimmed and single-spaced (`normalizeSpaces`), as the cleaner reads it: `trimmed` itself when it has single spaces only. */
  text: string;
  /** `countLineWords(text)`; also the word count of `trimmed`, which differs from `text` only in its spaces. */
  words: number;
}

/** The text's non-blank lines in order (a line of whitespace only is blank). */
export function pageLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  // One look at the whole page for whitespace other than spaces; two spaces in a row are found
  // per line while its words are counted (a search for "  " stops at every space: ~7 ms a file).
  const oddChars = hasOddSpaceChars(text);
  const raws = text.split('\n');
  for (let i = 0; i < raws.length; i++) {
    const trimmed = raws[i]!.trim();
    if (trimmed === '') continue;
    const words = oddChars ? DOUBLE_SPACE : singleSpacedWords(trimmed);
    if (words !== DOUBLE_SPACE) lines.push({ line: i + 1, trimmed, text: trimmed, words });
    else {
      const spaced = normalizeSpaces(trimmed);
      lines.push({ line: i + 1, trimmed, text: spaced, words: spacedWordCount(spaced, LINE_WORD_LIMIT) });
    }
  }
  return lines;
}

/** What `singleSpacedWords` answers for a line that needs single-spacing first. */
const DOUBLE_SPACE = -1;

/**
 * `countLineWords(line)` for a trimmed line with no whitespace but spaces, or `DOUBLE_SPACE` when
 * two spaces meet in it: the same walk from space to space, which looks at each pair on the way.
 */
function singleSpacedWords(line: string): number {
  let count = 1;
  let previous = -2;
  for (let i = line.indexOf(' '); i !== -1; i = line.indexOf(' ', i + 1)) {
    if (i === previous + 1) return DOUBLE_SPACE;
    previous = i;
    // Past the count's limit the rest of the line is only searched for a pair.
    if (++count > LINE_WORD_LIMIT) return line.includes('  ', i) ? DOUBLE_SPACE : count;
  }
  return count;
}

/** Whitespace other than a space in any line (JavaScript's `\s` but the space and the line break). */
function hasOddSpaceChars(text: string): boolean {
  // Searches for single characters: each runs at memchr's speed where one pattern over the
  // whole page ran ~3× slower; most pages are one-byte strings, where the last test is instant.
  return (
    text.includes('\t') ||
    text.includes('\v') ||
    text.includes('\f') ||
    text.includes('\r') ||
    text.includes('\u00a0') ||
    WIDE_SPACE.test(text)
  );
}

/** JavaScript's `\s` above U+00FF. */
const WIDE_SPACE = /[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
