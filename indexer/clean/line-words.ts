/**
 * A cleaned line's word count, taken once when the line is made and read by every rule after it.
 * The rules ask with limits from 3 to 120 words; counting each line once up to the largest of them
 * replaces several scans of the same text (phrase rules, classifier, the model's `isJudged`,
 * closing sections, captions, neighbours and repeats).
 */
import { endsSentence, spacedWordCount } from './shape.ts';
import { hasUnspacedScript } from './unspaced-words.ts';

/** No rule asks about more words than this (the phrase rules' largest `maxWords`, checked there). */
export const LINE_WORD_LIMIT = 120;

/**
 * The longest line read as a headline, in spaced words; a longer line without its full stop is
 * running text. One measure for the rules that sort lines into headlines and text by length (item
 * layouts, teasers, the labels closing a story). Not the same as listing-headline.ts's bound (there 20
 * words are already running text) nor classify.ts's 25 (the longest headline in a run of links).
 * headline-run.ts keeps a copy of this one until its file is free to edit.
 */
export const MAX_HEADLINE_WORDS = 20;

/** The count stored on a line: exact up to `LINE_WORD_LIMIT`, `LINE_WORD_LIMIT + 1` past it. */
export function countLineWords(spacedText: string): number {
  return spacedWordCount(spacedText, LINE_WORD_LIMIT);
}

/**
 * `spacedWordCount(l.text, limit)` from the stored count (limit ≥ 1): exact up to `limit`, `limit + 1` past it.
 * A limit above `LINE_WORD_LIMIT` could not be answered from the count, so it is refused.
 */
export function wordsUpTo(line: { readonly words: number }, limit: number): number {
  if (limit > LINE_WORD_LIMIT) throw new RangeError(`a line's words are counted up to ${LINE_WORD_LIMIT}, not ${limit}`);
  return line.words > limit ? limit + 1 : line.words;
}

/**
 * Characters that stand for a word in a script written without spaces, where a line's spaced
 * "words" are its clauses: the length rules below read characters there instead.
 */
const UNSPACED_CHARS_PER_WORD = 3;

/** At least `n` words (n ≥ 1), or in a script without spaces at least `n` words' worth of characters. */
export function hasWordsAtLeast(line: { readonly text: string; readonly words: number }, n: number): boolean {
  return hasUnspacedScript(line.text) ? line.text.length >= UNSPACED_CHARS_PER_WORD * n : wordsUpTo(line, n) >= n;
}

/** At most `n` words (n ≥ 1), or in a script without spaces at most `n` words' worth of characters. */
export function hasWordsAtMost(line: { readonly text: string; readonly words: number }, n: number): boolean {
  return hasUnspacedScript(line.text) ? line.text.length <= UNSPACED_CHARS_PER_WORD * n : wordsUpTo(line, n) <= n;
}

/**
 * A paragraph of the story: a line ending a sentence (`endsSentence`, which knows the scripts that end one
 * with their own stop or none) of `minWords` words or more, counted in characters in a script written
 * without spaces, where a spaced "word" is a clause: a Thai or Khmer paragraph of three clauses is no
 * three-word label. The one test for the rules that find the story by its paragraphs (story-end,
 * closing-sections, wire-signoff, bylines, `paragraphsAbove`); a line of enough spaced words is one as before.
 */
export function isSentenceParagraph(line: { readonly text: string; readonly words: number }, minWords: number): boolean {
  if (!endsSentence(line.text)) return false;
  // The spaced count first: it answers for most lines without reading the script.
  return wordsUpTo(line, minWords) >= minWords || (line.text.length >= UNSPACED_CHARS_PER_WORD * minWords && hasUnspacedScript(line.text));
}
