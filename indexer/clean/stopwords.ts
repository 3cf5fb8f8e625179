/**
 * Stop words per language (`stopwords-iso`), for text-likeness: a line of running text in the
 * page's language is full of its function words, a menu item, a tag list or a credit has few.
 * The page's language is guessed cheaply from stop-word hits over its longer lines (the `eld`
 * detector runs later, on the kept paragraphs, and costs far more than a guess needs).
 *
 * All lists live in one table from word to a bit mask of languages, built once at load: a word is
 * looked up once, whatever the number of languages.
 */
import { createRequire } from 'node:module';
import { spacedWordCount } from './shape.ts';

/** The languages guessed: those of the news the indexer meets, each with a list in stopwords-iso. */
export const STOPWORD_LANGUAGES = [
  'en',
  'de',
  'nl',
  'da',
  'sv',
  'no',
  'fr',
  'es',
  'it',
  'pt',
  'ro',
  'ca',
  'tr',
  'pl',
  'cs',
  'sk',
  'hr',
  'sl',
  'hu',
  'fi',
  'id',
  'el',
  'vi',
] as const;
export type StopwordLanguage = (typeof STOPWORD_LANGUAGES)[number];

/** One bit per language of `STOPWORD_LANGUAGES`; 0 when the page's language is unknown. */
export type LanguageMask = number;

/** `lower` of each code unit from U+0100 up, filled as met; 0 is not yet known (none lowers to U+0000). */
const LOWER_ABOVE_LATIN1 = new Uint16Array(0x10000);

const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, readonly string[]>;

/**
 * The stop words of every language as one open-addressing hash table over UTF-16 code units, so
 * a word is looked up where it stands in its line: no slice, no lower-case copy, no string hash.
 * Counting stop words is the cleaner's most frequent operation (about 100 words an article); as a
 * Map of strings it was a seventh of the cleaning time.
 */
const WORDS: string[] = [];
const WORD_MASKS: number[] = [];
const byWord = new Map<string, number>();
STOPWORD_LANGUAGES.forEach((lang, bit) => {
  for (const word of lists[lang] ?? []) {
    // Multi-word entries and digits ("10", "39" in the English list) say nothing about text.
    if (word.includes(' ') || /\d/.test(word)) continue;
    const key = word.toLowerCase();
    let index = byWord.get(key);
    if (index === undefined) {
      index = WORDS.push(key) - 1;
      WORD_MASKS.push(0);
      byWord.set(key, index);
    }
    WORD_MASKS[index]! |= 1 << bit;
  }
});
const SLOTS = 1 << Math.ceil(Math.log2(WORDS.length * 3));
/** Index + 1 of the word in each slot; 0 is empty. */
const TABLE = new Int32Array(SLOTS);
/**
 * The full hash of each slot's word: a probe compares it before the word's characters, so a word
 * of no list is turned away by a number (the strings' lengths were most of the lookups' time).
 */
const SLOT_HASHES = new Int32Array(SLOTS);
WORDS.forEach((word, index) => {
  const hash = hashRange(word, 0, word.length);
  let slot = hash & (SLOTS - 1);
  while (TABLE[slot] !== 0) slot = (slot + 1) & (SLOTS - 1);
  TABLE[slot] = index + 1;
  SLOT_HASHES[slot] = hash;
});
/** The longest word of any list, in code units: a longer word is in none (and is not hashed). */
const MAX_WORD_UNITS = Math.max(...WORDS.map((word) => word.length));

/** FNV-1a over the lower-cased code units of `text[start, end)`. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ lower(text.charCodeAt(i)), 0x01000193);
  return h >>> 0;
}

/** A code unit in lower case: ASCII and Latin-1 by arithmetic, the rest through the runtime (rare). */
function lower(c: number): number {
  if (c < 0x41) return c;
  if (c <= 0x5a) return c + 32;
  if (c < 0xc0) return c;
  if (c <= 0xde) return c === 0xd7 ? c : c + 32;
  if (c < 0x100) return c;
  // Kept once per code unit met: a Greek or Cyrillic page lowered every letter through a new string.
  let low = LOWER_ABOVE_LATIN1[c]!;
  if (low === 0) LOWER_ABOVE_LATIN1[c] = low = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  return low;
}

/** Letters for edge trimming: ASCII letters, and any code unit from Latin-1 letters on except punctuation blocks. */
function isLetter(c: number): boolean {
  if (c < 0xc0) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0xaa || c === 0xb5 || c === 0xba;
  return c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe30 && c <= 0xff0f);
}

/**
 * The language bits of the word `text[start, end)` as written in a line ("The", "«dass»,"): case
 * and edge punctuation aside; 0 for a word of no language.
 */
function wordMaskAt(text: string, start: number, end: number): number {
  while (start < end && !isLetter(text.charCodeAt(start))) start++;
  while (end > start && !isLetter(text.charCodeAt(end - 1))) end--;
  if (start === end || end - start > MAX_WORD_UNITS) return 0;
  const hash = hashRange(text, start, end) | 0;
  for (let slot = hash & (SLOTS - 1); TABLE[slot] !== 0; slot = (slot + 1) & (SLOTS - 1)) {
    if (SLOT_HASHES[slot] !== hash) continue;
    const index = TABLE[slot]! - 1;
    if (sameWord(WORDS[index]!, text, start, end)) return WORD_MASKS[index]!;
  }
  return 0;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== lower(text.charCodeAt(start + i))) return false;
  return true;
}

/** Words the language guess reads: enough for a stable verdict on any page. */
const GUESS_WORDS = 60;
/** Lines shorter than this are menus and labels more often than text: the guess skips them. */
const GUESS_MIN_WORDS = 6;
/** A guess needs this many hits, and a lead over the runner-up, or the page's language is unknown. */
const GUESS_MIN_HITS = 8;

/**
 * The page's language, as the bit of the language whose stop words its longer lines hit most
 * (0 when too few hit). Lines are single-spaced (`cleanText` makes them so).
 */
export function guessLanguage(lines: readonly { text: string }[]): LanguageMask {
  const hits = new Array<number>(STOPWORD_LANGUAGES.length).fill(0);
  let read = 0;
  for (const { text } of lines) {
    if (read >= GUESS_WORDS) break;
    if (spacedWordCount(text, GUESS_MIN_WORDS) < GUESS_MIN_WORDS) continue;
    read += eachWord(text, GUESS_WORDS - read, (start, end) => {
      for (let mask = wordMaskAt(text, start, end); mask !== 0; mask &= mask - 1) hits[31 - Math.clz32(mask & -mask)]!++;
    });
  }
  let best = -1;
  let second = 0;
  for (let i = 0; i < hits.length; i++) {
    if (best < 0 || hits[i]! > hits[best]!) {
      second = best < 0 ? 0 : hits[best]!;
      best = i;
    } else if (hits[i]! > second) {
      second = hits[i]!;
    }
  }
  if (best < 0 || hits[best]! < GUESS_MIN_HITS) return 0;
  return 1 << best;
}

/**
 * The mask of a stated language tag ("en", "pt-BR"), or null when it is not one of the guessed
 * languages (the page's language is then guessed as for an unstated one).
 */
export function maskOfLanguage(tag: string): LanguageMask | null {
  const bit = (STOPWORD_LANGUAGES as readonly string[]).indexOf(tag.split(/[-_]/)[0]!.toLowerCase());
  return bit < 0 ? null : 1 << bit;
}

/** The language code of a mask from `guessLanguage`, or null. */
export function languageOfMask(mask: LanguageMask): StopwordLanguage | null {
  if (mask === 0) return null;
  return STOPWORD_LANGUAGES[31 - Math.clz32(mask)] ?? null;
}

/**
 * How many of the first `limit` words of a single-spaced line are stop words of the language
 * (`mask`); with mask 0 (unknown language), of any language guessed. Counting stops at `enough`:
 * a caller that only asks "at least n?" need not look up every word.
 */
export function stopWordCount(text: string, mask: LanguageMask, limit = 30, enough = Infinity): number {
  const want = mask === 0 ? -1 : mask;
  let count = 0;
  let start = 0;
  for (let seen = 0; seen < limit && start < text.length && count < enough; seen++) {
    let end = text.indexOf(' ', start);
    if (end === -1) end = text.length;
    if ((wordMaskAt(text, start, end) & want) !== 0) count++;
    start = end + 1;
  }
  return count;
}

/**
 * Whether the word `text[start, end)`, which holds no space, is a stop word of the language (`mask`;
 * 0: of any language guessed): `stopWordCount(text.slice(start, end), mask, 1) > 0` without the
 * slice (18perf10).
 */
export function isStopWordAt(text: string, start: number, end: number, mask: LanguageMask = 0): boolean {
  return (wordMaskAt(text, start, end) & (mask === 0 ? -1 : mask)) !== 0;
}

/** Calls `visit` with the bounds of each of the first `limit` words of a single-spaced line; returns how many it saw. */
function eachWord(text: string, limit: number, visit: (start: number, end: number) => void): number {
  let seen = 0;
  for (let start = 0; seen < limit && start < text.length; seen++) {
    let end = text.indexOf(' ', start);
    if (end === -1) end = text.length;
    visit(start, end);
    start = end + 1;
  }
  return seen;
}
