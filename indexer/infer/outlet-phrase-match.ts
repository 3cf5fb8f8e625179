/**
 * Finding the trade's phrases of outlet-phrases.ts beside a name (issue 18): the phrase that ends
 * right before it ("… she told the"), the reporting verb right after it ("reported"), and whether
 * an address in a sentence is another site quoted ("told Example's website www.example.com").
 * Phrases are looked up by the word next to the name, so a lookup costs a few map reads.
 */
import { isSpace } from '../clean/shape.ts';
import { CITATION_BEFORE_NAME, INTERVIEW_BEFORE_NAME, REPORTING_AFTER_NAME } from './outlet-phrases.ts';

/** What each class of phrase says alone: someone spoke to the newsroom (1.5), its reporting was cited (1). */
const INTERVIEW = 1.5;
const CITATION = 1;

/** A phrase as lower-case words, what it says alone, and which kind of phrase it is. */
export interface Phrase {
  words: readonly string[];
  score: number;
  what: 'interview' | 'citation' | 'reporting';
}
const phrases = (list: readonly string[], score: number, what: Phrase['what']): Phrase[] =>
  list.map((p) => ({ words: p.split(' '), score, what }));
/** Phrases looked up by the word next to the name: those before it by their last word, the verbs after it by their first. */
function byWord(list: readonly Phrase[], last: boolean): Map<string, Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const p of list) {
    const key = last ? p.words.at(-1)! : p.words[0]!;
    map.set(key, [...(map.get(key) ?? []), p]);
  }
  return map;
}
const BEFORE_NAME = byWord(
  [...phrases(INTERVIEW_BEFORE_NAME, INTERVIEW, 'interview'), ...phrases(CITATION_BEFORE_NAME, CITATION, 'citation')],
  true,
);
const AFTER_NAME = byWord(phrases(REPORTING_AFTER_NAME, CITATION, 'reporting'), false);

/** Articles between a phrase and the name ("told the Example", "gegenüber der Beispiel", "told The Example"). */
const ARTICLES = new Set("the dem der den des die das le la les l' el il lo het de".split(' '));
/** Lower-case words of a stretch of text, marks around them aside. */
const words = (text: string) => wordsOfLower(text.toLowerCase());
const wordsOfLower = (lower: string) =>
  lower
    .split(/\s+/u)
    .map(bare)
    .filter((w) => w !== '');
/** Marks before and after a word, left out of `words`. */
const MARKS_BEFORE = /^[(«"“'‘]+/u;
const MARKS_AFTER = /[,;:.!?)»"”'’]+$/u;

/** The last run of characters other than spaces (what `split(/\s+/u)` gives last, blanks aside). */
function lastRun(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** The first run of characters other than spaces. */
function firstRun(text: string): string {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** A run of characters other than spaces as a word ('' when it is marks alone). */
function bare(run: string): string {
  return run.replace(MARKS_BEFORE, '').replace(MARKS_AFTER, '');
}

/** The phrase that ends right before a name ("… she told the"), an article aside. */
export function phraseBefore(stretch: string): { phrase: Phrase; text: string } | null {
  // A phrase before the name ends on a bare word ("told the X", not "told, X").
  if (!/\p{L}\s+$/u.test(stretch)) return null;
  const lower = stretch.toLowerCase();
  // Its last word (`words`' last) opens no phrase and is no article: no phrase ends there, and the
  // stretch's other words are not split (most names in a story are not after a phrase, 18perf13).
  const last = bare(lastRun(lower));
  if (last !== '' && !BEFORE_NAME.has(last) && !ARTICLES.has(last)) return null;
  const w = wordsOfLower(lower);
  if (ARTICLES.has(w.at(-1)!) && !BEFORE_NAME.has(w.at(-1)!)) w.pop();
  for (const phrase of BEFORE_NAME.get(w.at(-1) ?? '') ?? []) {
    const from = w.length - phrase.words.length;
    if (from >= 0 && phrase.words.every((p, i) => w[from + i] === p)) return { phrase, text: phrase.words.join(' ') };
  }
  return null;
}

/** The reporting verb right after a name ("X reported", "X a révélé"). */
export function phraseAfter(stretch: string): Phrase | null {
  if (!/^\s+\p{L}/u.test(stretch)) return null;
  const lower = stretch.toLowerCase();
  // Its first word (`words`' first) opens no verb: the rest is not split (as in `phraseBefore`).
  const first = bare(firstRun(lower));
  if (first !== '' && !AFTER_NAME.has(first)) return null;
  const w = wordsOfLower(lower);
  for (const phrase of AFTER_NAME.get(w[0] ?? '') ?? []) if (phrase.words.every((p, i) => w[i] === p)) return phrase;
  return null;
}

/** How many words may stand between a phrase and an address it quotes ("told Example's website www.example.com"). */
const QUOTED_WITHIN = 3;

/** Whether a stretch of a sentence before an address ends with a phrase and a few words: the address is a source quoted. */
export function quotedBefore(stretch: string): boolean {
  const w = words(stretch);
  for (let cut = 0; cut <= QUOTED_WITHIN && cut < w.length; cut++) {
    const end = w.length - cut;
    for (const phrase of BEFORE_NAME.get(w[end - 1]!) ?? []) {
      const from = end - phrase.words.length;
      if (from >= 0 && phrase.words.every((p, i) => w[from + i] === p)) return true;
    }
  }
  return false;
}
