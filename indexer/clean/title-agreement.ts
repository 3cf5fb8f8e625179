/**
 * Whether a headline candidate is about the story below it: a headline shares words with the
 * article's opening paragraphs ("Council approves ferry budget" over "The council approved…");
 * a site banner, an age or cookie gate, a webmail chooser, "Connect with us" or a section name
 * shares none. Words are compared by their first five letters, so inflection ("ferries",
 * "ferry"; "Kyselyyn", "Kyselyn") and most compounds' heads still meet across languages; stop
 * words of any language the cleaner knows are left out, so "with" or "dla" count for nothing.
 * Scripts written without spaces are cut into their dictionary words first (unspaced-words.ts).
 */
import { stopWordCount } from './stopwords.ts';
import { hasUnspacedScript, unspacedWords } from './unspaced-words.ts';

/** Letters a word is compared by. */
const STEM = 5;
/** Words shorter than this are function words or abbreviations more often than the story's subject. */
const MIN_LETTERS = 4;

/** The comparable stems of a line's content words. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const w = m[0];
    if (hasUnspacedScript(w)) {
      // A run of Chinese, Japanese or Thai is a clause, not a word: compare its dictionary words whole.
      for (const u of unspacedWords(w)) out.add(u);
      continue;
    }
    if (w.length < MIN_LETTERS || /^\d+$/.test(w) || stopWordCount(w, 0, 1) > 0) continue;
    out.add(w.slice(0, STEM));
  }
  return out;
}

/** How a candidate's words meet the text below it: its content words, and how many of them the text has. */
export function agreement(candidate: string, lead: ReadonlySet<string>): { words: number; shared: number } {
  const stems = contentStems(candidate);
  let shared = 0;
  for (const s of stems) if (lead.has(s)) shared++;
  return { words: stems.size, shared };
}
