/**
 * The page's prose, found without its language or its title: lines long enough to be sentences of
 * an article and ending like one (in any script's marks). Where they start and end, how far a line
 * is from the nearest of them, how long they are, and which words they use are what the junk
 * classifier reads of a line's place (`line-features.ts`). The rules' own "real paragraph" needs
 * stop words of a known language and the positional rules need a headline; on pages from a
 * language without a stop-word list, or where no title line was found, neither says where the
 * article is, and much of the junk kept on unseen sites sits on such pages.
 */
import { endsSentence } from './shape.ts';
import type { ContentLine } from './structure.ts';

/** A sentence of an article is this long at least (in UTF-16 units; scripts without spaces pack more into each). */
const PROSE_CHARS = 80;
const PROSE_CHARS_UNSPACED = 30;
/** A line this long is prose however it ends (a paragraph cut by the scraper, a quote running on). */
const LONG_CHARS = 250;
/** Sentence ends of scripts `endsSentence` does not read: 。！？ (CJK), । (Devanagari), ؟ (Arabic), ። (Ethiopic). */
const OTHER_ENDS = /[。！？।؟።][」』”"）)]*$/u;
/** Words, in any script: runs of letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;

export interface ProseSpan {
  /** First and last prose line (indices into the lines), -1 when the page has none. */
  first: number;
  last: number;
  /** Per line: lines to the nearest prose line other than itself (the page's length when there is none). */
  distance: Int32Array;
  /** Median length of the prose lines (0 when none). */
  medianChars: number;
  /** Per word (lower case), how many prose lines use it. */
  words: Map<string, number>;
  prose: Uint8Array;
}

export function isProse(text: string): boolean {
  if (text.length >= LONG_CHARS) return true;
  const spaced = text.includes(' ');
  if (text.length < (spaced ? PROSE_CHARS : PROSE_CHARS_UNSPACED)) return false;
  return endsSentence(text) || OTHER_ENDS.test(text);
}

export function lineWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export function proseSpan(lines: readonly ContentLine[]): ProseSpan {
  const n = lines.length;
  const prose = Uint8Array.from(lines, (l) => +isProse(l.text));
  const words = new Map<string, number>();
  const lengths: number[] = [];
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (!prose[i]) continue;
    if (first < 0) first = i;
    last = i;
    lengths.push(lines[i]!.text.length);
    for (const w of new Set(lineWords(lines[i]!.text))) words.set(w, (words.get(w) ?? 0) + 1);
  }
  lengths.sort((a, b) => a - b);
  return { first, last, distance: distances(prose), medianChars: lengths[lengths.length >> 1] ?? 0, words, prose };
}

/** Per line, lines to the nearest other prose line (two passes). */
function distances(prose: Uint8Array): Int32Array {
  const n = prose.length;
  const out = new Int32Array(n).fill(n);
  let seen = -1;
  for (let i = 0; i < n; i++) {
    if (seen >= 0) out[i] = i - seen;
    if (prose[i]) seen = i;
  }
  seen = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (seen >= 0) out[i] = Math.min(out[i]!, seen - i);
    if (prose[i]) seen = i;
  }
  return out;
}

/**
 * Share of a line's words that the page's prose (other than the line itself) uses: a caption or
 * a sub-heading shares words with its story, a menu, a prompt or a teaser for another story does not.
 * 0 for a line without words, or a page without prose.
 */
export function proseWordShare(span: ProseSpan, i: number, text: string): number {
  const ws = lineWords(text);
  if (ws.length === 0) return 0;
  const own = span.prose[i] ? 1 : 0;
  let shared = 0;
  for (const w of ws) if ((span.words.get(w) ?? 0) > own) shared++;
  return shared / ws.length;
}
