/**
 * Search over one generation. FTS5 supplies the matching rowids; filtering, disjunctive facet
 * counts, totals and date sorting happen in JS over the snapshot's typed arrays; only the page of
 * hits is read back from SQL (row + highlight), so the cost beyond FTS5 is linear in the matches.
 */
import { SearchAbortedError } from '../errors.ts';
import { MARK_CLOSE, MARK_OPEN, rangesOfMarked } from '../highlight.ts';
import { interpret, matchFrom, spellingsOf } from '../interpret.ts';
import { parseQuery } from '../query.ts';
import { normaliseRequest } from '../request.ts';
import { suggestQueries } from '../suggest.ts';
import {
  UNKNOWN_YEAR,
  type FacetCounts,
  type MatchRange,
  type SearchFilters,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
  type SortOrder,
} from '../types.ts';
import type { Generation, Statements } from './generation.ts';
import { AS_WRITTEN, planQuery, type QueryPlan } from './plan.ts';
import { copyFigures, type Answers, type Figures, type HitRow, type ShownHit } from './answers.ts';
import type { Postings } from './postings.ts';
import { withScratchRows } from './scratch.ts';
import { UNKNOWN_YEAR_CODE, type Snapshot } from './snapshot.ts';

/** See byRelevance. */
const DEEP_SHARE = 16;
/** Filtered rows ranked on their own up to this many (Postings.rankedAmong); more walk the whole order. */
const AMONG_MAX_ROWS = 20_000;

/**
 * `stopped` is asked between the search's phases (see SearchOptions.signal); when it says yes the
 * search throws `SearchAbortedError`, its shared scratch state reset like any other exit.
 */
export function search(generation: Generation, request: SearchRequest, stopped: () => boolean = never): SearchResult {
  const started = performance.now();
  const checkpoint = () => {
    if (stopped()) throw new SearchAbortedError('stopped');
  };
  // The one normaliser both backends share (engine/request.ts): defaults, limits, the query cleaned.
  const { query, q, filters, page, perPage, sort, groupByArticle: grouped, dedupe } = normaliseRequest(request);
  const parsed = parseQuery(q);
  const snap = generation.current();
  // Suggestions first: a misspelt word's wider "did you mean" corrections then also answer the
  // interpretation's narrower ones (Vocabulary keeps them), instead of scanning the vocabulary twice.
  const suggestions = suggestQueries(parsed, snap.vocabulary, snap.synonyms);
  const interpretation = interpret(parsed, snap);
  const spellings = spellingsOf(parsed, snap);
  const plan = planQuery(parsed, snap, interpretation);
  const st = generation.statements;
  const answers = generation.answers;
  const offset = (page - 1) * perPage;

  const respond = (ranked: RankedPage): SearchResult => {
    const { figures, rowids } = ranked;
    const highlightMatch = rowids.length === 0 ? null : plan.anyUnit;
    const hits = readHits(st, answers, highlightMatch, rowids, (rowid, i) => ({
      articleParagraphs: snap.articleParagraphs[snap.articleOf[rowid]!]!,
      matchedAllTerms: ranked.matchedAll[i]!,
      match: matchFrom(interpretation, ranked.matchedAll[i]!, ranked.usedVariant[i]!),
    }));
    if (ranked.moreInArticle !== null) hits.forEach((hit, i) => (hit.moreInArticle = ranked.moreInArticle![i]!));
    if (ranked.copies !== null) hits.forEach((hit, i) => (hit.copies = ranked.copies![i]!));
    return {
      query,
      total: figures.total,
      looseTotal: ranked.looseTotal,
      reading: interpretation.reading,
      spellings,
      totalCapped: false,
      articleTotal: figures.articleTotal,
      distinctTotal: figures.distinctTotal ?? null,
      page,
      perPage,
      pages: Math.ceil(((figures.distinctTotal ?? figures.total) + ranked.looseTotal) / perPage),
      sort,
      groupedByArticle: grouped,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
      // Every query runs to the end here: there is no cut-off to stop at.
      degraded: false,
      suggestions,
      hits,
      facets: figures.facets,
    };
  };

  // A one-unit query met before in this snapshot, unfiltered: its totals and facet counts are
  // known, and so is a page shown before. Paging back and forth and search-as-you-type repeat
  // exactly these. Every match of a one-unit query has all its units: all are counted.
  // A collapsed search (dedupe) is never remembered nor prepared: both hold the uncollapsed answer.
  const summaryKey = !dedupe && isSummarised(plan, sort, grouped, filters) ? summaryKeyOf(plan) : null;
  const known = summaryKey === null ? undefined : answers.summary(summaryKey);
  const pageKey = `${offset}:${perPage}`;
  const knownPage = known?.pages.get(pageKey);
  if (known !== undefined && knownPage !== undefined) {
    return respond(pageOf(copyFigures(known), knownPage, (r) => known.variantRows.has(r)));
  }
  // Met for the first time here, but prepared with the index (prepared.ts): a slice of its head.
  const prepared = summaryKey === null ? null : generation.prepared(summaryKey, offset + perPage);
  if (prepared !== null) {
    return respond(pageOf(prepared.figures, Array.from(prepared.head.subarray(offset, offset + perPage)), () => prepared.variant));
  }

  checkpoint();
  const ranked = rankPage(generation, snap, plan, { filters, sort, grouped, dedupe, offset, perPage }, checkpoint);
  if (summaryKey !== null) {
    const variantRows = new Set(ranked.rowids.filter((_, i) => ranked.usedVariant[i]));
    answers.rememberPage(summaryKey, { ...ranked.figures, matchCount: ranked.matchCount, variantRows }, pageKey, ranked.rowids);
  }
  return respond(ranked);
}

/** The queries whose answers are remembered (answers.ts) and prepared (prepared.ts): one unit, unfiltered, by relevance. */
export function isSummarised(plan: QueryPlan, sort: SortOrder, grouped: boolean, filters: SearchFilters | undefined): boolean {
  return plan.units.length === 1 && sort === 'relevance' && !grouped && plan.exclude === null && !hasFilters(filters);
}

/** A remembered page of a one-unit query: every row has all (one) units. */
function pageOf(figures: Figures, rowids: number[], usedVariant: (rowid: number) => boolean): RankedPage {
  return { figures, looseTotal: 0, matchCount: figures.total, rowids, matchedAll: rowids.map(() => true), usedVariant: rowids.map(usedVariant), moreInArticle: null, copies: null, stable: rowids.length };
}

/** What one search works out before reading its hits: figures, and the page's rows with their facts. */
export interface RankedPage {
  /** `distinctTotal`: copy groups counted when collapsed (dedupe); `total` then counts paragraphs. */
  figures: Figures & { distinctTotal?: number };
  looseTotal: number;
  /** Rows matched, counted or not, before filters. */
  matchCount: number;
  rowids: number[];
  /** Per page row: whether it has every unit, and whether it needed a variant. */
  matchedAll: boolean[];
  usedVariant: boolean[];
  /** Per page row, grouped by article: the article's other matching paragraphs; else null. */
  moreInArticle: number[] | null;
  /** Per page row, collapsed (dedupe): its group's other copies among the filtered matches; else null. */
  copies: SearchHit['copies'][] | null;
  /** The leading rows that any request asking for no more than this many would get too (see byRelevance). */
  stable: number;
}

export interface PageRequest {
  filters: SearchFilters | undefined;
  sort: SortOrder;
  grouped: boolean;
  /** One row per copy group (SearchRequest.dedupe); absent means off. */
  dedupe?: boolean;
  offset: number;
  perPage: number;
}

/**
 * Match, count and rank a planned query, down to the rows of one page. Scratch arrays of the
 * snapshot are written and reset here (searches run one at a time per snapshot).
 */
export function rankPage(generation: Generation, snap: Snapshot, plan: QueryPlan, request: PageRequest, checkpoint: () => void = never): RankedPage {
  const postings = generation.postings;
  const { sort, grouped, offset, perPage } = request;
  const dedupe = request.dedupe === true;
  const units = plan.units.length;
  // Words missing from the end are listed after the counted hits, in relevance order only.
  const listLoose = units > 1 && sort === 'relevance' && !grouped && !dedupe;
  const scored = units > 0 ? scoreUnits(postings, snap, plan) : null;
  let counted: Counted | null = null;
  const near = units > 1 && sort === 'relevance' ? markNear(postings, snap, plan) : null;
  try {
    checkpoint();
    const matches = scored?.matches ?? unitlessMatches(postings, snap, plan.exclude);
    // Counted: the paragraphs with every unit. The others are listed after them, never counted.
    const split = scored !== null && !scored.uniform ? splitByUnits(snap, matches, units) : null;
    counted = countAndFilter(snap, split?.all ?? matches, request.filters);
    let paragraphTotal = counted.filtered.length;
    let copiesFor: ((page: ArrayLike<number>) => (rowid: number) => SearchHit['copies']) | null = null;
    if (dedupe) {
      ({ counted, paragraphTotal, copiesFor } = collapseCounted(snap, split?.all ?? matches, counted, request.filters));
    }
    checkpoint();
    const { filtered, articles } = counted;
    const total = grouped ? articles.length : filtered.length;
    const loose = listLoose && split !== null ? filterRows(snap, split.some, request.filters) : null;
    const looseTotal = loose?.length ?? 0;

    let page: { rows: number[]; stable: number } = { rows: [], stable: 0 };
    if (offset < total + looseTotal) {
      const want = offset + perPage;
      if (units > 0 && sort === 'relevance') {
        const ranked = loose === null || loose.length === 0 ? counted : { ...counted, filtered: mergeAscending(filtered, loose) };
        const rankedAll = split === null ? matches.length : split.all.length + (listLoose ? split.some.length : 0);
        page = byRelevance(postings, snap, plan, ranked, rankedAll, grouped, offset, perPage, scored?.uniform === true, scored?.touchedCount ?? 0, near);
      } else {
        page = { rows: byDate(snap, sort === 'oldest', filtered, grouped, want).slice(offset), stable: 0 };
      }
    }
    checkpoint();
    const rowids = page.rows;
    const figures: RankedPage['figures'] = dedupe
      ? { total: paragraphTotal, distinctTotal: total, articleTotal: articles.length, facets: facetObjects(snap, counted) }
      : { total, articleTotal: articles.length, facets: facetObjects(snap, counted) };
    const copies = copiesFor === null ? null : copiesFor(rowids);
    return {
      figures,
      looseTotal,
      matchCount: matches.length,
      rowids,
      matchedAll: rowids.map((r) => units === 0 || scored?.uniform === true || snap.matchedUnits[r] === units),
      // A row's cost is how many units it matched only through a variant (0 when it has no scratch entry).
      usedVariant: rowids.map((r) => snap.costs[r]! > 0),
      moreInArticle: grouped ? rowids.map((r) => snap.articleHits[snap.articleOf[r]!]! - 1) : null,
      copies: copies === null ? null : rowids.map(copies),
      stable: page.stable,
    };
  } finally {
    if (counted !== null) for (const a of counted.articles) snap.articleHits[a] = 0;
    if (scored !== null) {
      const { touched, touchedCount } = scored;
      for (let i = 0; i < touchedCount; i++) {
        const r = touched[i]!;
        snap.matchedUnits[r] = 0;
        snap.costs[r] = 0;
      }
    }
    if (near !== null) for (const r of near) if (r < snap.size) snap.nearMarks[r] = 0;
  }
}

const never = (): boolean => false;

/**
 * The copy group's row to show: the earliest dated copy (undated ones last), else the first
 * indexed (lowest rowid). Rows in ascending order in, one per group out, still ascending.
 */
function collapse(snap: Snapshot, rows: Uint32Array): Uint32Array {
  const { copyGroupOf, groupBest, articleDay, articleOf } = snap;
  const day = (r: number) => {
    const d = articleDay[articleOf[r]!]!;
    return d < 0 ? Number.POSITIVE_INFINITY : d;
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const g = copyGroupOf[r]!;
    const best = groupBest[g]!;
    // Ascending rows: an equal day keeps the earlier row.
    if (best === 0 || day(r) < day(best)) groupBest[g] = r;
  }
  const out = new Uint32Array(rows.length);
  let n = 0;
  for (let i = 0; i < rows.length; i++) if (groupBest[copyGroupOf[rows[i]!]!] === rows[i]) out[n++] = rows[i]!;
  for (let i = 0; i < rows.length; i++) groupBest[copyGroupOf[rows[i]!]!] = 0;
  return out.subarray(0, n);
}

/**
 * A collapsed search's counts: hits and totals over one row per copy group among the filtered
 * matches; each facet's counts over one row per group among the matches (so a facet counts
 * distinct paragraphs, by the value of the copy shown). `counted`'s article marks are reset here.
 */
function collapseCounted(
  snap: Snapshot,
  matches: Uint32Array,
  counted: Counted,
  filters: SearchFilters | undefined,
): { counted: Counted; paragraphTotal: number; copiesFor: (page: ArrayLike<number>) => (rowid: number) => SearchHit['copies'] } {
  const all = counted.filtered;
  for (const a of counted.articles) snap.articleHits[a] = 0;
  const facets = countAndFilter(snap, collapse(snap, matches), filters);
  for (const a of facets.articles) snap.articleHits[a] = 0;
  const shown = countAll(snap, collapse(snap, all));
  // The other copies of the page's groups: one pass over the filtered matches for just those groups.
  const copiesFor = (page: ArrayLike<number>) => {
    const members = new Map<number, number[]>();
    for (let i = 0; i < page.length; i++) members.set(snap.copyGroupOf[page[i]!]!, []);
    for (let i = 0; i < all.length; i++) members.get(snap.copyGroupOf[all[i]!]!)?.push(all[i]!);
    return (rowid: number): SearchHit['copies'] => {
      const byOutlet = new Map<string, number>();
      let count = 0;
      for (const r of members.get(snap.copyGroupOf[rowid]!) ?? []) {
        if (r === rowid) continue;
        count++;
        const outlet = snap.outlets[snap.outletCode[r]!]!;
        byOutlet.set(outlet, (byOutlet.get(outlet) ?? 0) + 1);
      }
      const outlets = [...byOutlet].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([o]) => o);
      return { count, outlets };
    };
  };
  return {
    counted: { ...shown, yearCounts: facets.yearCounts, outletCounts: facets.outletCounts, languageCounts: facets.languageCounts },
    paragraphTotal: all.length,
    copiesFor,
  };
}

/** Mark in `snap.nearMarks` the paragraphs whose units sit close together; returns them (to reset), or null. */
function markNear(postings: Postings, snap: Snapshot, plan: QueryPlan): Uint32Array | null {
  if (plan.near === null) return null;
  const rows = postings.matches(plan.near);
  for (const r of rows) if (r < snap.size) snap.nearMarks[r] = 1;
  return rows;
}

/** Matches with every unit, and those with only some (ascending both). */
function splitByUnits(snap: Snapshot, matches: Uint32Array, units: number): { all: Uint32Array; some: Uint32Array } {
  const all = new Uint32Array(matches.length);
  const some = new Uint32Array(matches.length);
  let a = 0;
  let s = 0;
  for (let i = 0; i < matches.length; i++) {
    const r = matches[i]!;
    if (snap.matchedUnits[r] === units) all[a++] = r;
    else some[s++] = r;
  }
  return { all: all.subarray(0, a), some: some.subarray(0, s) };
}

/** The rows (ascending) that pass every filter. */
function filterRows(snap: Snapshot, rows: Uint32Array, filters: SearchFilters | undefined): Uint32Array {
  const yearAllowed = allowedYears(snap, filters?.year);
  const outletAllowed = allowedCodes(snap.outlets.length, snap.outletCodes, filters?.outlet);
  const languageAllowed = allowedCodes(snap.languages.length, snap.languageCodes, filters?.language);
  const out = new Uint32Array(rows.length);
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r >= snap.size || snap.articleOf[r] === 0) continue;
    if (yearAllowed !== null && yearAllowed[snap.yearCode[r]!] !== 1) continue;
    if (outletAllowed !== null && outletAllowed[snap.outletCode[r]!] !== 1) continue;
    if (languageAllowed !== null && languageAllowed[snap.articleLanguage[snap.articleOf[r]!]!] !== 1) continue;
    out[n++] = r;
  }
  return out.subarray(0, n);
}

/** Two ascending, disjoint rowid sets as one. */
function mergeAscending(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) out[n++] = j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!;
  return out;
}

/** Whether any facet filter is set (an empty list sets none). */
function hasFilters(filters: SearchFilters | undefined): boolean {
  if (filters === undefined) return false;
  return [filters.year, filters.outlet, filters.language].some((values) => Array.isArray(values) && values.length > 0);
}

/** Two plans with the same key match the same paragraphs at the same costs. */
export function summaryKeyOf(plan: QueryPlan): string {
  return plan.units.map((u) => u.classes.map((c) => `${c.cost}:${c.match}`).join('\u0000')).join('\u0001');
}

/** An empty query, or one of exclusions alone: every paragraph, less the excluded ones. */
function unitlessMatches(postings: Postings, snap: Snapshot, exclude: string | null): Uint32Array {
  if (exclude === null) return snap.allRowids;
  const excluded = postings.matches(exclude);
  if (excluded.length === 0) return snap.allRowids;
  const marks = snap.rowidMarks;
  for (const r of excluded) if (r < snap.size) marks[r] = 1;
  const kept = new Uint32Array(snap.allRowids.length);
  let n = 0;
  for (const r of snap.allRowids) if (marks[r] === 0) kept[n++] = r;
  for (const r of excluded) if (r < snap.size) marks[r] = 0;
  return kept.subarray(0, n);
}

/**
 * Meilisearch's `matchingStrategy: "last"`: a paragraph matches when it has the first unit; it then
 * records in `snap.matchedUnits` how many leading units it has (all of them ranks first, then
 * fewer and fewer: words are dropped from the end) and in `snap.costs` how many of them needed a
 * variant. Classes are visited cheapest first, so each unit is credited at the lowest cost the
 * paragraph allows.
 * Returns the matches (ascending rowid, exclusions removed) and every rowid whose scratch
 * entries were written, for the caller to reset.
 */
function scoreUnits(
  postings: Postings,
  snap: Snapshot,
  plan: QueryPlan,
): { matches: Uint32Array; touched: Uint32Array; touchedCount: number; uniform: boolean } {
  const { matchedUnits, costs, size } = snap;
  const marks = snap.rowidMarks;
  const only = plan.units.length === 1 && plan.units[0]!.classes.length === 1 ? plan.units[0]!.classes[0]! : null;
  if (only !== null && only.cost === AS_WRITTEN) {
    // One unit read one way ("the", a phrase, a rare word): every match has all units as
    // written, so the scratch arrays would say nothing. FTS5's set (ascending) is the answer, less
    // exclusions; at hundreds of thousands of matches this skips three passes over them.
    const rowids = postings.matches(only.match);
    if (plan.exclude === null) return { matches: rowids, touched: snap.touched, touchedCount: 0, uniform: true };
    const excluded = postings.matches(plan.exclude);
    for (const r of excluded) if (r < size) marks[r] = 1;
    const kept = new Uint32Array(rowids.length);
    let k = 0;
    for (let i = 0; i < rowids.length; i++) {
      const r = rowids[i]!;
      if (r >= size || marks[r] === 0) kept[k++] = r;
    }
    for (const r of excluded) if (r < size) marks[r] = 0;
    return { matches: kept.subarray(0, k), touched: snap.touched, touchedCount: 0, uniform: true };
  }
  const partial = plan.units.length === 1 ? fewCorrections(postings, snap, plan) : null;
  if (partial !== null) return partial;
  // Each rowid is touched once (by the first unit), so the snapshot's scratch array is big enough.
  const touched = snap.touched;
  let touchedCount = 0;
  plan.units.forEach((unit, j) => {
    for (const cls of unit.classes) {
      const rowids = postings.matches(cls.match);
      for (let i = 0; i < rowids.length; i++) {
        const r = rowids[i]!;
        if (r >= size || matchedUnits[r] !== j) continue;
        matchedUnits[r] = j + 1;
        costs[r] = Math.min(255, costs[r]! + cls.cost);
        if (j === 0) touched[touchedCount++] = r;
      }
    }
  });
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
  return { matches: kept, touched, touchedCount, uniform: false };
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
function fewCorrections(
  postings: Postings,
  snap: Snapshot,
  plan: QueryPlan,
): { matches: Uint32Array; touched: Uint32Array; touchedCount: number; uniform: boolean } | null {
  const [first, ...rest] = plan.units[0]!.classes;
  if (first === undefined || first.cost !== AS_WRITTEN || rest.length === 0) return null;
  const base = postings.matches(first.match);
  const others = rest.map((c) => ({ cost: c.cost, rowids: postings.matches(c.match) }));
  let extra = 0;
  for (const o of others) extra += o.rowids.length;
  if (extra * 8 > base.length) return null;
  const { matchedUnits, costs, size, touched } = snap;
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
  const marks = snap.rowidMarks;
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
  return { matches: matches.subarray(0, n), touched, touchedCount, uniform: true };
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

interface Counted {
  /** Matches passing every filter, ascending rowid. */
  filtered: Uint32Array;
  /**
   * Distinct article rowids among `filtered` (a view of the snapshot's scratch list); their hit
   * counts are left in `snap.articleHits` for the caller to use and reset.
   */
  articles: Uint32Array;
  yearCounts: Uint32Array;
  outletCounts: Uint32Array;
  languageCounts: Uint32Array;
}

/**
 * One pass over the matches: a facet's counts respect every filter but its own (disjunctive
 * facets, as in Meilisearch's UI conventions), and the matches that pass all filters are kept.
 */
function countAndFilter(snap: Snapshot, matches: Uint32Array, filters: SearchFilters | undefined): Counted {
  const yearAllowed = allowedYears(snap, filters?.year);
  const outletAllowed = allowedCodes(snap.outlets.length, snap.outletCodes, filters?.outlet);
  const languageAllowed = allowedCodes(snap.languages.length, snap.languageCodes, filters?.language);
  if (yearAllowed === null && outletAllowed === null && languageAllowed === null) return countAll(snap, matches);
  const yearCounts = new Uint32Array(snap.years.length);
  const outletCounts = new Uint32Array(snap.outlets.length);
  const languageCounts = new Uint32Array(snap.languages.length);
  const filtered = new Uint32Array(matches.length);
  const { yearCode, outletCode, articleOf, articleLanguage, articleHits, articleList, size } = snap;
  let n = 0;
  let articles = 0;
  for (let i = 0; i < matches.length; i++) {
    const r = matches[i]!;
    // A rowid the snapshot does not know would be a write racing this read; skip it.
    if (r >= size || articleOf[r] === 0) continue;
    const a = articleOf[r]!;
    const y = yearCode[r]!;
    const o = outletCode[r]!;
    const l = articleLanguage[a]!;
    const yearOk = yearAllowed === null || yearAllowed[y] === 1;
    const outletOk = outletAllowed === null || outletAllowed[o] === 1;
    const languageOk = languageAllowed === null || languageAllowed[l] === 1;
    if (outletOk && languageOk) yearCounts[y]!++;
    if (yearOk && languageOk) outletCounts[o]!++;
    if (yearOk && outletOk) languageCounts[l]!++;
    if (yearOk && outletOk && languageOk) {
      filtered[n++] = r;
      if (articleHits[a]!++ === 0) articleList[articles++] = a;
    }
  }
  return { filtered: filtered.subarray(0, n), articles: articleList.subarray(0, articles), yearCounts, outletCounts, languageCounts };
}

/**
 * countAndFilter without filters, the usual case: every match passes, so the matches are the
 * filtered set (no copy), and languages, which belong to articles, are counted once per article.
 * At a million paragraphs this was a third of a warm query mix's time.
 */
function countAll(snap: Snapshot, matches: Uint32Array): Counted {
  const yearCounts = new Uint32Array(snap.years.length);
  const outletCounts = new Uint32Array(snap.outlets.length);
  const languageCounts = new Uint32Array(snap.languages.length);
  const { yearCode, outletCode, articleOf, articleLanguage, articleHits, articleList, size } = snap;
  let articles = 0;
  let unknown = 0;
  for (let i = 0; i < matches.length; i++) {
    const r = matches[i]!;
    const a = r < size ? articleOf[r]! : 0;
    if (a === 0) {
      unknown++;
      continue;
    }
    yearCounts[yearCode[r]!]!++;
    outletCounts[outletCode[r]!]!++;
    if (articleHits[a]!++ === 0) articleList[articles++] = a;
  }
  for (let i = 0; i < articles; i++) {
    const a = articleList[i]!;
    languageCounts[articleLanguage[a]!]! += articleHits[a]!;
  }
  let filtered = matches;
  if (unknown > 0) {
    // A write racing this read: keep only the rowids the snapshot knows.
    filtered = new Uint32Array(matches.length - unknown);
    let n = 0;
    for (const r of matches) if (r < size && articleOf[r] !== 0) filtered[n++] = r;
  }
  return { filtered, articles: articleList.subarray(0, articles), yearCounts, outletCounts, languageCounts };
}

function allowedYears(snap: Snapshot, years: SearchFilters['year']): Uint8Array | null {
  if (!Array.isArray(years) || years.length === 0) return null;
  const allowed = new Uint8Array(snap.years.length);
  for (const y of years) {
    if (y === UNKNOWN_YEAR) allowed[UNKNOWN_YEAR_CODE] = 1;
    else {
      const code = snap.yearCodes.get(Number(y));
      if (code !== undefined) allowed[code] = 1;
    }
  }
  return allowed;
}

/** Codes of the exact-match values selected for a facet (outlet, language), or null when none are. */
function allowedCodes(size: number, codes: Map<string, number>, values: readonly string[] | undefined): Uint8Array | null {
  if (!Array.isArray(values) || values.length === 0) return null;
  const allowed = new Uint8Array(size);
  for (const v of values) {
    const code = codes.get(v);
    if (code !== undefined) allowed[code] = 1;
  }
  return allowed;
}

/**
 * A bucket key: fewer missing units first, then fewer variants, then (all units present) words
 * close together, then body paragraphs before brief ones; bm25 orders each bucket.
 */
const bucketKey = (missing: number, cost: number, far: number, brief: number): number => ((missing * 256 + cost) * 2 + far) * 2 + brief;
const missingOf = (key: number): number => key >>> 10;
const costOf = (key: number): number => (key >>> 2) & 255;

/**
 * One page in this order: paragraphs with more leading units first, then fewer variants, then
 * words close together, then substance (a heading or a short line after a body paragraph), then
 * bm25. The bucket sizes are known from the scratch arrays, so only the buckets the page falls
 * into are filled, from one walk over FTS5's bm25 order that stops once they are full. Grouped,
 * an article sits in the bucket of its best paragraph and is shown by the first such paragraph
 * in bm25 order.
 */
function byRelevance(
  postings: Postings,
  snap: Snapshot,
  plan: QueryPlan,
  counted: Counted,
  matchCount: number,
  grouped: boolean,
  offset: number,
  perPage: number,
  uniform: boolean,
  touchedCount: number,
  near: Uint32Array | null,
): { rows: number[]; stable: number } {
  const { filtered, articles } = counted;
  const units = plan.units.length;
  const want = offset + perPage;
  const unfiltered = filtered.length === matchCount && plan.exclude === null;
  // Uniform (see scoreUnits): a row without a scratch entry has every unit as written.
  const exact = uniform && touchedCount === 0;
  const { matchedUnits, costs, nearMarks, brief } = snap;
  const nearOn = near !== null;
  const keyOf = (r: number): number => {
    const missing = exact || (uniform && matchedUnits[r] === 0) ? 0 : units - matchedUnits[r]!;
    const cost = exact || (uniform && matchedUnits[r] === 0) ? 0 : costs[r]!;
    return bucketKey(missing, cost, nearOn && missing === 0 && nearMarks[r] === 0 ? 1 : 0, brief[r]!);
  };

  // Nothing filtered out or excluded, one hit per paragraph, one unit: the first bucket is the
  // body paragraphs with the words as written, in the bm25 order of those forms. When they fill
  // the page it is read from the head of that order, skipping brief lines.
  if (!grouped && unfiltered && uniform) {
    const page: number[] = [];
    for (const r of postings.ranked(rankingMatch(plan, [0]), matchCount - touchedCount)) {
      if (r >= snap.size || keyOf(r) !== 0) continue;
      page.push(r);
      // All in the first bucket, walked in one order: a smaller request gets a prefix of these.
      if (page.length === want) return { rows: page.slice(offset), stable: want };
    }
  }

  const bucketSizes = new Map<number, number>();
  const best = snap.articleBest;
  if (grouped) {
    // Each article's best key, + 1 (0: not met yet), in a scratch array reset below.
    for (let i = 0; i < filtered.length; i++) {
      const r = filtered[i]!;
      const key = keyOf(r) + 1;
      const a = snap.articleOf[r]!;
      if (best[a] === 0 || key < best[a]!) best[a] = key;
    }
    const counts = new Map<number, number>();
    for (const a of articles) counts.set(best[a]! - 1, (counts.get(best[a]! - 1) ?? 0) + 1);
    for (const [key, size] of counts) bucketSizes.set(key, size);
  } else {
    // Keys are small (see bucketKey): count them in an array, not a Map, per match.
    const counts = new Uint32Array(bucketKey(units + 1, 0, 0, 0));
    for (let i = 0; i < filtered.length; i++) counts[keyOf(filtered[i]!)]!++;
    for (let key = 0; key < counts.length; key++) if (counts[key]! > 0) bucketSizes.set(key, counts[key]!);
  }

  const seen = snap.articleSeen;
  try {
    const keys = [...bucketSizes.keys()].sort((a, b) => a - b);
    const quota = new Map<number, number>();
    let covered = 0;
    for (const key of keys) {
      if (covered >= want) break;
      const size = bucketSizes.get(key)!;
      quota.set(key, Math.min(size, want - covered));
      covered += size;
    }
    const buckets = new Map<number, number[]>([...quota.keys()].map((k) => [k, []]));
    let missing = Math.min(want, covered);

    const marks = snap.rowidMarks;
    // Unfiltered, no mark is needed: a ranked row that is no match cannot land in a bucket. One
    // unit: every row of its classes is a match. Several: a row without the first unit has
    // matchedUnits 0, whose key (units · 256) is above every bucket's.
    const check = !unfiltered;
    if (check) for (const r of filtered) marks[r] = 1;
    try {
      // Fewer than one match in DEEP_SHARE passes the filters: the page lies deep in the ranking.
      const narrow = filtered.length * DEEP_SHARE < matchCount;
      const deep = narrow || want * DEEP_SHARE > 16_384;
      const expr = rankingMatch(plan, [...quota.keys()]);
      // A narrow filter's few rows are ranked alone, unless the whole order is at hand already.
      const order =
        narrow && filtered.length <= AMONG_MAX_ROWS && !postings.hasWholeRanking(expr)
          ? postings.rankedAmong(expr, filtered)
          : postings.ranked(expr, matchCount, deep);
      for (const r of order) {
        if (r >= snap.size || (check && marks[r] !== 1)) continue;
        const key = keyOf(r);
        const bucket = buckets.get(key);
        if (bucket === undefined || bucket.length >= quota.get(key)!) continue;
        if (grouped) {
          const a = snap.articleOf[r]!;
          if (a === 0 || best[a] !== key + 1 || seen[a] === 1) continue;
          seen[a] = 1;
        }
        bucket.push(r);
        if (--missing === 0) break;
      }
    } finally {
      if (check) for (const r of filtered) marks[r] = 0;
    }
    const out: number[] = [];
    for (const key of quota.keys()) out.push(...buckets.get(key)!);
    // Within the first bucket every smaller request ranks by the same expression (rankingMatch of
    // that key alone) and so gets a prefix of these rows; past it, the expression may differ.
    const first = keys.length > 0 ? Math.min(want, bucketSizes.get(keys[0]!)!) : 0;
    return { rows: out.slice(offset), stable: grouped ? 0 : first };
  } finally {
    if (grouped) {
      for (const a of articles) {
        best[a] = 0;
        seen[a] = 0;
      }
    }
  }
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
function byDate(snap: Snapshot, oldest: boolean, filtered: Uint32Array, grouped: boolean, want: number): number[] {
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
  const marks = snap.rowidMarks;
  for (const r of filtered) marks[r] = 1;
  for (let i = 0; i < order.length && out.length < want; i++) {
    const r = order[i]!;
    if (marks[r] === 1 && keep(r)) out.push(r);
  }
  for (const r of filtered) marks[r] = 0;
  return out;
}

/**
 * The page's hits in order, highlighted against a scratch table holding only their text. A hit
 * shown before for the same expression (the same query paged back, or typed again) is taken from
 * the snapshot's cache of highlighted rows instead.
 */
function readHits(
  st: Statements,
  answers: Answers,
  highlightMatch: string | null,
  rowids: number[],
  facts: (rowid: number, index: number) => Pick<SearchHit, 'articleParagraphs' | 'matchedAllTerms' | 'match'>,
): SearchHit[] {
  const shownHits = answers.shownHits(highlightMatch ?? '');
  const shown = rowids.map((rowid) => shownHits.get(rowid));
  const missing: number[] = [];
  for (let i = 0; i < rowids.length; i++) if (shown[i] === undefined) missing.push(i);
  if (missing.length > 0) {
    const rows = missing.map((i) => st.hitRow.get(rowids[i]!) as HitRow);
    const marked = new Map<number, string>();
    if (highlightMatch !== null) {
      withScratchRows(st, rows.map((row, j) => [j, row[2]] as const), () => {
        for (const [j, html] of st.marks.all(MARK_OPEN, MARK_CLOSE, highlightMatch) as Array<[number, string]>) marked.set(j, html);
      });
    }
    missing.forEach((i, j) => {
      const html = marked.get(j);
      const hit: ShownHit = { row: rows[j]!, matches: html === undefined ? [] : rangesOfMarked(html) };
      shown[i] = hit;
      shownHits.set(rowids[i]!, hit);
    });
    answers.keepShownHits(highlightMatch ?? '', shownHits);
  }
  // One object literal with every field: objects grown or spread afterwards cost V8 far more
  // (measured: ~35 KB more garbage a page, a third of a warm search).
  return shown.map((hit, i) => {
    const [position, kind, text, articleId, title, outlet, year, date, language, leader] = hit!.row;
    const { articleParagraphs, matchedAllTerms, match } = facts(rowids[i]!, i);
    const id = `${articleId}-${position}`;
    return { id, articleId, position, kind, text, title, outlet, year, date, language, copyGroup: leader ?? id, matches: hit!.matches.map(copyRange), articleParagraphs, matchedAllTerms, match };
  });
}

/** The cache keeps its ranges: each result gets its own (a caller may change what it receives). */
const copyRange = (range: MatchRange): MatchRange => [range[0], range[1]];

function facetObjects(snap: Snapshot, counted: Counted): SearchResult['facets'] {
  const named = (counts: Uint32Array, name: (code: number) => string): FacetCounts => {
    const out: FacetCounts = {};
    for (let c = 0; c < counts.length; c++) if (counts[c]! > 0) out[name(c)] = counts[c]!;
    return out;
  };
  return {
    year: named(counted.yearCounts, (c) => (c === UNKNOWN_YEAR_CODE ? UNKNOWN_YEAR : String(snap.years[c]))),
    outlet: named(counted.outletCounts, (c) => snap.outlets[c]!),
    language: named(counted.languageCounts, (c) => snap.languages[c]!),
  };
}
