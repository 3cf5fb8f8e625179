/**
 * Search over one generation. FTS5 supplies the matching rowids; filtering, disjunctive facet
 * counts, totals and date sorting happen in JS over the snapshot's typed arrays; only the page of
 * hits is read back from SQL (row + highlight), so the cost beyond FTS5 is linear in the matches.
 */
import { escapeHtml, MARK_CLOSE, MARK_OPEN, sentinelsToHtml } from '../highlight.ts';
import { parseQuery, toFts5, type Fts5Query } from '../query.ts';
import {
  UNKNOWN_YEAR,
  type FacetCounts,
  type ParagraphKind,
  type SearchFilters,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
  type SortOrder,
} from '../types.ts';
import type { Generation, Statements } from './generation.ts';
import { UNKNOWN_YEAR_CODE, type Snapshot } from './snapshot.ts';

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

/** Normalised paging: page ≥ 1, perPage in [1, MAX_PER_PAGE], default DEFAULT_PER_PAGE. */
export function normalisePaging(page: unknown, perPage: unknown): { page: number; perPage: number } {
  const p = Math.floor(Number(page));
  const pp = Math.floor(Number(perPage ?? DEFAULT_PER_PAGE));
  return {
    page: Number.isFinite(p) && p >= 1 ? p : 1,
    perPage: Number.isFinite(pp) ? Math.min(MAX_PER_PAGE, Math.max(1, pp)) : DEFAULT_PER_PAGE,
  };
}

export function search(generation: Generation, request: SearchRequest): SearchResult {
  const started = performance.now();
  const q = typeof request.q === 'string' ? request.q : '';
  const { page, perPage } = normalisePaging(request.page, request.perPage);
  const sort: SortOrder = request.sort === 'newest' || request.sort === 'oldest' ? request.sort : 'relevance';
  const grouped = request.groupByArticle === true;
  const fts = toFts5(parseQuery(q));
  const snap = generation.current();
  const st = generation.statements;

  const matches = matchingRowids(st, snap, fts);
  const counted = countAndFilter(snap, matches, request.filters);
  const { filtered, articles } = counted;
  const total = grouped ? articles.length : filtered.length;
  const offset = (page - 1) * perPage;

  let pageRowids: ArrayLike<number> = [];
  if (offset < total) {
    const want = offset + perPage;
    if (fts.kind === 'match' && sort === 'relevance') {
      // Nothing filtered out and one hit per paragraph: FTS5 can rank and page by itself.
      pageRowids =
        !grouped && filtered.length === matches.length
          ? (st.rankedPage.all(fts.match, perPage, offset) as number[])
          : byRelevance(st, snap, fts.match, filtered, grouped, want).slice(offset);
    } else {
      pageRowids = byDate(snap, sort === 'oldest', filtered, grouped, want).slice(offset);
    }
  }

  const hits: SearchHit[] = [];
  for (let i = 0; i < pageRowids.length; i++) {
    const rowid = pageRowids[i]!;
    const hit = readHit(st, fts, rowid);
    if (grouped) hit.moreInArticle = snap.articleHits[snap.articleOf[rowid]!]! - 1;
    hits.push(hit);
  }
  for (const a of articles) snap.articleHits[a] = 0;

  return {
    query: q,
    total,
    totalCapped: false,
    articleTotal: articles.length,
    page,
    perPage,
    pages: Math.ceil(total / perPage),
    sort,
    groupedByArticle: grouped,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
    hits,
    facets: facetObjects(snap, counted.yearCounts, counted.outletCounts),
  };
}

function matchingRowids(st: Statements, snap: Snapshot, fts: Fts5Query): ArrayLike<number> {
  if (fts.kind === 'all') return snap.allRowids;
  if (fts.kind === 'match') return st.matchRowids.all(fts.match) as number[];
  const excluded = st.matchRowids.all(fts.exclude) as number[];
  if (excluded.length === 0) return snap.allRowids;
  const marks = snap.rowidMarks;
  for (const r of excluded) if (r < snap.size) marks[r] = 1;
  const kept = new Uint32Array(snap.allRowids.length);
  let n = 0;
  for (const r of snap.allRowids) if (marks[r] === 0) kept[n++] = r;
  for (const r of excluded) if (r < snap.size) marks[r] = 0;
  return kept.subarray(0, n);
}

interface Counted {
  /** Matches passing every filter, ascending rowid. */
  filtered: Uint32Array;
  /** Distinct article rowids among `filtered`; their counts are left in `snap.articleHits`. */
  articles: number[];
  yearCounts: Uint32Array;
  outletCounts: Uint32Array;
}

/**
 * One pass over the matches: a facet's counts respect every filter but its own (disjunctive
 * facets, as in Meilisearch's UI conventions), and the matches that pass all filters are kept.
 */
function countAndFilter(snap: Snapshot, matches: ArrayLike<number>, filters: SearchFilters | undefined): Counted {
  const yearAllowed = allowedYears(snap, filters?.year);
  const outletAllowed = allowedOutlets(snap, filters?.outlet);
  const yearCounts = new Uint32Array(snap.years.length);
  const outletCounts = new Uint32Array(snap.outlets.length);
  const filtered = new Uint32Array(matches.length);
  const articles: number[] = [];
  const { yearCode, outletCode, articleOf, articleHits, size } = snap;
  let n = 0;
  for (let i = 0; i < matches.length; i++) {
    const r = matches[i]!;
    // A rowid the snapshot does not know would be a write racing this read; skip it.
    if (r >= size || articleOf[r] === 0) continue;
    const y = yearCode[r]!;
    const o = outletCode[r]!;
    const yearOk = yearAllowed === null || yearAllowed[y] === 1;
    const outletOk = outletAllowed === null || outletAllowed[o] === 1;
    if (outletOk) yearCounts[y]!++;
    if (yearOk) outletCounts[o]!++;
    if (yearOk && outletOk) {
      filtered[n++] = r;
      const a = articleOf[r]!;
      if (articleHits[a]!++ === 0) articles.push(a);
    }
  }
  return { filtered: filtered.subarray(0, n), articles, yearCounts, outletCounts };
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

function allowedOutlets(snap: Snapshot, outlets: SearchFilters['outlet']): Uint8Array | null {
  if (!Array.isArray(outlets) || outlets.length === 0) return null;
  const allowed = new Uint8Array(snap.outlets.length);
  for (const o of outlets) {
    const code = snap.outletCodes.get(o);
    if (code !== undefined) allowed[code] = 1;
  }
  return allowed;
}

/** The first `want` hits by bm25: ranked rowids, checked against the filtered set. */
function byRelevance(st: Statements, snap: Snapshot, match: string, filtered: Uint32Array, grouped: boolean, want: number): number[] {
  const marks = snap.rowidMarks;
  for (const r of filtered) marks[r] = 1;
  const out: number[] = [];
  const seen = new Set<number>();
  try {
    for (const r of st.rankedRowids.iterate(match) as IterableIterator<number>) {
      if (r >= snap.size || marks[r] !== 1) continue;
      if (grouped) {
        const a = snap.articleOf[r]!;
        if (seen.has(a)) continue;
        seen.add(a);
      }
      out.push(r);
      if (out.length >= want) break;
    }
  } finally {
    for (const r of filtered) marks[r] = 0;
  }
  return out;
}

/**
 * The first `want` hits in date order. Few matches: sort them by their precomputed rank. Many:
 * walk the global date order and pick the matches, which stops as soon as the page is full.
 */
function byDate(snap: Snapshot, oldest: boolean, filtered: Uint32Array, grouped: boolean, want: number): number[] {
  const order = oldest ? snap.oldestOrder : snap.newestOrder;
  const rank = oldest ? snap.oldestRank : snap.newestRank;
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

type HitRow = [number, ParagraphKind, string, string, string, string, number | null, string | null, string];

function readHit(st: Statements, fts: Fts5Query, rowid: number): SearchHit {
  const [position, kind, text, articleId, title, outlet, year, date, language] = st.hitRow.get(rowid) as HitRow;
  let highlighted: string;
  if (fts.kind === 'match') {
    const marked = st.highlightOne.get(MARK_OPEN, MARK_CLOSE, fts.match, rowid, rowid) as string | undefined;
    highlighted = marked === undefined ? escapeHtml(text) : sentinelsToHtml(marked);
  } else {
    highlighted = escapeHtml(text);
  }
  return { id: `${articleId}-${position}`, articleId, position, kind, text, title, outlet, year, date, language, highlighted };
}

function facetObjects(snap: Snapshot, yearCounts: Uint32Array, outletCounts: Uint32Array): SearchResult['facets'] {
  const year: FacetCounts = {};
  const outlet: FacetCounts = {};
  for (let c = 0; c < yearCounts.length; c++) {
    const count = yearCounts[c]!;
    if (count > 0) year[c === UNKNOWN_YEAR_CODE ? UNKNOWN_YEAR : String(snap.years[c])] = count;
  }
  for (let c = 0; c < outletCounts.length; c++) {
    const count = outletCounts[c]!;
    if (count > 0) outlet[snap.outlets[c]!] = count;
  }
  return { year, outlet };
}
