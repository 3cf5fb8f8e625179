/**
 * Filtering and counting, the second step of a search: the matches that pass the facet filters,
 * the disjunctive facet counts, the distinct articles, and (collapsing copies) one row per copy
 * group. Over the snapshot's typed arrays, with counts kept in the search's workspace.
 */
import { UNKNOWN_YEAR, type FacetCounts, type SearchFilters, type SearchResult } from '../contract/types.ts';
import { pageCopies, type CopiesOf } from './page-copies.ts';
import { UNKNOWN_YEAR_CODE, type Snapshot } from './snapshot.ts';
import type { Workspace } from './workspace.ts';

export interface Counted {
  /** Matches passing every filter, ascending rowid. */
  filtered: Uint32Array;
  /**
   * Distinct article rowids among `filtered`, in order met; their hit counts are left in
   * `ws.articleHits`.
   */
  articles: Uint32Array;
  yearCounts: Uint32Array;
  outletCounts: Uint32Array;
  languageCounts: Uint32Array;
}

/** The rows (ascending) that pass every filter. */
export function filterRows(snap: Snapshot, rows: Uint32Array, filters: SearchFilters | undefined): Uint32Array {
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

/**
 * One pass over the matches: a facet's counts respect every filter but its own (disjunctive
 * facets, as in Meilisearch's UI conventions), and the matches that pass all filters are kept.
 */
export function countAndFilter(snap: Snapshot, ws: Workspace, matches: Uint32Array, filters: SearchFilters | undefined): Counted {
  const yearAllowed = allowedYears(snap, filters?.year);
  const outletAllowed = allowedCodes(snap.outlets.length, snap.outletCodes, filters?.outlet);
  const languageAllowed = allowedCodes(snap.languages.length, snap.languageCodes, filters?.language);
  if (yearAllowed === null && outletAllowed === null && languageAllowed === null) return countAll(snap, ws, matches);
  const yearCounts = new Uint32Array(snap.years.length);
  const outletCounts = new Uint32Array(snap.outlets.length);
  const languageCounts = new Uint32Array(snap.languages.length);
  const filtered = new Uint32Array(matches.length);
  const { yearCode, outletCode, articleOf, articleLanguage, size } = snap;
  const { articleHits } = ws;
  // No more distinct articles than matches: a list that small, not one per article of the index.
  const articleList = new Uint32Array(Math.min(ws.articles, matches.length));
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
export function countAll(snap: Snapshot, ws: Workspace, matches: Uint32Array): Counted {
  const yearCounts = new Uint32Array(snap.years.length);
  const outletCounts = new Uint32Array(snap.outlets.length);
  const languageCounts = new Uint32Array(snap.languages.length);
  const { yearCode, outletCode, articleOf, articleLanguage, size } = snap;
  const { articleHits } = ws;
  // No more distinct articles than matches: a list that small, not one per article of the index.
  const articleList = new Uint32Array(Math.min(ws.articles, matches.length));
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

/** Whether any filter is set (an empty list sets none). */
export function hasFilters(filters: SearchFilters | undefined): boolean {
  if (filters === undefined) return false;
  if (typeof filters.copyGroup === 'string' && filters.copyGroup !== '') return true;
  return [filters.year, filters.outlet, filters.language].some((values) => Array.isArray(values) && values.length > 0);
}

export function facetObjects(snap: Snapshot, counted: Counted): SearchResult['facets'] {
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

/**
 * The copy group's row to show: the earliest dated copy (undated ones last), else the first
 * indexed (lowest rowid). Rows in ascending order in, one per group out, still ascending.
 */
export function collapse(snap: Snapshot, ws: Workspace, rows: Uint32Array): Uint32Array {
  const { copyGroupOf, articleDay, articleOf } = snap;
  const { groupBest } = ws;
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
 * distinct paragraphs, by the value of the copy shown). `collapsedMatches` is `collapse` of
 * `matches` (the caller may have it at hand). `counted`'s article marks are reset here.
 */
export function collapseCounted(
  snap: Snapshot,
  ws: Workspace,
  matches: Uint32Array,
  collapsedMatches: Uint32Array,
  counted: Counted,
  filters: SearchFilters | undefined,
): { counted: Counted; paragraphTotal: number; articleTotal: number; copiesFor: (page: ArrayLike<number>) => CopiesOf } {
  const all = counted.filtered;
  // The articles the counted paragraphs are in (copies included): "412 paragraphs (268 distinct) in 300 articles".
  const articleTotal = counted.articles.length;
  // Each count starts from zeroed article counts: clear what the last one left.
  for (const a of counted.articles) ws.articleHits[a] = 0;
  const facets = countAndFilter(snap, ws, collapsedMatches, filters);
  let shown = facets;
  // Unfiltered (every match kept, the usual case) the two counts are one: collapse and count once.
  if (all !== matches) {
    for (const a of facets.articles) ws.articleHits[a] = 0;
    shown = countAll(snap, ws, collapse(snap, ws, all));
  }
  // The other copies of the page's groups: one pass over the filtered matches for just those groups.
  const copiesFor = (page: ArrayLike<number>) => pageCopies(snap, ws.groupBest, all, page);
  return {
    counted: { ...shown, yearCounts: facets.yearCounts, outletCounts: facets.outletCounts, languageCounts: facets.languageCounts },
    paragraphTotal: all.length,
    articleTotal,
    copiesFor,
  };
}
