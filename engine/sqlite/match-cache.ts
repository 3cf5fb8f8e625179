/**
 * Matching rowids and bm25 order for an FTS5 expression, as cheaply as SQLite allows, with the
 * expensive answers kept for the life of one snapshot (so a write or a new generation drops them).
 *
 * Measured at 1,000,000 BBC paragraphs (2-core VM), a word in 40% of them ("said"):
 * - stepping 394k rows through better-sqlite3: 70-140 ms; one `group_concat(rowid)` row parsed in
 *   JS: ~40 ms (`count(*)` alone is 16 ms: the rest is FTS5's own doclist walk);
 * - `ORDER BY rank` ranks every match before the first row: ~200 ms, whatever the LIMIT.
 * Common words recur in query after query (and in every page, filter and grouping of one query),
 * so the sorted match set of a big expression and the head of its bm25 order are cached: only
 * the first query that needs them pays. Small expressions are cheap to ask again and are not kept.
 */
import { type CacheGuard, GuardedCache } from './guarded-cache.ts';
import type { Statements } from './open-generation.ts';

/**
 * Match sets smaller than this are fetched again each time unless fetching them was slow: most
 * cost a few microseconds, but a phrase of two common words can walk two huge doclists for a
 * handful of rows ("t he", the split reading of "the": 505 rows, 10 ms at 1M paragraphs).
 */
export const CACHE_MIN_ROWS = 1_000;
const CACHE_MIN_MS = 1;
/**
 * Memory for cached match sets. A set denser than one rowid in 32 is kept as a bitmap over the
 * rowids (1M paragraphs: 125 KB whatever the count, where "the" as a rowid array is 3.5 MB), so
 * the sets a whole query mix needs fit: at 1M paragraphs the bench mix touches 38 MB of rowid
 * arrays, which an LRU of 32 MB walked in a cycle turned into a miss every time (~11 ms each for
 * "said"). Each search worker has its own, and queries are spread over the workers by their text.
 */
export const MATCH_CACHE_BYTES = 16 * 2 ** 20;
/** The head of a bm25 order kept per expression: deep pages and narrow filters walk further. */
const RANKED_HEAD = 16_384;
const RANKED_CACHE_ENTRIES = 1_024;
/** Memory for cached rankings, heads and whole orders together. */
const RANKED_CACHE_BYTES = 16 * 2 ** 20;
/** A whole bm25 order is kept only up to this size ('the' at 1M paragraphs is ~3.5 MB). */
const FULL_ORDER_MAX_BYTES = 4 * 2 ** 20;
/**
 * Rankings of fewer matches than this are cheap to repeat. FTS5 ranks ~1,300 rows a millisecond
 * (2,000 matches: 1.5 ms for the first 20, at 200k paragraphs), but a typo-expanded expression
 * costs ~0.25 ms to compile and rank even at 100 matches ("truce" with its corrections, BBC
 * corpus), which is a fifth of the whole search: a head of that size costs a few hundred bytes.
 */
const RANK_CACHE_MIN_ROWS = 64;

/** Rankings of filtered rows kept, and the memory they may take together. */
const AMONG_CACHE_ENTRIES = 512;
const AMONG_CACHE_BYTES = 4 * 2 ** 20;

interface AmongEntry {
  rowids: Uint32Array;
  order: Uint32Array;
}

interface RankedEntry {
  /** The first rowids in `ORDER BY rank, rowid` order. */
  head: Uint32Array;
  /** Whether `head` is the whole order. */
  complete: boolean;
}

export class Postings {
  private readonly matchCache: GuardedCache<CompactSet>;
  private readonly rankedCache: GuardedCache<RankedEntry>;
  private readonly amongCache: GuardedCache<AmongEntry>;

  constructor(
    private readonly st: Statements,
    guard: CacheGuard,
  ) {
    this.matchCache = new GuardedCache({
      guard,
      maxSize: MATCH_CACHE_BYTES,
      maxEntrySize: MATCH_CACHE_BYTES / 4,
      sizeOf: (set) => set.byteLength,
    });
    this.rankedCache = new GuardedCache({
      guard,
      max: RANKED_CACHE_ENTRIES,
      maxSize: RANKED_CACHE_BYTES,
      sizeOf: (entry) => entry.head.byteLength,
    });
    this.amongCache = new GuardedCache({
      guard,
      max: AMONG_CACHE_ENTRIES,
      maxSize: AMONG_CACHE_BYTES,
      sizeOf: (entry) => entry.rowids.byteLength + entry.order.byteLength,
    });
  }

  /** Bytes each cache holds, in its main LRU and on probation (guarded-cache.ts). */
  held(): Record<'matchSets' | 'rankings' | 'filteredRankings', { main: number; probation: number }> {
    return { matchSets: this.matchCache.held, rankings: this.rankedCache.held, filteredRankings: this.amongCache.held };
  }

  /** Every rowid the expression matches, ascending. Callers must not modify the array. */
  matches(expr: string): Uint32Array {
    const cached = this.matchCache.get(expr);
    if (cached !== undefined) return expand(cached);
    const started = performance.now();
    const rowids = parseRowids(this.st.matchRowidList.get(expr) as string | null);
    if (rowids.length >= CACHE_MIN_ROWS || performance.now() - started >= CACHE_MIN_MS) this.matchCache.set(expr, compact(rowids));
    return rowids;
  }

  /**
   * Fetch the whole bm25 order of `rankExpr` in one FTS5 pass and keep it both as that ranking and,
   * sorted, as the match set of `setExpr` (which must match the same rows): where `matches()` and
   * `ranked()` would each walk the doclists. For preparing answers (prepare.ts), which needs both
   * of every query it prepares, up to a million matches.
   */
  primeWhole(rankExpr: string, setExpr: string): void {
    const order = parseRowids(this.st.rankedRowidList.get(rankExpr) as string | null, false);
    if (order.byteLength <= FULL_ORDER_MAX_BYTES) this.rankedCache.set(rankExpr, { head: order, complete: true });
    this.matchCache.set(setExpr, compact(order.slice().sort()));
  }

  /** Whether the whole bm25 order of `expr` is at hand, so walking all of it costs no ranking. */
  hasWholeRanking(expr: string): boolean {
    return this.rankedCache.peek(expr)?.complete === true;
  }

  /**
   * Those of `rowids` (ascending) that match `expr`, in bm25 order, ties by rowid: for a narrow
   * filter, whose few matches would otherwise be picked out of the whole ranking. At 1M
   * paragraphs, "said" in one year and outlet (311 of 394k matches): ~50 ms, where ranking every
   * match took ~400 ms (and its 1.6 MB order crowded the cache).
   */
  rankedAmong(expr: string, rowids: Uint32Array): Uint32Array {
    const key = `${expr}\u0000${rowids.length}\u0000${fingerprint(rowids)}`;
    const cached = this.amongCache.get(key);
    if (cached !== undefined && equal(cached.rowids, rowids)) return cached.order;
    const rows = this.st.scoresAmong.all(expr, JSON.stringify(Array.from(rowids))) as Array<[number, number]>;
    rows.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    const order = Uint32Array.from(rows, (row) => row[0]);
    this.amongCache.set(key, { rowids: rowids.slice(), order });
    return order;
  }

  /**
   * The expression's matches in bm25 order (ties by rowid), lazily: stop iterating as soon as you
   * have enough. The head of a large ranking is remembered for the next caller; `deep` says the
   * caller expects to read far past that head (it keeps only a small share of the matches).
   */
  *ranked(expr: string, matchCount: number, deep = false): Generator<number, void, undefined> {
    const entry = this.rankedCache.get(expr);
    if (entry !== undefined) {
      yield* entry.head;
      if (entry.complete) return;
    }
    if (entry !== undefined || (deep && matchCount >= RANK_CACHE_MIN_ROWS)) {
      // Past the cached head (a narrow filter, a deep page), or about to be: FTS5 ranks every
      // match again either way, so take the whole order in one row and keep it; the next such
      // walk is array reads.
      const order = parseRowids(this.st.rankedRowidList.get(expr) as string | null, false);
      const from = entry?.head.length ?? 0;
      if (order.byteLength <= FULL_ORDER_MAX_BYTES) this.rankedCache.set(expr, { head: order, complete: true });
      for (let i = from; i < order.length; i++) yield order[i]!;
      return;
    }
    const rows = this.st.rankedRowids.iterate(expr) as IterableIterator<number>;
    try {
      if (entry === undefined && matchCount >= RANK_CACHE_MIN_ROWS) {
        // FTS5 has ranked everything before the first row: reading the head now is cheap, and
        // the next page, filter or grouping of this query starts from it.
        const head: number[] = [];
        let complete = false;
        while (head.length < RANKED_HEAD) {
          const next = rows.next();
          if (next.done) {
            complete = true;
            break;
          }
          head.push(next.value);
        }
        this.rankedCache.set(expr, { head: Uint32Array.from(head), complete });
        yield* head;
        if (complete) return;
      }
      for (let next = rows.next(); !next.done; next = rows.next()) yield next.value;
    } finally {
      rows.return?.();
    }
  }
}

/** FNV-1a over the values: with the length, a cache key for a rowid set (checked on use). */
function fingerprint(rowids: Uint32Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < rowids.length; i++) h = Math.imul(h ^ rowids[i]!, 0x01000193);
  return h >>> 0;
}

function equal(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** An ascending rowid set as its array, or as a bitmap (bit r of word r >> 5) with its count. */
export type CompactSet = Uint32Array | { bits: Uint32Array; count: number; byteLength: number };

/**
 * The smaller form of an ascending rowid set, for keeping: never a view of a larger buffer. A
 * cache sizes an entry by its `byteLength`, but a view keeps its whole buffer alive: a collapsed
 * set (count.ts `collapse`) is a view of a buffer as long as the uncollapsed matches, on the stress
 * corpus (every article copied many times) tens of times its own size. Counted in a heap snapshot
 * (1M, 1,500 searches of a spike, one worker in-process): 10.0 of 10.5 MB of new array buffers were
 * such views, while the caches counted 0.4 MB.
 */
export function compact(rowids: Uint32Array): CompactSet {
  if (rowids.length === 0) return rowids;
  const words = (rowids[rowids.length - 1]! >>> 5) + 1;
  if (words >= rowids.length) return rowids.byteLength === rowids.buffer.byteLength ? rowids : rowids.slice();
  const bits = new Uint32Array(words);
  for (let i = 0; i < rowids.length; i++) bits[rowids[i]! >>> 5]! |= 1 << (rowids[i]! & 31);
  return { bits, count: rowids.length, byteLength: bits.byteLength };
}

/** The ascending rowids of a compact set. */
export function expand(set: CompactSet): Uint32Array {
  if (set instanceof Uint32Array) return set;
  const { bits, count } = set;
  const out = new Uint32Array(count);
  let n = 0;
  for (let w = 0; w < bits.length; w++) {
    let x = bits[w]!;
    while (x !== 0) {
      const low = x & -x;
      out[n++] = (w << 5) + 31 - Math.clz32(low);
      x ^= low;
    }
  }
  return out;
}

/**
 * "3,17,18" → rowids; null (no match) → empty. A match set (FTS5's rowid order) comes back
 * ascending; a ranking (`ascending` false) in its own order.
 */
export function parseRowids(list: string | null, ascending = true): Uint32Array {
  if (list === null || list.length === 0) return new Uint32Array(0);
  // Every rowid takes at least one digit and a comma.
  const out = new Uint32Array((list.length >> 1) + 1);
  let n = 0;
  let value = 0;
  let sorted = true;
  let previous = -1;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      if (value < previous) sorted = false;
      out[n++] = previous = value;
      value = 0;
    } else {
      value = value * 10 + (c - 48);
    }
  }
  if (value < previous) sorted = false;
  out[n++] = value;
  const rowids = out.slice(0, n);
  return sorted || !ascending ? rowids : rowids.sort();
}
