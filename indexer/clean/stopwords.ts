/**
 * Stop words per language (`stopwords-iso`), for text-likeness: a line of running text in the
 * page's language is full of its function words, a menu item, a tag list or a credit has few.
 * The page's language is guessed cheaply from stop-word hits over its longer lines (the `eld`
 * detector runs later, on the kept paragraphs, and costs far more than a guess needs).
 *
 * All lists live in one map from word to a bit mask of languages, built once at load: a word is
 * looked up once, whatever the number of languages.
 */
import { createRequire } from 'node:module';
import { spacedWordCount } from './shape.ts';

/** The languages guessed: those of the news the indexer meets, each with a list in stopwords-iso. */
export const STOPWORD_LANGUAGES = [
  'en', 'de', 'nl', 'da', 'sv', 'no', 'fr', 'es', 'it', 'pt', 'ro', 'ca', 'tr', 'pl', 'cs', 'sk', 'hr', 'sl', 'hu', 'fi', 'id', 'el', 'vi',
] as const;
export type StopwordLanguage = (typeof STOPWORD_LANGUAGES)[number];

/** One bit per language of `STOPWORD_LANGUAGES`; 0 when the page's language is unknown. */
export type LanguageMask = number;

const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, readonly string[]>;

const MASKS = new Map<string, number>();
STOPWORD_LANGUAGES.forEach((lang, bit) => {
  for (const word of lists[lang] ?? []) {
    // Multi-word entries and digits ("10", "39" in the English list) say nothing about text.
    if (word.includes(' ') || /\d/.test(word)) continue;
    MASKS.set(word, (MASKS.get(word) ?? 0) | (1 << bit));
  }
});

const EDGE_PUNCTUATION = /^[^\p{L}]+|[^\p{L}]+$/gu;

/** The language bits of one word as written in a line ("The", "«dass»,"): case and edge punctuation aside. */
function wordMask(token: string): number {
  // Most words are written in lower case with letters at both ends: one lookup, no copies.
  const mask = MASKS.get(token);
  if (mask !== undefined) return mask;
  if (isLowerLetter(token.charCodeAt(0)) && isLowerLetter(token.charCodeAt(token.length - 1))) return 0;
  const lower = token.toLowerCase();
  return MASKS.get(lower) ?? MASKS.get(lower.replace(EDGE_PUNCTUATION, '')) ?? 0;
}

/** A lower-case letter of ASCII or Latin-1 (others take the slow path, which is always right). */
function isLowerLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
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
    read += eachWord(text, GUESS_WORDS - read, (word) => {
      for (let mask = wordMask(word); mask !== 0; mask &= mask - 1) hits[31 - Math.clz32(mask & -mask)]!++;
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
    if ((wordMask(text.slice(start, end)) & want) !== 0) count++;
    start = end + 1;
  }
  return count;
}

/** Calls `visit` with each of the first `limit` words of a single-spaced line; returns how many it saw. */
function eachWord(text: string, limit: number, visit: (word: string) => void): number {
  let seen = 0;
  for (let start = 0; seen < limit && start < text.length; seen++) {
    let end = text.indexOf(' ', start);
    if (end === -1) end = text.length;
    visit(text.slice(start, end));
    start = end + 1;
  }
  return seen;
}
