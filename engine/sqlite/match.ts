/**
 * Matching, the first step of a search: the paragraphs a planned query matches (FTS5's match
 * sets, exclusions removed) and, with several units or variants, how many leading units each has
 * and at what cost, written into the search's own workspace (workspace.ts).
 */
import type { Postings } from './match-cache.ts';
import { AS_WRITTEN, type QueryPlan } from './plan.ts';
import type { Snapshot } from './snapshot.ts';
import type { Workspace } from './workspace.ts';

/** An empty query, or one of exclusions alone: every paragraph, less the excluded ones. */
export function unitlessMatches(postings: Postings, snap: Snapshot, ws: Workspace, exclude: string | null): Uint32Array {
  return withoutExcluded(postings, snap, ws, snap.allRowids, exclude);
}

/** What matching found: the matches, and whether `ws.matchedUnits`/`ws.costs` need reading. */
export interface Scored {
  /** Ascending rowids, exclusions removed. */
  matches: Uint32Array;
  /** Rows given units and costs in the workspace (0: none, every match has every unit as written). */
  touchedCount: number;
  /** A row without units recorded matched every unit as written. */
  uniform: boolean;
}

/**
 * Meilisearch's `matchingStrategy: "last"`: a paragraph matches when it has the first unit; it then
 * records in `ws.matchedUnits` how many leading units it has (all of them ranks first, then
 * fewer and fewer: words are dropped from the end) and in `ws.costs` how many of them needed a
 * variant. Classes are visited cheapest first, so each unit is credited at the lowest cost the
 * paragraph allows.
 */
export function scoreUnits(postings: Postings, snap: Snapshot, ws: Workspace, plan: QueryPlan): Scored {
  const only = plan.units.length === 1 && plan.units[0]!.classes.length === 1 ? plan.units[0]!.classes[0]! : null;
  if (only !== null && only.cost === AS_WRITTEN) {
    // One unit read one way ("the", a phrase, a rare word): every match has all units as
    // written, so units and costs would say nothing. FTS5's set (ascending) is the answer, less
    // exclusions; at hundreds of thousands of matches this skips three passes over them.
    return { matches: withoutExcluded(postings, snap, ws, postings.matches(only.match), plan.exclude), touchedCount: 0, uniform: true };
  }
  const partial = plan.units.length === 1 ? fewCorrections(postings, snap, ws, plan) : null;
  if (partial !== null) return partial;
  const { size } = snap;
  const { matchedUnits, costs } = ws;
  // Each rowid is touched once, by the first unit: its classes' matches bound the count.
  const firstClasses = plan.units[0]!.classes.map((cls) => postings.matches(cls.match));
  const touched = new Uint32Array(firstClasses.reduce((n, rowids) => n + rowids.length, 0));
  let touchedCount = 0;
  plan.units.forEach((unit, j) => {
    unit.classes.forEach((cls, c) => {
      const rowids = j === 0 ? firstClasses[c]! : postings.matches(cls.match);
      for (let i = 0; i < rowids.length; i++) {
        const r = rowids[i]!;
        if (r >= size || matchedUnits[r] !== j) continue;
        matchedUnits[r] = j + 1;
        costs[r] = Math.min(255, costs[r]! + cls.cost);
        if (j === 0) touched[touchedCount++] = r;
      }
    });
  });
  const marks = ws.rowidMarks;
  const excluded = plan.exclude === null ? new Uint32Array(0) : postings.matches(plan.exclude);
  for (const r of excluded) if (r < size) marks[r] = 1;
  const matches = new Uint32Array(touchedCount);
  let n = 0;
  // One class yields ascending rowids already; several are concatenated and need the sort.
  let sorted = true;
  for (let i = 0; i < touchedCount; i++) {
    const r = touched[i]!;
    if (marks[r] !== 0) continue;
    if (n > 0 && r < matches[n - 1]!) sorted = false;
    matches[n++] = r;
  }
  for (const r of excluded) if (r < size) marks[r] = 0;
  const kept = matches.subarray(0, n);
  if (!sorted) ascending(kept, marks);
  return { matches: kept, touchedCount, uniform: false };
}

/** `rowids` (ascending) less the paragraphs `exclude` matches. */
function withoutExcluded(postings: Postings, snap: Snapshot, ws: Workspace, rowids: Uint32Array, exclude: string | null): Uint32Array {
  if (exclude === null) return rowids;
  const { size } = snap;
  const marks = ws.rowidMarks;
  const excluded = postings.matches(exclude);
  if (excluded.length === 0) return rowids;
  for (const r of excluded) if (r < size) marks[r] = 1;
  const kept = new Uint32Array(rowids.length);
  let k = 0;
  for (let i = 0; i < rowids.length; i++) {
    const r = rowids[i]!;
    if (r >= size || marks[r] === 0) kept[k++] = r;
  }
  for (const r of excluded) if (r < size) marks[r] = 0;
  return kept.subarray(0, k);
}

/**
 * Sort distinct rowids in place. Many of them ("world" and its correction "would": 289k of 1M)
 * are put in order faster by one pass over the snapshot's zeroed marks than by a sort (~20 ms).
 */
function ascending(rowids: Uint32Array, marks: Uint8Array): void {
  if (rowids.length * 16 < marks.length) {
    rowids.sort();
    return;
  }
  for (let i = 0; i < rowids.length; i++) marks[rowids[i]!] = 1;
  let n = 0;
  for (let r = 0; r < marks.length; r++) {
    if (marks[r] === 1) {
      rowids[n++] = r;
      marks[r] = 0;
    }
  }
}

/**
 * One unit whose forms as written are common ("said") and whose variants are rare: only the rows
 * the variants add get scratch entries; the rest are as written, and `uniform` tells readers that
 * a row without an entry matched every unit as written. Null when the variants are not rare
 * enough for this to pay.
 */
function fewCorrections(postings: Postings, snap: Snapshot, ws: Workspace, plan: QueryPlan): Scored | null {
  const [first, ...rest] = plan.units[0]!.classes;
  if (first === undefined || first.cost !== AS_WRITTEN || rest.length === 0) return null;
  const base = postings.matches(first.match);
  const others = rest.map((c) => ({ cost: c.cost, rowids: postings.matches(c.match) }));
  let extra = 0;
  for (const o of others) extra += o.rowids.length;
  if (extra * 8 > base.length) return null;
  const { size } = snap;
  const { matchedUnits, costs } = ws;
  const touched = new Uint32Array(extra);
  let touchedCount = 0;
  for (const o of others) {
    for (let i = 0; i < o.rowids.length; i++) {
      const r = o.rowids[i]!;
      if (r >= size || matchedUnits[r] !== 0 || contains(base, r)) continue;
      matchedUnits[r] = 1;
      costs[r] = Math.min(255, o.cost);
      touched[touchedCount++] = r;
    }
  }
  const added = touched.slice(0, touchedCount).sort();
  const marks = ws.rowidMarks;
  const excluded = plan.exclude === null ? new Uint32Array(0) : postings.matches(plan.exclude);
  for (const r of excluded) if (r < size) marks[r] = 1;
  const matches = new Uint32Array(base.length + added.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i <= base.length; i++) {
    const r = i < base.length ? base[i]! : Infinity;
    while (j < added.length && added[j]! < r) {
      const a = added[j++]!;
      if (marks[a] === 0) matches[n++] = a;
    }
    if (i < base.length && r < size && marks[r] === 0) matches[n++] = r;
  }
  for (const r of excluded) if (r < size) marks[r] = 0;
  return { matches: matches.subarray(0, n), touchedCount, uniform: true };
}

/** Whether ascending `sorted` holds `value`. */
function contains(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Mark in `ws.nearMarks` the paragraphs whose units sit close together; false when the plan has no such test. */
export function markNear(postings: Postings, snap: Snapshot, ws: Workspace, plan: QueryPlan): boolean {
  if (plan.near === null) return false;
  const { nearMarks } = ws;
  for (const r of postings.matches(plan.near)) if (r < snap.size) nearMarks[r] = 1;
  return true;
}

/** Matches with every unit, and those with only some (ascending both). */
export function splitByUnits(ws: Workspace, matches: Uint32Array, units: number): { all: Uint32Array; some: Uint32Array } {
  const { matchedUnits } = ws;
  const all = new Uint32Array(matches.length);
  const some = new Uint32Array(matches.length);
  let a = 0;
  let s = 0;
  for (let i = 0; i < matches.length; i++) {
    const r = matches[i]!;
    if (matchedUnits[r] === units) all[a++] = r;
    else some[s++] = r;
  }
  return { all: all.subarray(0, a), some: some.subarray(0, s) };
}

/** Two ascending, disjoint rowid sets as one. */
export function mergeAscending(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) out[n++] = j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!;
  return out;
}
