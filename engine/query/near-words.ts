/**
 * Which of a sorted word list can be within `budget` typos of a query: one walk over the list
 * with a Damerau (optimal string alignment) table per letter, where neighbouring words share the
 * rows of their common beginning, and a whole run of words sharing a beginning is skipped as soon
 * as no cell of that beginning's row is within the budget (no longer word can come back under it).
 *
 * Why not the library per word: comparing a query with each of the few hundred words of its first
 * letter and length one pair at a time cost ~350 µs a query on a 30,000-word vocabulary, the whole
 * difference between a first-seen typo query and an exact one. This finds the same words in a few
 * tens of µs; the caller still prices each one it finds with `typoCost`/`prefixTypoCost`, so this
 * only decides whom to ask. The recurrence is edit-distance.ts's, shared with those.
 */

import { osaFirstRow, osaRow } from './edit-distance.ts';

/**
 * Indexes into `sorted` (ascending, code-unit order) of the words within `budget` of `query`:
 * whole words, or with `prefix`, words one of whose beginnings (at least one letter) is within it.
 */
export function nearWords(sorted: readonly string[], query: string, budget: number, prefix: boolean): number[] {
  const qn = query.length;
  const out: number[] = [];
  // rows[d][j]: distance between the first d letters of the current word and the first j of the query.
  const rows: Int32Array[] = [osaFirstRow(query)];
  // best[d]: the least distance from the query to a beginning of the word of length 0..d (prefix
  // mode; the caller strips a first letter both share, so length 0 is that letter alone).
  const best: number[] = [qn];
  let previous = '';
  let k = 0;
  while (k < sorted.length) {
    const word = sorted[k]!;
    let shared = 0;
    const limit = Math.min(previous.length, word.length, rows.length - 1);
    while (shared < limit && previous.charCodeAt(shared) === word.charCodeAt(shared)) shared++;

    let stop = -1;
    let all = -1;
    for (let d = shared + 1; d <= word.length; d++) {
      const row = (rows[d] ??= new Int32Array(qn + 1));
      const up = rows[d - 1]!;
      const upUp = d >= 2 ? rows[d - 2]! : null;
      const c = word.charCodeAt(d - 1);
      const cPrev = d >= 2 ? word.charCodeAt(d - 2) : -1;
      const least = osaRow(query, row, up, upUp, d, c, cPrev);
      best[d] = Math.min(best[d - 1] ?? Infinity, row[qn]!);
      if (least > budget) {
        // Longer beginnings only grow the distances: past here only `best` can still qualify.
        if (prefix && best[d]! <= budget) all = d;
        else stop = d;
        break;
      }
    }

    if (stop >= 0 || all >= 0) {
      // Every following word with this beginning shares the verdict.
      const depth = stop >= 0 ? stop : all;
      const stem = word.slice(0, depth);
      const end = runEnd(sorted, stem, k);
      if (all >= 0) for (let i = k; i < end; i++) out.push(i);
      k = end;
      // Rows past `depth - 1` describe this stem only; the next word recomputes from its shared part.
      previous = stem.slice(0, depth - 1);
      continue;
    }
    const cost = prefix ? best[word.length]! : rows[word.length]![qn]!;
    if (cost <= budget) out.push(k);
    previous = word;
    k++;
  }
  return out;
}

/** The first index from `from` on whose word does not start with `stem` (a sorted run's end). */
function runEnd(sorted: readonly string[], stem: string, from: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.startsWith(stem)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
