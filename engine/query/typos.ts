/**
 * Typo rules, as Meilisearch applies them (https://www.meilisearch.com/docs/learn/relevancy/typo_tolerance_calculations):
 * no typo under 5 letters, 1 from 5, 2 from 9; a typo on the first letter counts as two; edits are
 * Damerau–Levenshtein (a swap of two neighbours is one typo). Both backends share these numbers:
 * Meilisearch applies them itself, the embedded engine through `typoCost` over its vocabulary.
 */
import { osaDistance } from './edit-distance.ts';

export const ONE_TYPO_FROM = 5;
export const TWO_TYPOS_FROM = 9;

/** Typos a query word of this many characters may contain. */
export function typoBudget(word: string): number {
  const n = [...word].length;
  return n >= TWO_TYPOS_FROM ? 2 : n >= ONE_TYPO_FROM ? 1 : 0;
}

/**
 * A word's first code point and the rest of it: the first letter is where the typo rules differ
 * (an edit there costs two). Empty words give NaN and "".
 */
export function splitFirst(word: string): [first: number, rest: string] {
  const first = word.codePointAt(0) ?? NaN;
  return [first, word.slice(first > 0xffff ? 2 : 1)];
}

/**
 * The typo count of reading `word` as `query`, or Infinity when it exceeds `budget`. The first
 * letter is compared separately: when it differs, the edit there costs two.
 */
export function typoCost(query: string, word: string, budget: number): number {
  if (query === word) return 0;
  if (budget <= 0) return Infinity;
  const [q0, qRest] = splitFirst(query);
  const [w0, wRest] = splitFirst(word);
  let cost: number;
  if (q0 === w0) cost = osaDistance(qRest, wRest, budget);
  else {
    if (budget < 2) return Infinity;
    // The first-letter edit (substitution, or a letter missing or added in front) leaves nothing
    // for the rest: two is the whole budget.
    cost = qRest === wRest || query === wRest || qRest === word ? 2 : Infinity;
  }
  return cost <= budget ? cost : Infinity;
}

/**
 * The typo count of reading some beginning of `word` as the prefix `query` (the query's last word
 * while it is being typed), or Infinity beyond `budget`.
 */
export function prefixTypoCost(query: string, word: string, budget: number): number {
  if (word.startsWith(query)) return 0;
  if (budget <= 0) return Infinity;
  const qn = query.length;
  // A beginning of `word` within `budget` of `query` is at most `budget` letters longer or shorter
  // than `query`, so the same-length beginning is within 2 · budget: one bounded comparison rules
  // out almost every word before the comparisons of each length.
  if (osaDistance(query, word.slice(0, qn), 2 * budget) > 2 * budget) return Infinity;
  let best = Infinity;
  for (let len = Math.max(1, qn - budget); len <= Math.min(word.length, qn + budget); len++) {
    const c = typoCost(query, word.slice(0, len), budget);
    if (c < best) best = c;
    if (best === 1) break;
  }
  return best;
}
