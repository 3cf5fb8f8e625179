import type { MultiSearchQuery, SearchResponse } from 'meilisearch';
import type { FacetCounts, SearchHit, SearchRequest, SearchResult, SortOrder } from '../types.ts';
import { toParagraphDoc } from './documents.ts';
import { FACET_FIELDS, LANGUAGE_FACET, OUTLET_FACET, YEAR_FACET, buildFilter, oneOf, type FacetField } from './filters.ts';
import { POST_TAG, PRE_TAG, escapeHtml, sentinelsToMarks } from './highlight.ts';
import { normalizePaging, normalizeSort, sanitizeQuery, sortParams } from './query.ts';
import { MAX_TOTAL_HITS } from './settings.ts';

/**
 * One search is one multi-search request: the page of hits under every filter, plus zero-hit
 * queries for what the page query cannot give (disjunctive facet counts, the distinct-article
 * count). https://www.meilisearch.com/docs/reference/api/multi_search
 */

const RETRIEVED = ['id', 'articleId', 'position', 'kind', 'text', 'title', 'outlet', 'year', 'date', 'language', 'articleParagraphs'];

export interface SearchPlan {
  q: string;
  page: number;
  perPage: number;
  sort: SortOrder;
  grouped: boolean;
  queries: MultiSearchQuery[];
  /** Index in `queries` of the query whose `totalHits` is the distinct-article count (ungrouped only). */
  articleCountQuery?: number;
  /** Index in `queries` whose facetDistribution holds each facet's counts. */
  facetQuery: Record<FacetField, number>;
  /** Needed again for the grouped follow-up query. */
  common: Pick<MultiSearchQuery, 'indexUid' | 'q' | 'matchingStrategy' | 'attributesToSearchOn'>;
  request: SearchRequest;
}

export function planSearch(request: SearchRequest, indexUid: string): SearchPlan {
  const q = sanitizeQuery(request.q);
  const { page, perPage } = normalizePaging(request);
  const sort = normalizeSort(request.sort);
  const grouped = request.groupByArticle === true;
  // Paragraph text is what matches (the title only ranks). Paragraphs with every word first, then
  // those lacking words from the end of the query, as the embedded engine ranks them.
  // https://www.meilisearch.com/docs/reference/api/search#matching-strategy
  const common = { indexUid, q, matchingStrategy: 'last' as const, attributesToSearchOn: ['text'] };
  const fullFilter = buildFilter(request.filters);

  const hits: MultiSearchQuery = {
    ...common,
    page,
    hitsPerPage: perPage,
    attributesToRetrieve: RETRIEVED,
    attributesToHighlight: ['text'],
    highlightPreTag: PRE_TAG,
    highlightPostTag: POST_TAG,
    // `words.matchingWords` vs `maxMatchingWords` says whether a hit had every query word.
    // https://www.meilisearch.com/docs/reference/api/search#ranking-score-details
    showRankingScoreDetails: true,
  };
  if (fullFilter !== undefined) hits.filter = fullFilter;
  const sortBy = sortParams(sort, q);
  if (sortBy) hits.sort = sortBy;
  if (grouped) hits.distinct = 'articleId';
  const queries: MultiSearchQuery[] = [hits];

  let articleCountQuery: number | undefined;
  if (!grouped) {
    const count: MultiSearchQuery = { ...common, hitsPerPage: 0, distinct: 'articleId' };
    if (fullFilter !== undefined) count.filter = fullFilter;
    articleCountQuery = queries.push(count) - 1;
  }

  // Facet counts come from queries without `distinct` (with it Meilisearch counts one paragraph
  // per article), each ignoring its own facet's selection. Facets sharing a filter share a query,
  // and ride on the hits query when that has the same filter and no distinct.
  const facetQuery = {} as Record<FacetField, number>;
  const byFilter = new Map<string, number>();
  for (const field of FACET_FIELDS) {
    const filter = buildFilter(request.filters, { ignore: field });
    const key = filter ?? '';
    let at = byFilter.get(key);
    if (at === undefined) {
      if (!grouped && filter === fullFilter) {
        at = 0;
      } else {
        const facetOnly: MultiSearchQuery = { ...common, hitsPerPage: 0 };
        if (filter !== undefined) facetOnly.filter = filter;
        at = queries.push(facetOnly) - 1;
      }
      byFilter.set(key, at);
    }
    const query = queries[at]!;
    query.facets = [...(query.facets ?? []), field];
    facetQuery[field] = at;
  }

  return { q, page, perPage, sort, grouped, queries, articleCountQuery, facetQuery, common, request };
}

/** With `groupByArticle`: how many matching paragraphs each article on the page has. */
export function moreInArticleQuery(plan: SearchPlan, articleIds: string[]): MultiSearchQuery {
  return {
    ...plan.common,
    hitsPerPage: 0,
    filter: buildFilter(plan.request.filters, { extra: [oneOf('articleId', articleIds)] })!,
    facets: ['articleId'],
  };
}

type AnyResponse = Pick<SearchResponse, 'hits' | 'facetDistribution' | 'totalHits' | 'estimatedTotalHits'>;

const totalOf = (r: AnyResponse | undefined) => r?.totalHits ?? r?.estimatedTotalHits ?? 0;

function toHit(raw: Record<string, unknown>): SearchHit {
  const doc = toParagraphDoc(raw);
  const formatted = (raw._formatted as { text?: unknown } | undefined)?.text;
  const hit: SearchHit = { ...doc, highlighted: typeof formatted === 'string' ? sentinelsToMarks(formatted) : escapeHtml(doc.text) };
  if (typeof raw.articleParagraphs === 'number') hit.articleParagraphs = raw.articleParagraphs;
  const words = (raw._rankingScoreDetails as { words?: { matchingWords?: unknown; maxMatchingWords?: unknown } } | undefined)?.words;
  // No `words` detail: the query had no words (an empty or exclusion-only query), so nothing is missing.
  hit.matchedAllTerms = words === undefined || words.matchingWords === words.maxMatchingWords;
  return hit;
}

/**
 * Whether Meilisearch stopped ranking at its `searchCutoffMs` and answered with what it had. It
 * says so only in the ranking score details: each rule it had no time for appears as `skipped`
 * (meilisearch/meilisearch#4466). A response-level `degraded` flag is honoured too, should the
 * server send one. The hits query asks for the details (`showRankingScoreDetails`).
 */
export function isDegraded(response: (AnyResponse & { degraded?: unknown }) | undefined): boolean {
  if (response?.degraded === true) return true;
  return (response?.hits ?? []).some((hit) => {
    const details = (hit as { _rankingScoreDetails?: unknown })._rankingScoreDetails;
    return typeof details === 'object' && details !== null && 'skipped' in details;
  });
}

export function mapSearchResponse(
  plan: SearchPlan,
  results: AnyResponse[],
  tookMs: number,
  moreInArticle?: FacetCounts,
  suggestions: string[] = [],
): SearchResult {
  const main = results[0];
  const total = totalOf(main);
  const hits = (main?.hits ?? []).map((h) => {
    const hit = toHit(h);
    if (plan.grouped) hit.moreInArticle = Math.max(0, (moreInArticle?.[hit.articleId] ?? 1) - 1);
    return hit;
  });
  const facet = (field: FacetField): FacetCounts => ({ ...(results[plan.facetQuery[field]]?.facetDistribution?.[field] ?? {}) });
  return {
    query: typeof plan.request.q === 'string' ? plan.request.q : '',
    total,
    totalCapped: total >= MAX_TOTAL_HITS,
    articleTotal: plan.grouped ? total : totalOf(results[plan.articleCountQuery ?? -1]),
    page: plan.page,
    perPage: plan.perPage,
    pages: Math.ceil(total / plan.perPage),
    sort: plan.sort,
    groupedByArticle: plan.grouped,
    tookMs,
    degraded: isDegraded(main),
    suggestions,
    hits,
    facets: { year: facet(YEAR_FACET), outlet: facet(OUTLET_FACET), language: facet(LANGUAGE_FACET) },
  };
}
