/**
 * One view, one data builder (Datasette style): the search state and the engine's result become one
 * plain object, rendered as the full page, as the htmx fragment, or as JSON.
 */
import {
  UNKNOWN_YEAR,
  type HitCopies,
  type HitMatch,
  type MatchRange,
  type QueryReading,
  type SearchHit,
  type SearchResult,
  type Spelling,
} from '../engine/contract/types.ts';
import { markHtml } from './marks.ts';
import { alsoSpelled, queryNotices, type AlsoSpelled, type QueryNotice } from './query-notes.ts';
import { DEFAULT_PARAMS, searchQueryString, searchUrl, type SearchParams, type YearValue } from './search-params.ts';
import { buildTimeline, type Timeline } from './timeline.ts';

export interface ApiHit {
  id: string;
  articleId: string;
  position: number;
  kind: SearchHit['kind'];
  title: string;
  outlet: string;
  year: number | null;
  date: string | null;
  language: string;
  text: string;
  /** Where the text matched: `[start, end)` in UTF-16 code units (engine/contract/types.ts `MatchRange`). */
  matches: MatchRange[];
  /**
   * `text` HTML-escaped with `<mark>` around each of `matches`, rendered here (marks.ts): a
   * convenience for clients that insert the hit into a page, so none has to write its own escaping.
   */
  highlighted: string;
  /** The paragraph inside its article: `/articles/<articleId>?q=<q>#p-<position>` (plus any filters). */
  url: string;
  moreInArticle?: number;
  /** Paragraphs in the hit's article, for "¶ 7 of 19", when the backend reports it. */
  articleParagraphs?: number;
  /** False when the paragraph has only some of the query's words (listed after those with all, not counted). */
  matchedAllTerms?: boolean;
  /** `exact`, `variant` (a synonym or compound form) or `approximate` (words missing, a correction or a completion). */
  match: HitMatch;
  /** The paragraph's copy group: the first indexed copy's paragraph id (its own id when it has none). */
  copyGroup: string;
  /**
   * With `dedupe=1`: the other matching copies of this paragraph (`count` paragraphs in `articles`
   * distinct other articles; a repeat within the hit's own article is no other article), and the
   * outlets that ran them.
   */
  copies?: HitCopies;
}

/** The JSON twin of the search page (`/api/search`, or `/` with `Accept: application/json`). */
export interface ApiSearchResponse {
  query: string;
  filters: { year: YearValue[]; outlet: string[]; language: string[] };
  sort: SearchParams['sort'];
  groupedByArticle: boolean;
  /** Paragraphs with every word, as written or a declared variant: what the facets, timeline and exports count. */
  total: number;
  totalCapped: boolean;
  /** The engine stopped early to answer in time: the hits are its best, counts may be short. */
  degraded: boolean;
  /** Hits listed after the counted ones that lack some words (not counted). */
  looseTotal: number;
  /** Words corrected (`morsi` → `mori`), completed as a prefix, or absent from the corpus. */
  reading: QueryReading;
  /** Near spellings of each word the corpus holds, with their counts. */
  spellings: Spelling[];
  articleTotal: number;
  /** When collapsed: the copy groups among `total` (one hit each); null otherwise. */
  distinctTotal: number | null;
  /**
   * Whether copies are collapsed (one hit per copy group): asked for with `dedupe=1|0`, else the
   * default. Never with `group=article` (one hit per article instead).
   */
  collapsed: boolean;
  /** What a request without `dedupe` gets: true once the corpus has copies. */
  collapsedByDefault: boolean;
  page: number;
  pages: number;
  perPage: number;
  tookMs: number;
  hits: ApiHit[];
  facets: SearchResult['facets'];
  /** "Did you mean" queries from the index's vocabulary; empty when the query looks right. */
  suggestions: string[];
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  /** The same search with this value toggled (and paging reset). */
  toggleUrl: string;
}

export interface FilterChip {
  facet: 'year' | 'outlet' | 'language';
  label: string;
  removeUrl: string;
}

export type PageLink =
  | { number: number; url: string; current: boolean; gap?: undefined }
  /** Pages left out between two links: shown as "…". */
  | { gap: true };

/** How many outlets show before "more": long lists bury the filter people came for. */
export const OUTLETS_SHOWN = 10;

export interface SearchView {
  params: SearchParams;
  api: ApiSearchResponse;
  /** `language` is empty unless the matches (or the selection) span more than one language. */
  facets: { year: FacetOption[]; outlet: FacetOption[]; outletMore: FacetOption[]; language: FacetOption[] };
  /** The API hits plus what only the page needs: `copiesUrl` lists a collapsed hit's copies (null without any). */
  hits: Array<ApiHit & { contextUrl: string; copiesUrl: string | null; copiesText: string | null }>;
  timeline: Timeline | null;
  /** The whole result set (every page) as files. */
  exportUrls: { csv: string; json: string };
  /** The same search with every copy listed (collapsing off). */
  uncollapsedUrl: string;
  /** Show the "Collapse copies" switch: the corpus has copies, or the URL asks to collapse anyway. */
  dedupeSwitch: boolean;
  chips: FilterChip[];
  clearFiltersUrl: string | null;
  pagination: { prev: string | null; next: string | null; links: PageLink[] };
  /** A page beyond the last (an old link, a result set that shrank): how many pages there are, and the last. */
  pastEnd: { page: number; pages: number; lastUrl: string } | null;
  /** Words for the summary line: "paragraphs" or "articles". */
  unit: 'paragraphs' | 'articles';
  unitOne: 'paragraph' | 'article';
  /** The same search with a suggested query instead. */
  didYouMean: Array<{ q: string; url: string }>;
  /**
   * When filters leave nothing: what dropping each filtered facet would bring back. Facet counts
   * ignore their own facet's filter, so the sum of a facet's counts is that number, with no extra query.
   */
  hiddenBy: Array<{ facet: 'year' | 'outlet' | 'language'; label: string; count: number; url: string }>;
  /** "No paragraph contains Morsi. Showing Mori instead · search for Morsi only", and the like. */
  notices: QueryNotice[];
  /** "Also spelled: Morsy (4)": links adding each spelling to the query as a `|` alternative. */
  alsoSpelled: AlsoSpelled[];
  /** The facet lists in the order the sidebar shows them. */
  facetGroups: Array<{ name: 'year' | 'outlet' | 'language'; title: string; options: FacetOption[]; more: FacetOption[] }>;
}

/**
 * The hit's paragraph in its article. The whole search state rides along so the article page's
 * "back to results" restores it; with only a query this is `/articles/<id>?q=<q>#p-<position>`.
 */
export function articleUrl(articleId: string, position: number, params: SearchParams, qs = searchQueryString(params)): string {
  return `/articles/${encodeURIComponent(articleId)}${qs ? `?${qs}` : ''}#p-${position}`;
}

/** The hit's passage with `around` neighbouring paragraphs on each side (an htmx fragment). */
export function contextUrl(
  articleId: string,
  position: number,
  params: SearchParams,
  around: number,
  qs = searchQueryString(params),
): string {
  return `/articles/${encodeURIComponent(articleId)}/context?${qs}${qs ? '&' : ''}position=${position}&around=${around}`;
}

/**
 * A collapsed hit's copies under the same search (routes/search-copies.ts): the list unfolded in
 * place by htmx, or a page of its own without JavaScript.
 */
export function copiesUrl(group: string, hitId: string, params: SearchParams, qs = searchQueryString(params)): string {
  return `/copies/${encodeURIComponent(group)}?${qs}${qs ? '&' : ''}${new URLSearchParams({ hit: hitId })}`;
}

/**
 * A collapsed hit's copies line, numbers that say what they count: "also in 3 other articles
 * (2 outlets: AFP, Reuters)"; with more copies than articles, "also in 1 other article (2 copies;
 * 1 outlet: AFP)"; with copies only inside its own article, "2 more copies in this article".
 */
export function copiesWording(copies: HitCopies): string {
  const n = (count: number, one: string, many: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
  const outlets = copies.outlets.length > 0 ? `${n(copies.outlets.length, 'outlet', 'outlets')}: ${copies.outlets.join(', ')}` : '';
  if (copies.articles === 0) return `${n(copies.count, 'more copy', 'more copies')} in this article`;
  const details = [copies.count > copies.articles ? n(copies.count, 'copy', 'copies') : '', outlets].filter((d) => d !== '');
  return `also in ${n(copies.articles, 'other article', 'other articles')}${details.length > 0 ? ` (${details.join('; ')})` : ''}`;
}

/** The same search as a download: all matches, so paging does not travel. */
export function exportUrl(params: SearchParams, format: 'csv' | 'json'): string {
  return searchUrl({ ...params, page: 1, perPage: DEFAULT_PARAMS.perPage }, `/export.${format}`);
}

/** One hit as the JSON API (and the export) shows it. */
export function toApiHit(hit: SearchHit, params: SearchParams, qs = searchQueryString(params)): ApiHit {
  return {
    id: hit.id,
    articleId: hit.articleId,
    position: hit.position,
    kind: hit.kind,
    title: hit.title,
    outlet: hit.outlet,
    year: hit.year,
    date: hit.date,
    language: hit.language,
    text: hit.text,
    matches: hit.matches,
    highlighted: markHtml(hit.text, hit.matches),
    url: articleUrl(hit.articleId, hit.position, params, qs),
    ...(hit.moreInArticle !== undefined ? { moreInArticle: hit.moreInArticle } : {}),
    ...(hit.articleParagraphs !== undefined ? { articleParagraphs: hit.articleParagraphs } : {}),
    ...(hit.matchedAllTerms !== undefined ? { matchedAllTerms: hit.matchedAllTerms } : {}),
    match: hit.match,
    copyGroup: hit.copyGroup,
    ...(hit.copies !== undefined ? { copies: hit.copies } : {}),
  };
}

export function toApiResponse(params: SearchParams, result: SearchResult, qs = searchQueryString(params)): ApiSearchResponse {
  return {
    query: params.q,
    filters: { year: params.year, outlet: params.outlet, language: params.language },
    sort: result.sort,
    groupedByArticle: result.groupedByArticle,
    total: result.total,
    totalCapped: result.totalCapped,
    degraded: result.degraded,
    looseTotal: result.looseTotal,
    reading: result.reading,
    spellings: result.spellings,
    articleTotal: result.articleTotal,
    distinctTotal: result.distinctTotal,
    collapsed: result.distinctTotal !== null,
    collapsedByDefault: params.dedupeDefault,
    page: result.page,
    pages: result.pages,
    perPage: result.perPage,
    tookMs: result.tookMs,
    hits: result.hits.map((hit) => toApiHit(hit, params, qs)),
    facets: result.facets,
    suggestions: result.suggestions ?? [],
  };
}

function toggled<T>(values: T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

function yearOptions(params: SearchParams, counts: Record<string, number>): FacetOption[] {
  const values = new Set<string>(Object.keys(counts));
  for (const y of params.year) values.add(String(y));
  return [...values]
    .sort((a, b) => (a === UNKNOWN_YEAR ? 1 : b === UNKNOWN_YEAR ? -1 : Number(b) - Number(a)))
    .map((value) => {
      const year: YearValue = value === UNKNOWN_YEAR ? UNKNOWN_YEAR : Number(value);
      return {
        value,
        label: value === UNKNOWN_YEAR ? 'Unknown year' : value,
        count: counts[value] ?? 0,
        selected: params.year.includes(year),
        toggleUrl: searchUrl({ ...params, year: toggled(params.year, year), page: 1 }),
      };
    });
}

function outletOptions(params: SearchParams, counts: Record<string, number>): FacetOption[] {
  const values = new Set<string>(Object.keys(counts));
  for (const o of params.outlet) values.add(o);
  return [...values]
    .sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b))
    .map((value) => ({
      value,
      label: value,
      count: counts[value] ?? 0,
      selected: params.outlet.includes(value),
      toggleUrl: searchUrl({ ...params, outlet: toggled(params.outlet, value), page: 1 }),
    }));
}

/**
 * The first and last pages and two on each side of the current one, with "…" where pages are left
 * out; a gap of a single page shows that page instead, since "…" would take as much room.
 */
function pageLinks(params: SearchParams, pages: number): SearchView['pagination'] {
  const current = params.page;
  const at = (n: number) => searchUrl({ ...params, page: n });
  const numbers = [...new Set<number>([1, pages, current - 2, current - 1, current, current + 1, current + 2])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const [i, n] of numbers.entries()) {
    const before = i > 0 ? numbers[i - 1]! : n - 1;
    if (n - before === 2) links.push({ number: n - 1, url: at(n - 1), current: false });
    else if (n - before > 2) links.push({ gap: true });
    links.push({ number: n, url: at(n), current: n === current });
  }
  return {
    prev: current > 1 ? at(Math.min(current - 1, Math.max(pages, 1))) : null,
    next: current < pages ? at(current + 1) : null,
    links,
  };
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "fr" → "French"; "und" (undetermined) → "Unknown language". */
export function languageName(tag: string): string {
  if (tag === 'und') return 'Unknown language';
  try {
    return LANGUAGE_NAMES.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function languageOptions(params: SearchParams, counts: Record<string, number>): FacetOption[] {
  const values = new Set<string>([...Object.keys(counts), ...params.language]);
  return [...values]
    .sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b))
    .map((value) => ({
      value,
      label: languageName(value),
      count: counts[value] ?? 0,
      selected: params.language.includes(value),
      toggleUrl: searchUrl({ ...params, language: toggled(params.language, value), page: 1 }),
    }));
}

/**
 * A hit as the page shows it: the API's hit and its links. Written out field by field: copying the
 * API hit with a spread and adding three fields cost ~2.5 KB of garbage a hit on the serving
 * thread (V8 grows the copy's property store once per added field), a tenth of what a whole
 * results page's view allocated at 200k; the literal costs ~0.4 KB.
 */
function pageHit(hit: ApiHit, params: SearchParams, qs: string): SearchView['hits'][number] {
  const copied = hit.copies !== undefined && hit.copies.count > 0;
  return {
    id: hit.id,
    articleId: hit.articleId,
    position: hit.position,
    kind: hit.kind,
    title: hit.title,
    outlet: hit.outlet,
    year: hit.year,
    date: hit.date,
    language: hit.language,
    text: hit.text,
    matches: hit.matches,
    highlighted: hit.highlighted,
    url: hit.url,
    moreInArticle: hit.moreInArticle,
    articleParagraphs: hit.articleParagraphs,
    matchedAllTerms: hit.matchedAllTerms,
    match: hit.match,
    copyGroup: hit.copyGroup,
    copies: hit.copies,
    contextUrl: contextUrl(hit.articleId, hit.position, params, 1, qs),
    copiesUrl: copied ? copiesUrl(hit.copyGroup, hit.id, params, qs) : null,
    copiesText: copied ? copiesWording(hit.copies!) : null,
  };
}

export function buildSearchView(params: SearchParams, result: SearchResult): SearchView {
  const chips: FilterChip[] = [
    ...params.year.map((y) => ({
      facet: 'year' as const,
      label: y === UNKNOWN_YEAR ? 'Unknown year' : String(y),
      removeUrl: searchUrl({ ...params, year: params.year.filter((v) => v !== y), page: 1 }),
    })),
    ...params.outlet.map((o) => ({
      facet: 'outlet' as const,
      label: o,
      removeUrl: searchUrl({ ...params, outlet: params.outlet.filter((v) => v !== o), page: 1 }),
    })),
    ...params.language.map((l) => ({
      facet: 'language' as const,
      label: languageName(l),
      removeUrl: searchUrl({ ...params, language: params.language.filter((v) => v !== l), page: 1 }),
    })),
  ];
  const languages = languageOptions(params, result.facets.language ?? {});
  const outlets = outletOptions(params, result.facets.outlet);
  // Selected outlets always stay in view, however few matches they have.
  const shown = outlets.filter((o, i) => i < OUTLETS_SHOWN || o.selected);
  const unit = result.groupedByArticle ? { one: 'article', many: 'articles' } : { one: 'paragraph', many: 'paragraphs' };
  // The search state's part of every hit's links, written once for the page rather than per link
  // (three links a hit: most of the view's garbage after the hits themselves).
  const qs = searchQueryString(params);
  const api = toApiResponse(params, result, qs);
  const facets: SearchView['facets'] = {
    year: yearOptions(params, result.facets.year),
    outlet: shown,
    outletMore: outlets.filter((o) => !shown.includes(o)),
    // A facet with one value filters nothing: it appears once the matches mix languages.
    language: languages.length > 1 || params.language.length > 0 ? languages : [],
  };
  const facetGroups: SearchView['facetGroups'] = [
    { name: 'year', title: 'Year', options: facets.year, more: [] },
    { name: 'outlet', title: 'Outlet', options: facets.outlet, more: facets.outletMore },
  ];
  if (facets.language.length > 0) facetGroups.push({ name: 'language', title: 'Language', options: facets.language, more: [] });
  return {
    params,
    facetGroups,
    api,
    hits: api.hits.map((hit) => pageHit(hit, params, qs)),
    facets,
    timeline: buildTimeline(params, result.facets.year, unit),
    exportUrls: { csv: exportUrl(params, 'csv'), json: exportUrl(params, 'json') },
    uncollapsedUrl: searchUrl({ ...params, dedupe: false, page: 1 }),
    dedupeSwitch: params.dedupeDefault || params.dedupe,
    chips,
    clearFiltersUrl: chips.length > 0 ? searchUrl({ ...params, year: [], outlet: [], language: [], page: 1 }) : null,
    pagination: pageLinks(params, result.pages),
    pastEnd:
      result.total > 0 && params.page > result.pages
        ? { page: params.page, pages: result.pages, lastUrl: searchUrl({ ...params, page: result.pages }) }
        : null,
    unit: result.groupedByArticle ? 'articles' : 'paragraphs',
    unitOne: result.groupedByArticle ? 'article' : 'paragraph',
    didYouMean: (result.suggestions ?? []).map((q) => ({ q, url: searchUrl({ ...params, q, page: 1 }) })),
    hiddenBy: result.total === 0 ? hiddenBy(params, result) : [],
    notices: queryNotices(params, result),
    alsoSpelled: alsoSpelled(params, result),
  };
}

function hiddenBy(params: SearchParams, result: SearchResult): SearchView['hiddenBy'] {
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const out: SearchView['hiddenBy'] = [];
  if (params.year.length > 0) {
    const label = params.year.map((y) => (y === UNKNOWN_YEAR ? 'unknown year' : String(y))).join(', ');
    out.push({ facet: 'year', label: `year ${label}`, count: sum(result.facets.year), url: searchUrl({ ...params, year: [], page: 1 }) });
  }
  if (params.outlet.length > 0) {
    out.push({
      facet: 'outlet',
      label: `outlet ${params.outlet.join(', ')}`,
      count: sum(result.facets.outlet),
      url: searchUrl({ ...params, outlet: [], page: 1 }),
    });
  }
  if (params.language.length > 0) {
    const label = `language ${params.language.map(languageName).join(', ')}`;
    out.push({ facet: 'language', label, count: sum(result.facets.language ?? {}), url: searchUrl({ ...params, language: [], page: 1 }) });
  }
  return out.filter((h) => h.count > 0);
}
