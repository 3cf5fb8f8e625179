/**
 * Judged queries: a query and the paragraphs a reader would expect it to find, written by reading
 * the texts. `recallAt10` and `reciprocalRank` are the figures `npm run relevance` prints; the
 * tests assert them per query over the seed corpus.
 */

export interface JudgedQuery {
  q: string;
  /** Why this query is in the set: what it checks. */
  why: string;
  /** A hit counts as relevant when this returns true for it (ids are stable, texts are readable). */
  relevant: (hit: { id: string; articleId: string; text: string }) => boolean;
  /** How many relevant hits exist, for recall (relevant hits beyond the first page count too). */
  expected: number;
}

/** Share of the relevant paragraphs found in the first ten hits (capped at ten expected). */
export function recallAt10(hits: Array<{ id: string; articleId: string; text: string }>, judged: JudgedQuery): number {
  const found = hits.slice(0, 10).filter(judged.relevant).length;
  return Math.min(1, found / Math.min(10, judged.expected));
}

/** 1 / rank of the first relevant hit, 0 when none is found. */
export function reciprocalRank(hits: Array<{ id: string; articleId: string; text: string }>, judged: JudgedQuery): number {
  const i = hits.findIndex(judged.relevant);
  return i === -1 ? 0 : 1 / (i + 1);
}

const has = (re: RegExp) => (hit: { text: string }) => re.test(hit.text);

/** Over `corpus/` (the five seed articles), with `corpus/synonyms.yaml` applied. */
export const seedJudgements: JudgedQuery[] = [
  { q: 'Morsi', why: 'variant spelling, synonym group', relevant: has(/\bM[ou]rsi\b/), expected: 4 },
  { q: 'Mursi', why: 'the other spelling finds the same', relevant: has(/\bM[ou]rsi\b/), expected: 4 },
  { q: 'ceasefire', why: 'joined form finds hyphenated and truce', relevant: has(/cease-?fire|truce/i), expected: 20 },
  { q: 'Binyamin Netanyahu', why: 'multi-word synonym', relevant: has(/B[ei][nn]?[jy]amin Netanyahu/), expected: 6 },
  { q: 'Mahmoud Abbas', why: 'multi-word synonym, other outlet spelling', relevant: has(/Mahmo?ud Abbas/), expected: 2 },
  { q: 'Netanyahoo', why: 'one typo in a long word', relevant: has(/Netanyahu/), expected: 20 },
  { q: 'Blinkin', why: 'one typo', relevant: has(/Blinken/), expected: 16 },
  { q: 'ceasef', why: 'prefix of the last word (and, one typo away, "cease")', relevant: has(/cease-?fire/i), expected: 16 },
  { q: '"durable outcome"', why: 'exact phrase', relevant: has(/durable outcome/), expected: 2 },
  { q: 'Hizballah', why: 'transliteration group', relevant: has(/Hezbollah|Hizballah/), expected: 6 },
  { q: 'Izz ad-Din al-Qassam', why: 'long multi-word variant', relevant: has(/Qassam|Kassam/), expected: 1 },
  { q: 'Clinton Netanyahu truce', why: 'all words rank first', relevant: has(/Clinton.*Netanyahu|Netanyahu.*Clinton/), expected: 3 },
  { q: 'Sinwar', why: 'a rare name', relevant: has(/Sinwar/), expected: 7 },
];
