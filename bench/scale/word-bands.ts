/**
 * The words of the BBC source, by how many of its paragraphs hold them: the frequency bands the
 * first-seen workload draws single words from. The bench corpus repeats the source, so a word's
 * share of source paragraphs is (nearly) its share of the indexed ones at any size: at 1M
 * paragraphs, "very common" words match 50,000 or more, rare ones 1,000 or fewer.
 */
import type { SourceArticle } from './corpus.ts';

export type Band = 'very common' | 'common' | 'mid' | 'rare';

/** The least share of paragraphs a band's words appear in; rare is everything below mid. */
export const BAND_FLOORS: ReadonlyArray<[Band, number]> = [
  ['very common', 0.05],
  ['common', 0.01],
  ['mid', 0.001],
  ['rare', 0],
];

export interface SourceWords {
  /** Each paragraph's tokens, lower-cased, in order (letters and digits, as FTS5's unicode61 splits them). */
  paragraphs: string[][];
  /** Paragraphs holding each word. */
  documentFrequency: Map<string, number>;
  /** Words (letters only, two or more) in each band, most frequent first (ties alphabetical). */
  bands: Record<Band, string[]>;
}

/** Lower-cased tokens without accents; punctuation splits them, as it does in the index. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  );
}

/** A token a person would type as a word: letters only, two or more. */
export const isWord = (token: string): boolean => /^[a-z]{2,}$/.test(token);

export function sourceWords(source: readonly SourceArticle[]): SourceWords {
  const paragraphs: string[][] = [];
  const documentFrequency = new Map<string, number>();
  for (const article of source) {
    for (const text of article.paragraphs) {
      const words = wordsOf(text);
      paragraphs.push(words);
      for (const w of new Set(words)) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
    }
  }
  const bands: Record<Band, string[]> = { 'very common': [], common: [], mid: [], rare: [] };
  const ranked = [...documentFrequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [word, df] of ranked) {
    if (!isWord(word)) continue;
    const share = df / paragraphs.length;
    const band = BAND_FLOORS.find(([, floor]) => share >= floor)![0];
    bands[band].push(word);
  }
  return { paragraphs, documentFrequency, bands };
}
