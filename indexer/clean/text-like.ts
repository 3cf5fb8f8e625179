/**
 * Whether a line reads as running text in the page's language, by its stop words: a sentence of
 * the story has a good share of them, a headline, a label or a name few. And the story's paragraph
 * the scraper cut off at the page's end: text-like, with no sentence end.
 */
import { wordsUpTo } from './line-words.ts';
import { endsSentenceAnyScript } from './script-stops.ts';
import { stopWordCount, type LanguageMask } from './stopwords.ts';
import type { ContentLine } from './structure.ts';

/** Words of a line read, at most: no test below looks further. */
const WORDS_READ = 30;
/** Fewest words of a cut-off paragraph: shorter fragments are labels and names as often. */
const MIN_CUT_TEXT_WORDS = 8;

/** Text in the page's language: several words, a quarter of them stop words or more. */
export function isTextLike(words: number, stops: number): boolean {
  return words >= 6 && stops >= 2 && stops * 4 >= Math.min(words, WORDS_READ);
}

/** A cut ends in a word or after a comma; a colon or a dash introduces what follows (a form, a list). */
const ENDS_CUT = /[\p{L}\p{M}\p{N},]$/u;

/** A clause comma: after a word, before a space (not a thousands separator "2,000"). */
const CLAUSE_COMMA = /\p{L},\s/u;

/**
 * A paragraph cut off mid-sentence: eight words or more ending in a word, text-like, with a clause
 * comma. Stop words alone do not tell it from a headline ("Mayor promises a decision on the new
 * ferry terminal" has a third); a comma joining clauses is prose.
 */
export function readsAsCutText(l: ContentLine, mask: LanguageMask): boolean {
  const words = wordsUpTo(l, WORDS_READ);
  if (words < MIN_CUT_TEXT_WORDS || !ENDS_CUT.test(l.text) || endsSentenceAnyScript(l.text) || !CLAUSE_COMMA.test(l.text)) return false;
  return isTextLike(words, stopWordCount(l.text, mask, WORDS_READ, Math.ceil(Math.min(words, WORDS_READ) / 4)));
}

/** A sentence ended inside the line: a stop, then a space and a capital ("… by 5c to 10c. Boars lost"). */
const INNER_SENTENCE_END = /\p{L}[.!?]\s+\p{Lu}/u;
/** A comma after a word at the line's end: the clause goes on below the cut. */
const ENDS_COMMA = /\p{L},$/u;

/**
 * The story's paragraph the scraper cut off, read wider than `readsAsCutText`: text-like, eight
 * words or more, no sentence end, and prose by one of three marks a headline or a link's text lacks:
 * a clause comma, a sentence ended inside the line ("… to 10c. Boars lost"), or a comma at the cut
 * itself ("…, bukan lawan dari pemerintahan di Kabupaten Pasaman Barat,"; a site that writes no
 * space after its commas has no clause comma to read).
 */
export function readsAsCutProse(l: ContentLine, mask: LanguageMask | (() => LanguageMask)): boolean {
  const words = wordsUpTo(l, WORDS_READ);
  if (words < MIN_CUT_TEXT_WORDS || !ENDS_CUT.test(l.text) || endsSentenceAnyScript(l.text)) return false;
  if (!CLAUSE_COMMA.test(l.text) && !INNER_SENTENCE_END.test(l.text) && !ENDS_COMMA.test(l.text)) return false;
  // The page's language is read (a guess over its lines: callers may pass it lazily) only for a line of this shape.
  const language = typeof mask === 'function' ? mask() : mask;
  return isTextLike(words, stopWordCount(l.text, language, WORDS_READ, Math.ceil(Math.min(words, WORDS_READ) / 4)));
}
