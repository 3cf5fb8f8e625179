/**
 * Ranking, the third step of a search: the rows of one page, by relevance (buckets of match
 * quality, bm25 within each) or by date. Everything a ranking reads comes in as one `RankInput`.
 */
import type { Counted } from './count.ts';
import type { QueryPlan } from './plan.ts';
import type { Postings } from './match-cache.ts';
import type { Snapshot } from './snapshot.ts';
import type { Workspace } from './workspace.ts';

/** See fillBuckets. */
const DEEP_SHARE = 16;
/** Filtered rows ranked on their own up to this many (Postings.rankedAmong); more walk the whole order. */
const AMONG_MAX_ROWS = 20_000;

/**
 * A bucket key: fewer missing units first, then fewer variants, then (all units present) words
 * close together, then body paragraphs before brief ones; bm25 orders each bucket.
 */
const bucketKey = (missing: number, cost: number, far: number, brief: number): number => ((missing * 256 + cost) * 2 + far) * 2 + brief;
const missingOf = (key: number): number => key >>> 10;
const costOf = (key: number): number => (key >>> 2) & 255;

/** What ranking one search needs: its step results so far, passed explicitly (no shared state). */
export interface RankInput {
  postings: Postings;
  snap: Snapshot;
  ws: Workspace;
  plan: QueryPlan;
  /** The matches to rank (counted ones, then loose ones when listed), filtered. */
  counted: Counted;
  /** Rows matched before filters (FTS5's order holds this many). */
  matchCount: number;
  grouped: boolean;
  offset: number;
  perPage: number;
  /** From matching (match.ts `Scored`). */
  uniform: boolean;
  touchedCount: number;
  /** Whether `ws.nearMarks` says which rows have their words close together. */
  near: boolean;
}

/** A ranked page: its rows, and how many leading rows any smaller request would get too. */
export interface RankedRows {
  rows: number[];
  stable: number;
  /**
   * How many leading rows (from the first, not the offset) lie in the first bucket: a request for
   * no more than these ranks them by that bucket's expression alone, so they are all stable.
   */
  firstBucket: number;
}

/**
 * One page in this order: paragraphs with more leading units first, then fewer variants, then
 * words close together, then substance (a heading or a short line after a body paragraph), then
 * bm25. The bucket sizes are known from the units and costs, so only the buckets the page falls
 * into are filled, from one walk over FTS5's bm25 order that stops once they are full. Grouped,
 * an article sits in the bucket of its best paragraph and is shown by the first such paragraph
 * in bm25 order.
 */
export function byRelevance(input: RankInput): RankedRows {
  const keyOf = bucketKeyOf(input);
  const head = firstBucketHead(input, keyOf);
  if (head !== null) return head;
  const bucketSizes = bucketSizesOf(input, keyOf);
  const keys = [...bucketSizes.keys()].sort((a, b) => a - b);
  const want = input.offset + input.perPage;
  const quota = new Map<number, number>();
  let covered = 0;
  for (const key of keys) {
    if (covered >= want) break;
    const size = bucketSizes.get(key)!;
    quota.set(key, Math.min(size, want - covered));
    covered += size;
  }
  const expr = rankingMatch(input.plan, [...quota.keys()]);
  const buckets = fillBuckets(input, keyOf, quota, Math.min(want, covered), expr);
  const out: number[] = [];
  for (const key of quota.keys()) out.push(...buckets.get(key)!);
  if (input.grouped || keys.length === 0) return { rows: out.slice(input.offset), stable: 0, firstBucket: 0 };
  // A smaller request within the first bucket ranks by that key's expression alone and gets a
  // prefix of these rows only if this page was ranked by the same one: a later bucket's variant
  // adds its phrases to bm25 ("un" OR "united nations"), which reorders the first bucket too.
  const first = Math.min(want, bucketSizes.get(keys[0]!)!);
  return { rows: out.slice(input.offset), stable: expr === rankingMatch(input.plan, [keys[0]!]) ? first : 0, firstBucket: first };
}

/** Whether nothing was filtered out or excluded: every ranked row is then a match. */
const isUnfiltered = (input: RankInput): boolean => input.counted.filtered.length === input.matchCount && input.plan.exclude === null;

/** Each row's bucket key (see bucketKey), from the units and costs matching recorded. */
function bucketKeyOf(input: RankInput): (r: number) => number {
  const { ws, snap, uniform, near } = input;
  const units = input.plan.units.length;
  // Uniform (see match.ts scoreUnits): a row without units recorded has every unit as written.
  const exact = uniform && input.touchedCount === 0;
  const { brief } = snap;
  const nearMarks = near ? ws.nearMarks : null;
  if (exact) return (r) => bucketKey(0, 0, nearMarks !== null && nearMarks[r] === 0 ? 1 : 0, brief[r]!);
  const { matchedUnits, costs } = ws;
  return (r) => {
    const asWritten = uniform && matchedUnits[r] === 0;
    const missing = asWritten ? 0 : units - matchedUnits[r]!;
    const cost = asWritten ? 0 : costs[r]!;
    return bucketKey(missing, cost, nearMarks !== null && missing === 0 && nearMarks[r] === 0 ? 1 : 0, brief[r]!);
  };
}

/**
 * Nothing filtered out or excluded, one hit per paragraph, one unit: the first bucket is the
 * body paragraphs with the words as written, in the bm25 order of those forms. When they fill
 * the page it is read from the head of that order, skipping brief lines; else null.
 */
function firstBucketHead(input: RankInput, keyOf: (r: number) => number): RankedRows | null {
  if (input.grouped || !input.uniform || !isUnfiltered(input)) return null;
  const want = input.offset + input.perPage;
  const page: number[] = [];
  for (const r of input.postings.ranked(rankingMatch(input.plan, [0]), input.matchCount - input.touchedCount)) {
    if (r >= input.snap.size || keyOf(r) !== 0) continue;
    page.push(r);
    // All in the first bucket, walked in one order: a smaller request gets a prefix of these.
    if (page.length === want) return { rows: page.slice(input.offset), stable: want, firstBucket: want };
  }
  return null;
}

/** How many rows (articles, grouped) each bucket holds; grouped, `ws.articleBest` keeps each article's best key + 1. */
function bucketSizesOf(input: RankInput, keyOf: (r: number) => number): Map<number, number> {
  const { filtered, articles } = input.counted;
  const bucketSizes = new Map<number, number>();
  if (input.grouped) {
    const best = input.ws.articleBest;
    const { articleOf } = input.snap;
    for (let i = 0; i < filtered.length; i++) {
      const r = filtered[i]!;
      const key = keyOf(r) + 1;
      const a = articleOf[r]!;
      if (best[a] === 0 || key < best[a]!) best[a] = key;
    }
    for (const a of articles) bucketSizes.set(best[a]! - 1, (bucketSizes.get(best[a]! - 1) ?? 0) + 1);
    return bucketSizes;
  }
  // Keys are small (see bucketKey): count them in an array, not a Map, per match.
  const counts = new Uint32Array(bucketKey(input.plan.units.length + 1, 0, 0, 0));
  for (let i = 0; i < filtered.length; i++) counts[keyOf(filtered[i]!)]!++;
  for (let key = 0; key < counts.length; key++) if (counts[key]! > 0) bucketSizes.set(key, counts[key]!);
  return bucketSizes;
}

/** The buckets the page needs, each filled to its quota from one walk over the bm25 order of `expr` (rankingMatch of them). */
function fillBuckets(
  input: RankInput,
  keyOf: (r: number) => number,
  quota: Map<number, number>,
  wanted: number,
  expr: string,
): Map<number, number[]> {
  const { postings, snap, ws, counted, matchCount, grouped } = input;
  const { filtered } = counted;
  const buckets = new Map<number, number[]>([...quota.keys()].map((k) => [k, []]));
  let missing = wanted;
  // Unfiltered, no mark is needed: a ranked row that is no match cannot land in a bucket. One
  // unit: every row of its classes is a match. Several: a row without the first unit has
  // matchedUnits 0, whose key (units · 256) is above every bucket's.
  const check = !isUnfiltered(input);
  const marks = check ? ws.rowidMarks : null;
  if (marks !== null) for (const r of filtered) marks[r] = 1;
  const best = grouped ? ws.articleBest : null;
  const seen = grouped ? ws.articleSeen : null;
  // Fewer than one match in DEEP_SHARE passes the filters: the page lies deep in the ranking.
  const narrow = filtered.length * DEEP_SHARE < matchCount;
  const deep = narrow || (input.offset + input.perPage) * DEEP_SHARE > 16_384;
  // A narrow filter's few rows are ranked alone, unless the whole order is at hand already.
  const order =
    narrow && filtered.length <= AMONG_MAX_ROWS && !postings.hasWholeRanking(expr)
      ? postings.rankedAmong(expr, filtered)
      : postings.ranked(expr, matchCount, deep);
  for (const r of order) {
    if (r >= snap.size || (marks !== null && marks[r] !== 1)) continue;
    const key = keyOf(r);
    const bucket = buckets.get(key);
    if (bucket === undefined || bucket.length >= quota.get(key)!) continue;
    if (best !== null && seen !== null) {
      const a = snap.articleOf[r]!;
      if (a === 0 || best[a] !== key + 1 || seen[a] === 1) continue;
      seen[a] = 1;
    }
    bucket.push(r);
    if (--missing === 0) break;
  }
  if (marks !== null) for (const r of filtered) marks[r] = 0;
  return buckets;
}

/**
 * The narrowest expression that still matches every paragraph of the buckets the page needs, so
 * FTS5 does not bm25-rank thousands of variant matches for a page that only shows the words as
 * written. bm25 then scores with the phrases those paragraphs matched.
 */
export function rankingMatch(plan: QueryPlan, keys: number[]): string {
  const units = plan.units;
  if (keys.every((k) => missingOf(k) === 0 && costOf(k) === 0)) return units.map((u) => `(${u.classes[0]!.match})`).join(' AND ');
  if (units.length === 1) {
    // One unit: a bucket's cost is that of the class the paragraph matched.
    const costs = new Set(keys.map(costOf));
    const classes = units[0]!.classes.filter((c) => costs.has(c.cost));
    if (classes.length > 0) return classes.map((c) => `(${c.match})`).join(' OR ');
  }
  return plan.anyUnit!;
}

/**
 * The first `want` hits in date order. Few matches: sort them by their precomputed rank. Many:
 * walk the global date order and pick the matches, which stops as soon as the page is full.
 */
export function byDate(snap: Snapshot, ws: Workspace, oldest: boolean, filtered: Uint32Array, grouped: boolean, want: number): number[] {
  const { order, rank } = snap.dateOrder(oldest);
  const seen = grouped ? new Set<number>() : null;
  const keep = (r: number): boolean => {
    if (seen === null) return true;
    const a = snap.articleOf[r]!;
    if (seen.has(a)) return false;
    seen.add(a);
    return true;
  };
  const out: number[] = [];
  if (filtered.length * 16 < order.length) {
    const ranks = new Uint32Array(filtered.length);
    for (let i = 0; i < filtered.length; i++) ranks[i] = rank[filtered[i]!]!;
    ranks.sort();
    for (let i = 0; i < ranks.length && out.length < want; i++) {
      const r = order[ranks[i]!]!;
      if (keep(r)) out.push(r);
    }
    return out;
  }
  const marks = ws.rowidMarks;
  for (const r of filtered) marks[r] = 1;
  for (let i = 0; i < order.length && out.length < want; i++) {
    const r = order[i]!;
    if (marks[r] === 1 && keep(r)) out.push(r);
  }
  for (const r of filtered) marks[r] = 0;
  return out;
}
