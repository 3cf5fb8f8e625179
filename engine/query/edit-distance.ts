/**
 * The one edit distance of the engine: Damerau in its optimal-string-alignment form (a swap of two
 * neighbouring letters is one edit, as Meilisearch counts typos), computed row by row. `osaRow` is
 * the recurrence; `osaDistance` compares two words with it inside the diagonal band a bounded
 * distance can reach, and `nearWords` (near-words.ts) runs it over a sorted vocabulary sharing rows
 * between neighbouring words. Both stop as soon as every cell of a row is over the caller's bound:
 * longer beginnings can only be further away.
 */

/**
 * Fills `row[from..to]` with the distances between the first `d` letters of a word and each
 * beginning of `query`, from the rows above (`up`: d − 1 letters, `upUp`: d − 2, or null), where
 * `c` is the word's d-th letter and `cPrev` its (d − 1)-th (−1 if none). `row[from - 1]` must hold
 * its value already (set here when `from` is 1). Returns the least of the cells computed.
 */
export function osaRow(
  query: string,
  row: Int32Array,
  up: Int32Array,
  upUp: Int32Array | null,
  d: number,
  c: number,
  cPrev: number,
  from = 1,
  to = query.length,
): number {
  if (from === 1) row[0] = d;
  let least = from === 1 ? d : Number.MAX_SAFE_INTEGER;
  for (let j = from; j <= to; j++) {
    const q = query.charCodeAt(j - 1);
    let v = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (q === c ? 0 : 1));
    if (upUp !== null && j >= 2 && q === cPrev && query.charCodeAt(j - 2) === c && c !== cPrev) v = Math.min(v, upUp[j - 2]! + 1);
    row[j] = v;
    if (v < least) least = v;
  }
  return least;
}

/** The first row: the distance from the empty beginning of a word to each beginning of `query`. */
export function osaFirstRow(query: string, row: Int32Array = new Int32Array(query.length + 1)): Int32Array {
  for (let j = 0; j <= query.length; j++) row[j] = j;
  return row;
}

/**
 * The distance between `a` and `b`, or `max + 1` as soon as it is known to exceed `max` (callers
 * compare against a typo budget, so the size of a miss never matters). Only cells within `max` of
 * the diagonal are computed: any other is over `max` by its length difference alone.
 */
export function osaDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  const over = max + 1;
  const rows = workspace(m + 1);
  osaFirstRow(b, rows[0]);
  rows[1].fill(over, 0, m + 1);
  rows[2].fill(over, 0, m + 1);
  for (let d = 1; d <= n; d++) {
    const row = rows[d % 3]!;
    const from = Math.max(1, d - max);
    const to = Math.min(m, d + max);
    if (from > 1) row[from - 1] = over;
    if (to < m) row[to + 1] = over;
    const least = osaRow(
      b,
      row,
      rows[(d - 1) % 3]!,
      d >= 2 ? rows[(d - 2) % 3]! : null,
      d,
      a.charCodeAt(d - 1),
      d >= 2 ? a.charCodeAt(d - 2) : -1,
      from,
      to,
    );
    if (least > max) return over;
  }
  return Math.min(rows[n % 3]![m]!, over);
}

/**
 * Three rows for `osaDistance`, reused from call to call: it runs for every candidate a typo search
 * prices, and allocating them each time made pricing twice as slow. The function is synchronous and
 * initialises every cell it reads at each call, so nothing carries from one call to the next.
 */
let rowsOf: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];
function workspace(width: number): [Int32Array, Int32Array, Int32Array] {
  if (rowsOf[0].length < width) rowsOf = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  return rowsOf;
}
