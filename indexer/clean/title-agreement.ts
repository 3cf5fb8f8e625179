/**
 * Whether a headline candidate is about the story below it: a headline shares words with the
 * article's opening paragraphs ("Council approves ferry budget" over "The council approved…");
 * a site banner, an age or cookie gate, a webmail chooser, "Connect with us" or a section name
 * shares none. Words are compared by their first five letters, so inflection ("ferries",
 * "ferry"; "Kyselyyn", "Kyselyn") and most compounds' heads still meet across languages; stop
 * words of any language the cleaner knows are left out, so "with" or "dla" count for nothing.
 * Scripts written without spaces are cut into their dictionary words first (unspaced-words.ts).
 * Letters are compared without their accents and in one case form (`foldedStem`): a headline in
 * capitals drops them ("ΔΗΜΟΤΙΚΟ ΣΥΜΒΟΥΛΙΟ" over "Δημοτικό Συμβούλιο", "ETAT" over "État").
 */
import { asciiLettered } from '../infer/capital-spelling.ts';
import { eachAsciiWord } from './ascii-words.ts';
import { isStopWordAt, stopWordCount } from './stopwords.ts';
import { hasUnspacedScript, unspacedWords } from './unspaced-words.ts';

/** Letters a word is compared by (its stem): inflected forms of one word meet. */
export const STEM_LETTERS = 5;
/** Words shorter than this are function words or abbreviations more often than the story's subject. */
const MIN_LETTERS = 4;

/**
 * Arabic and Hebrew write a conjunction, a preposition or the article as one letter glued to the
 * word (و ب ل ف; ו ה ב ל מ ש): "and the police" and "police" differ in their first letter, so such
 * a word is also compared without it.
 */
const GLUED_PROCLITICS = /[\p{Script=Hebrew}\p{Script=Arabic}]/u;

/** Each content word of a line as the stems it may be compared by: its first, and without a glued letter. */
function wordStems(text: string): string[][] {
  const lower = text.toLowerCase();
  // Its words are those of ASCII text (curly quotes, dashes and signs aside): read in place.
  if (asciiLettered(lower)) return asciiWordStems(lower);
  const out: string[][] = [];
  // Each word is a piece of the line: a script the line lacks is in none of its words, so a
  // paragraph in a Latin script pays two Unicode script tests once, not per word.
  const unspaced = hasUnspacedScript(lower);
  const proclitics = GLUED_PROCLITICS.test(lower);
  for (const m of lower.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const w = m[0];
    if (unspaced && hasUnspacedScript(w)) {
      // A run of Chinese, Japanese or Thai is a clause, not a word: compare its dictionary words whole.
      for (const u of unspacedWords(w)) out.push([u]);
      continue;
    }
    if (w.length < MIN_LETTERS || /^\d+$/.test(w) || stopWordCount(w, 0, 1) > 0) continue;
    const stems = [foldedStem(w)];
    if (proclitics && w.length > MIN_LETTERS && GLUED_PROCLITICS.test(w)) stems.push(w.slice(1, STEM_LETTERS + 1));
    out.push(stems);
  }
  return out;
}

/** Combining accents (the block NFD splits Latin, Greek and Cyrillic letters' accents into). */
const COMBINING_ACCENTS = /[\u0300-\u036f]/g;
/**
 * The fold of each Latin, Greek and Cyrillic code unit that is not its own, as words are compared:
 * without its accents, and in the one form lower case has for it where it has two. `toLowerCase`
 * makes Turkish "İ" an "i" with a combining dot, and leaves "ı" (the lower case of "I" in Turkish),
 * "ß" (a German "SS" in capitals) and the Greek final "ς" (a "Σ" in capitals) apart from "i", "ss"
 * and "σ". Built once: a few hundred entries.
 */
const FOLDS: ReadonlyMap<number, string> = (() => {
  const out = new Map<number, string>([
    [0x131, 'i'],
    [0xdf, 'ss'],
    [0x3c2, 'σ'],
  ]);
  for (const [from, to] of [
    [0xc0, 0x4ff],
    [0x1f00, 0x1fff],
  ] as const) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      const folded = ch.normalize('NFD').replace(COMBINING_ACCENTS, '');
      if (folded !== ch && !out.has(c)) out.set(c, folded);
    }
  }
  return out;
})();

/**
 * The first `STEM_LETTERS` letters of a lower-cased word, folded (`FOLDS`): a headline in capitals
 * has no accents ("ΑΥΓΟΥΣΤΟΥ" for "Αυγούστου", "ECOLE" for "École") and Turkish capitals lower-case
 * to other letters than the text's ("CANLI" is "canlı", "MECLİS" is "meclis"). Scripts other than
 * Latin, Greek and Cyrillic are left as they are: their marks are letters' parts, not accents.
 */
export function foldedStem(word: string): string {
  // Most words have nothing to fold in their first letters: then the stem is the word's first letters.
  const n = Math.min(word.length, STEM_LETTERS);
  let k = 0;
  while (k < n) {
    const c = word.charCodeAt(k);
    if (c >= 0xc0 && FOLDS.has(c)) break;
    k++;
  }
  if (k === n) return word.slice(0, STEM_LETTERS);
  let out = word.slice(0, k);
  for (let i = k; i < word.length && out.length < STEM_LETTERS; i++) {
    const c = word.charCodeAt(i);
    out += (c >= 0xc0 ? FOLDS.get(c) : undefined) ?? word[i]!;
  }
  return out.slice(0, STEM_LETTERS);
}

/** `wordStems` of a lower-cased line whose words are ASCII (`asciiLettered`; `eachAsciiWord`: no string per word but the stems kept). */
function asciiWordStems(lower: string): string[][] {
  const out: string[][] = [];
  eachAsciiWord(lower, (start, end, digits) => {
    if (end - start >= MIN_LETTERS && !digits && !isStopWordAt(lower, start, end))
      out.push([lower.slice(start, Math.min(end, start + STEM_LETTERS))]);
  });
  return out;
}

/** The comparable stems of a line's content words (every form each may be compared by). */
export function contentStems(text: string): Set<string> {
  return addContentStems(text, new Set<string>());
}

/**
 * Adds `contentStems(text)` to `into`, in its order, and returns it: a story's words gathered
 * from several lines need no set per line (18perf13).
 */
export function addContentStems(text: string, into: Set<string>): Set<string> {
  someStem(text, (s) => {
    into.add(s);
    return false;
  });
  return into;
}

/** Whether one of `contentStems(text)` is in `stems`, read until the first that is. */
export function sharesContentStem(text: string, stems: ReadonlySet<string>): boolean {
  return someStem(text, (s) => stems.has(s));
}

/**
 * Calls `visit` with the stems of the line's content words in `wordStems`' order, each word's
 * forms in turn, until it returns true; whether it did. A line whose words are ASCII (`asciiLettered`) is read in place:
 * its stop words are found in any case (stopwords.ts), so only each stem is lower-cased, not the
 * whole line, and no array is made per word (these were a beyond-story pass's allocations, ~4 %
 * of a build's, 18perf13).
 */
function someStem(text: string, visit: (stem: string) => boolean): boolean {
  if (!asciiLettered(text)) {
    for (const stems of wordStems(text)) for (const s of stems) if (visit(s)) return true;
    return false;
  }
  return eachAsciiWord(
    text,
    (start, end, digits) =>
      end - start >= MIN_LETTERS &&
      !digits &&
      !isStopWordAt(text, start, end) &&
      visit(text.slice(start, Math.min(end, start + STEM_LETTERS)).toLowerCase()),
  );
}

/**
 * The stems `agreement` compares a candidate by: each content word's forms, but for a word whose
 * first stem an earlier word has (`agreement` counts that word once, by the earlier word's forms).
 * `agreement(candidate, lead).shared > 0` exactly when one of them is in `lead`.
 */
export function comparedStems(candidate: string): Set<string> {
  const words = new Map<string, readonly string[]>();
  for (const stems of wordStems(candidate)) if (!words.has(stems[0]!)) words.set(stems[0]!, stems);
  const out = new Set<string>();
  for (const stems of words.values()) for (const s of stems) out.add(s);
  return out;
}

/** How a candidate's words meet the text below it: its content words, and how many of them the text has. */
export function agreement(candidate: string, lead: ReadonlySet<string>): { words: number; shared: number } {
  const words = new Map<string, readonly string[]>();
  for (const stems of wordStems(candidate)) if (!words.has(stems[0]!)) words.set(stems[0]!, stems);
  let shared = 0;
  for (const stems of words.values()) if (stems.some((s) => lead.has(s))) shared++;
  return { words: words.size, shared };
}
