/**
 * A page's non-blank lines, split, trimmed and counted once, for the two readers of every line of
 * a document's text: the cleaner (`labelLines`) and the corpus furniture sample (furniture.ts).
 * Each used to split the text and measure its lines on its own; on a bench file (3,286 records)
 * the sample's own pass and word counts cost ~9 of its ~24 ms.
 */
import { countLineWords } from './line-words.ts';
import { hasOddSpaces, normalizeSpaces } from './shape.ts';

export interface PageLine {
  /** 1-based, in the text as given (blank lines counted). */
  line: number;
  /** The line trimmed, as the furniture sample reads it. */
  trimmed: string;
  /** The line trimmed and single-spaced (`normalizeSpaces`), as the cleaner reads it; `trimmed` itself when the page has no odd spaces. */
  text: string;
  /** `countLineWords(text)`; also the word count of `trimmed`, which differs from `text` only in its spaces. */
  words: number;
}

/** The text's non-blank lines in order (a line of whitespace only is blank). */
export function pageLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  // One look at the whole page: most pages need no line single-spaced, only trimmed.
  const oddSpaces = hasOddSpaces(text);
  const raws = text.split('\n');
  for (let i = 0; i < raws.length; i++) {
    const trimmed = raws[i]!.trim();
    if (trimmed === '') continue;
    const spaced = oddSpaces ? normalizeSpaces(trimmed) : trimmed;
    lines.push({ line: i + 1, trimmed, text: spaced, words: countLineWords(spaced) });
  }
  return lines;
}
