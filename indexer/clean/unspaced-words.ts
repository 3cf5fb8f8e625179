/**
 * Words of scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
 * Myanmar): split on spaces and punctuation, a whole Chinese clause or Thai phrase is one "word",
 * so a headline and the paragraph under it never share one and every rule that asks "is this line
 * about the text?" answers no. `Intl.Segmenter` (ICU's dictionaries, built into Node) finds the
 * words of those scripts whatever locale it is given, so one segmenter serves them all.
 */

/** A letter of a script written without spaces. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Made on first use: most pages are in spaced scripts and never need it. */
let segmenter: Intl.Segmenter | null = null;
const wordSegmenter = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' }));

/** Whether the text has any letter of a script written without spaces (the cheap test before segmenting). */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED.test(text);
}

/**
 * The dictionary words of a run of letters that holds unspaced script. One-letter words are left
 * out: in these scripts they are particles and function words ("的", "は", "の") far more often
 * than a story's subject, as words under four letters are in the spaced scripts.
 */
export function unspacedWords(run: string): string[] {
  const out: string[] = [];
  for (const s of wordSegmenter().segment(run)) if (s.isWordLike && [...s.segment].length >= 2) out.push(s.segment);
  return out;
}

/** How many dictionary words (of any length) the text has: its word count in a script without spaces. */
export function segmentedWordCount(text: string): number {
  let n = 0;
  for (const s of wordSegmenter().segment(text)) if (s.isWordLike) n++;
  return n;
}
