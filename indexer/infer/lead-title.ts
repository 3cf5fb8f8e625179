/**
 * A title for a page printed without a headline (a store that kept only the story's body): the
 * first sentence of its first paragraph, which names the story better than the file's name. The
 * line stays text; only the title is read from it.
 */
import { stripScraperStamp } from '../clean/title-shapes.ts';
import type { KeptLine, Settled } from '../types.ts';

/** A title longer than this is cut at a word, with an ellipsis: a lead's first sentence can run on. */
const MAX_TITLE_WORDS = 20;
/** Fewer words than this is no sentence to name a story by ("Updated.", a lone name). */
const MIN_TITLE_WORDS = 4;
/**
 * A sentence's end: its mark, then a space and the next sentence's capital or the line's end; or
 * a full stop of a script written without spaces ("。", "！"), which needs neither, or a "!" or "?" set between
 * two of its characters (a page typed with the Latin marks).
 */
const SENTENCE_END =
  /[.!?…]["'”’»)]*(?=\s+["'“‘«„(]?\p{Lu}|\s*$)|[。！？]|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[!?](?=[“「『\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;
/** Characters of a script without spaces that hold as much as a title's fewest words. */
const MIN_UNSPACED_TITLE_CHARS = 8;
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
/** A sentence wholly in brackets ("(Updated with the council's reply.)"): an editor's note, not the story. */
const ASIDE = /^\p{Ps}.*\p{Pe}$/su;
/** Characters of a title in a script without spaces between words, where words cannot be counted. */
const MAX_UNSPACED_CHARS = 60;

export function titleFromLead(kept: readonly KeptLine[]): Settled<string> | null {
  const first = kept.find((l) => l.kind === 'body');
  if (!first) return null;
  const value = firstSentence(stripScraperStamp(first.text).trim());
  return value === null ? null : { value, from: `first sentence of line ${first.line} (no headline found)` };
}

/**
 * The line's first sentence of some length (an abbreviation's full stop, "N.M.", ends none), cut
 * to a title's length; null when the line holds none.
 */
function firstSentence(text: string): string | null {
  // A line with no sentence in it (a run of words, a list) names nothing: the file's name stays.
  // A sentence wholly in brackets is a note on the story, not its lead: the next one is read instead.
  let sentence: string | null = null;
  let start = 0;
  for (const end of text.matchAll(SENTENCE_END)) {
    const candidate = text.slice(start, end.index + end[0].length).trim();
    if (ASIDE.test(candidate)) {
      start = end.index + end[0].length;
      continue;
    }
    // A Chinese or Japanese sentence has few spaces to count ("…医院发喜报 医疗价值引争议!"): its characters are counted.
    const unspacedChars = (candidate.match(UNSPACED_CHAR) ?? []).length;
    if (wordsOf(candidate).length >= MIN_TITLE_WORDS || isUnspaced(candidate) || unspacedChars >= MIN_UNSPACED_TITLE_CHARS) {
      sentence = candidate;
      break;
    }
  }
  if (sentence === null) return null;
  if (isUnspaced(sentence)) return sentence.length > MAX_UNSPACED_CHARS ? `${sentence.slice(0, MAX_UNSPACED_CHARS)}…` : sentence;
  const words = wordsOf(sentence);
  return words.length > MAX_TITLE_WORDS ? `${words.slice(0, MAX_TITLE_WORDS).join(' ')} …` : words.join(' ');
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Mostly one run of letters without spaces (Chinese, Japanese, Thai): words are not spaced. */
function isUnspaced(text: string): boolean {
  return text.length >= (2 * MAX_UNSPACED_CHARS) / 3 && text.length / wordsOf(text).length > 12;
}
