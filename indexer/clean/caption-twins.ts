/**
 * A picture's text printed twice: the alt text and the caption under the photo, the caption and its
 * copy in a gallery or a lightbox, the caption glued to itself by the scraper. Read by structure,
 * never by wording, after every other rule and the line model have judged the lines:
 *
 * - a kept line of at most 25 words with a copy of itself one or two source lines away (the same
 *   words; case, punctuation, a bullet, or one label word before the copy aside) that a rule or the
 *   model dropped for what it is (a caption, a credit, a line the model judged): the copy that was
 *   left is the same furniture. A copy dropped only as a repeat is no evidence: a scraper doubles
 *   the story's lead too, and repeats.ts keeps its first copy on purpose; and a sentence right
 *   under the headline is the standfirst a page reuses as its photo's caption (standfirst-copy.ts):
 *   it stays, where a label or a noun phrase there ("Harbour cranes") goes with its copy;
 * - a line that is one text printed twice with nothing or a space between ("… Major.Royal
 *   Hallamshire …"): a scraper joining a picture's alt text and caption. Prose never does.
 *
 * Cost: the twin test reads only kept lines of at most 25 words against the four nearest lines,
 * and only those already dropped; exact text first, a line key only when the lengths are within a
 * label's length of each other. The doubled-text test compares the line's two halves character by
 * character after a guard on the character at the middle, with no string built.
 */
import { lineKey } from './shape.ts';
import { wordsUpTo } from './line-words.ts';
import { endsSentenceAnyScript } from './script-stops.ts';
import { isStandfirst, type ContentLine } from './structure.ts';

/** Longest line read as a caption's copy: a longer line printed twice is the story's lead. */
const MAX_TWIN_WORDS = 25;
/** Source lines between two copies at most: the alt text and the caption are printed together. */
const MAX_TWIN_GAP = 2;
/** Characters one copy may add to the other's (a bullet, a label and its colon, a full stop). */
const MAX_EXTRA_CHARS = 16;
/** Shortest text read as glued to its own copy: a shorter line may repeat a word ("Go go"). */
const MIN_DOUBLED_CHARS = 40;
/** Longest: two captions' length (repeats.ts's longest caption, twice). A longer line is text. */
const MAX_DOUBLED_CHARS = 800;
/** Characters of the opening sought again: it recurs first where the second copy starts. */
const OPENING_CHARS = 12;

export function markCaptionTwins(lines: ContentLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason !== null) continue;
    if (isDoubledText(l.text)) {
      l.reason = 'caption';
      continue;
    }
    if (wordsUpTo(l, MAX_TWIN_WORDS) > MAX_TWIN_WORDS) continue;
    // A page that reuses its standfirst as the photo's caption: the sentence under the headline stays.
    if (endsSentenceAnyScript(l.text) && isStandfirst(lines, i)) continue;
    for (let j = Math.max(0, i - MAX_TWIN_GAP); j <= i + MAX_TWIN_GAP && j < lines.length; j++) {
      const o = lines[j]!;
      if (j === i || !isJudgedCopy(o) || Math.abs(o.line - l.line) > MAX_TWIN_GAP || !isCopy(l.text, o.text)) continue;
      l.reason = 'caption';
      break;
    }
  }
}

/**
 * A line dropped for what it is. A copy dropped only for being a repeat says nothing of its kind
 * (repeats.ts keeps the first copy of a doubled paragraph on purpose: a lead printed twice), and a
 * copy of the headline is the repeated-headline rules' business.
 */
function isJudgedCopy(l: ContentLine): boolean {
  return l.reason !== null && l.reason !== 'repeated-line' && l.reason !== 'headline' && l.reason !== 'repeated-headline';
}

/** The same text, or the same once a bullet, punctuation or one label word before it is set aside. */
function isCopy(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > MAX_EXTRA_CHARS) return false;
  const ka = lineKey(a);
  const kb = lineKey(b);
  if (ka === '' || kb === '') return false;
  if (ka === kb) return true;
  // "TERBALIK: the same caption" over "The same caption.": one label word before the copy.
  return ka.length < kb.length ? labelledCopy(ka, kb) : labelledCopy(kb, ka);
}

function labelledCopy(short: string, long: string): boolean {
  const cut = long.length - short.length - 1;
  return long.endsWith(short) && long.charCodeAt(cut) === 32 && long.lastIndexOf(' ', cut - 1) === -1;
}

/**
 * The line is one text twice with nothing or a space between ("A caption.A caption."). The two
 * halves are compared in place; the guard is the first character recurring at the middle.
 */
export function isDoubledText(text: string): boolean {
  const n = text.length;
  if (n < MIN_DOUBLED_CHARS || n > MAX_DOUBLED_CHARS) return false;
  const first = text.charCodeAt(0);
  const half = n >> 1;
  // Glued (even length: the second copy starts at the middle) or with one space between (odd).
  let start = half;
  if (n % 2 === 1) {
    if (text.charCodeAt(half) !== 32) return false;
    start = half + 1;
  }
  if (text.charCodeAt(start) !== first) return false;
  for (let k = 1; k < half; k++) if (text.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  // Two copies of one text, not a short unit repeated all along ("ha ha ha ha …", a filler line).
  return text.indexOf(text.slice(0, OPENING_CHARS), 1) === start;
}
