import type { MultiSearchQuery, SearchResponse } from 'meilisearch';
import { interpret, matchOf, spellingsOf, type Interpretation, type Lexicon } from '../query/interpret.ts';
import { parseQuery, type ParsedQuery } from '../query/parse.ts';
import type { FacetCounts, SearchHit, SearchRequest, SearchResult, SortOrder, Spelling } from '../contract/types.ts';
import { toParagraphDoc } from './documents.ts';
import { FACET_FIELDS, LANGUAGE_FACET, OUTLET_FACET, YEAR_FACET, buildFilter, oneOf, type FacetField } from './filters.ts';
import { matchesOf } from './matches.ts';
import { normaliseRequest, type NormalRequest } from '../contract/request.ts';
import { hitCopies } from '../contract/hit-copies.ts';
import { meiliQueries, sortParams } from './query.ts';
import { MAX_TOTAL_HITS } from './settings.ts';

/**
 * One search is one multi-search request: the page of hits under every filter, plus zero-hit
 * queries for what the page query cannot give (disjunctive facet counts, the distinct-article
 * count). https://www.meilisearch.com/docs/reference/api/multi_search
 */

const RETRIEVED = [
  'id',
  'articleId',
  'position',
  'kind',
  'text',
  'title',
  'outlet',
  'year',
  'date',
  'language',
  'articleParagraphs',
  'copyGroup',
];

export interface SearchPlan {
  /** The query as the user typed it (cleaned). */
  q: string;
  parsed: ParsedQuery;
  interpretation: Interpretation;
  spellings: Spelling[];
  /**
   * The `q` of every query, one per way of choosing the query's `a|b` spellings (query.ts). With
   * more than one, each planned query is sent as a federated multi-search over all of them
   * (federation.ts); `queries` then hold the first.
   */
  qs: string[];
  /** Index in `queries` of the query whose `totalHits` counts paragraphs with every word (the page query when it asks for them only). */
  countQuery: number;
  /** Collapsed and federated: index in `queries` of the query counting copy groups (else the page query's total does). */
  groupCountQuery?: number;
  page: number;
  perPage: number;
  sort: SortOrder;
  grouped: boolean;
  /** Collapse copies: one hit per `copyGroup` (Meilisearch's `distinct`), counts of groups. */
  dedupe: boolean;
  queries: MultiSearchQuery[];
  /** Index in `queries` of the query whose `totalHits` is the distinct-article count (ungrouped only). */
  articleCountQuery?: number;
  /** Index in `queries` whose facetDistribution holds each facet's counts. */
  facetQuery: Record<FacetField, number>;
  /** Needed again for the grouped follow-up query. */
  common: Pick<MultiSearchQuery, 'indexUid' | 'q' | 'matchingStrategy' | 'attributesToSearchOn'>;
  request: NormalRequest;
}

export function planSearch(given: SearchRequest, indexUid: string, lexicon: Lexicon): SearchPlan {
  // The one normaliser both backends share (engine/contract/request.ts): defaults, limits, the query cleaned.
  const request = normaliseRequest(given);
  const { q, page, perPage, sort, groupByArticle: grouped } = request;
  const dedupe = request.dedupe && !grouped;
  const parsed = parseQuery(q);
  const interpretation = interpret(parsed, lexicon);
  const spellings = spellingsOf(parsed, lexicon);
  const qs = meiliQueries(parsed, interpretation, lexicon.synonyms);
  // Paragraph text is what matches (the title only ranks). Counts, facets and grouping take the
  // paragraphs with every word (`all`); in relevance order the page also lists, after them, those
  // lacking words from the end of the query (`last`), as the embedded engine does.
  // https://www.meilisearch.com/docs/reference/api/search#matching-strategy
  const common = { indexUid, q: qs[0]!, matchingStrategy: 'all' as const, attributesToSearchOn: ['text'] };
  const listLoose = sort === 'relevance' && !grouped && !dedupe && parsed.terms.length > 1;
  const fullFilter = buildFilter(request.filters);

  const hits: MultiSearchQuery = {
    ...common,
    ...(listLoose ? { matchingStrategy: 'last' as const } : {}),
    page,
    hitsPerPage: perPage,
    attributesToRetrieve: RETRIEVED,
    // Where each hit matched, in bytes of its text (matches.ts turns them into ranges).
    showMatchesPosition: true,
    // `words.matchingWords` vs `maxMatchingWords` says whether a hit had every query word.
    // https://www.meilisearch.com/docs/reference/api/search#ranking-score-details
    showRankingScoreDetails: true,
  };
  if (fullFilter !== undefined) hits.filter = fullFilter;
  const sortBy = sortParams(sort, q);
  if (sortBy) hits.sort = sortBy;
  if (grouped) hits.distinct = 'articleId';
  // Collapsed: one paragraph per copy group; its totalHits counts the groups.
  // https://www.meilisearch.com/docs/learn/relevancy/distinct_attribute
  if (dedupe) hits.distinct = 'copyGroup';
  const queries: MultiSearchQuery[] = [hits];
  // With loose hits listed, or copies collapsed, the paragraphs with every word are counted apart.
  let countQuery =
    listLoose || dedupe ? queries.push({ ...common, hitsPerPage: 0, ...(fullFilter === undefined ? {} : { filter: fullFilter }) }) - 1 : 0;
  // Collapsed and federated, the page's own total is no count of groups (federation.ts): a zero-hit
  // query distinct on copyGroup is, counted there as the values of the copyGroup facet.
  let groupCountQuery: number | undefined;
  if (dedupe && qs.length > 1) {
    groupCountQuery =
      queries.push({ ...common, hitsPerPage: 0, distinct: 'copyGroup', ...(fullFilter === undefined ? {} : { filter: fullFilter }) }) - 1;
  }

  let articleCountQuery: number | undefined;
  // Grouped, the page's own total counts articles; federated, only the article count query can (federation.ts).
  const federatedGroups = grouped && qs.length > 1;
  if (!grouped || federatedGroups) {
    const count: MultiSearchQuery = { ...common, hitsPerPage: 0, distinct: 'articleId' };
    if (fullFilter !== undefined) count.filter = fullFilter;
    articleCountQuery = queries.push(count) - 1;
    if (federatedGroups) countQuery = articleCountQuery;
  }

  const facetQuery = addFacetQueries(queries, request, { common, fullFilter, countQuery, grouped, dedupe });

  return {
    q,
    parsed,
    interpretation,
    spellings,
    qs,
    countQuery,
    groupCountQuery,
    page,
    perPage,
    sort,
    grouped,
    dedupe,
    queries,
    articleCountQuery,
    facetQuery,
    common,
    request,
  };
}

/**
 * Facet counts come from queries without `distinct` (with it Meilisearch counts one paragraph
 * per article), each ignoring its own facet's selection. Facets sharing a filter share a query,
 * and ride on the count query when that has the same filter and no distinct. Returns, per facet,
 * the index in `queries` holding its counts.
 */
function addFacetQueries(
  queries: MultiSearchQuery[],
  request: NormalRequest,
  page: { common: SearchPlan['common']; fullFilter: string | undefined; countQuery: number; grouped: boolean; dedupe: boolean },
): Record<FacetField, number> {
  const { common, fullFilter, countQuery, grouped, dedupe } = page;
  const facetQuery = {} as Record<FacetField, number>;
  const byFilter = new Map<string, number>();
  for (const field of FACET_FIELDS) {
    const filter = buildFilter(request.filters, { ignore: field });
    const key = filter ?? '';
    let at = byFilter.get(key);
    if (at === undefined) {
      if (!grouped && !dedupe && filter === fullFilter) {
        at = countQuery;
      } else {
        // Collapsed, facets count copy groups too (Meilisearch counts facets after `distinct`),
        // each by the copy `distinct` keeps: sorted (`sort` is the first ranking rule) so that it is
        // the copy shown, the earliest, as the embedded engine counts. Not verified on a server.
        const facetOnly: MultiSearchQuery = {
          ...common,
          hitsPerPage: 0,
          ...(dedupe ? { distinct: 'copyGroup', sort: [...EARLIEST_COPY] } : {}),
        };
        if (filter !== undefined) facetOnly.filter = filter;
        at = queries.push(facetOnly) - 1;
      }
      byFilter.set(key, at);
    }
    const query = queries[at]!;
    query.facets = [...(query.facets ?? []), field];
    facetQuery[field] = at;
  }
  return facetQuery;
}

/** A copy group's copies in the order the collapsed hit is chosen: earliest dated (undated last), then index order. */
export const EARLIEST_COPY = ['dateOrdinal:asc', 'copySeq:asc', 'position:asc'] as const;

/** Most copies of one page's groups read back for "also in N outlets" and the copy to show. */
export const COPIES_READ = 1_000;

/**
 * Collapsed: every matching copy of the page's groups, earliest dated first (undated last), then
 * in index order: the first of each group is the copy shown, the others are its `copies`.
 */
export function copiesQuery(plan: SearchPlan, groups: string[]): MultiSearchQuery {
  return {
    ...plan.common,
    hitsPerPage: COPIES_READ,
    page: 1,
    filter: buildFilter(plan.request.filters, { extra: [oneOf('copyGroup', groups)] })!,
    sort: [...EARLIEST_COPY],
    // The order keys too: federated (a|b spellings), the hits come merged by score, not sorted.
    attributesToRetrieve: [...RETRIEVED, 'dateOrdinal', 'copySeq'],
    // Where each hit matched, in bytes of its text (matches.ts turns them into ranges).
    showMatchesPosition: true,
  };
}

/** copiesQuery's order, applied again here: earliest dated first (undated last), then index order. */
function byCopyOrder(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const num = (v: unknown, missing: number) => (typeof v === 'number' ? v : missing);
  return (
    num(a.dateOrdinal, Infinity) - num(b.dateOrdinal, Infinity) ||
    num(a.copySeq, 0) - num(b.copySeq, 0) ||
    num(a.position, 0) - num(b.position, 0)
  );
}

/**
 * The page's hits with each group's earliest copy in place of the one `distinct` kept, and the
 * other copies counted by outlet. `members` are copiesQuery's hits.
 */
export function withCopies(plan: SearchPlan, hits: SearchHit[], members: Array<Record<string, unknown>>): SearchHit[] {
  const byGroup = new Map<string, Array<Record<string, unknown>>>();
  for (const m of members) {
    const group = typeof m.copyGroup === 'string' ? m.copyGroup : String(m.id);
    byGroup.set(group, [...(byGroup.get(group) ?? []), m]);
  }
  return hits.map((hit) => {
    const copies = [...(byGroup.get(hit.copyGroup) ?? [])].sort(byCopyOrder);
    const shown = copies.length > 0 ? { ...toHit(copies[0]!, plan), matchedAllTerms: hit.matchedAllTerms } : hit;
    if (hit.articleParagraphs !== undefined && shown.articleParagraphs === undefined) shown.articleParagraphs = hit.articleParagraphs;
    const others = copies.filter((m) => m.id !== shown.id).map((m) => ({ article: String(m.articleId), outlet: String(m.outlet) }));
    return { ...shown, copies: hitCopies(others, shown.articleId) };
  });
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

type AnyResponse = Partial<Pick<SearchResponse, 'hits' | 'facetDistribution' | 'totalHits' | 'estimatedTotalHits'>>;

const totalOf = (r: AnyResponse | undefined) => r?.totalHits ?? r?.estimatedTotalHits ?? 0;

function toHit(raw: Record<string, unknown>, plan: SearchPlan): SearchHit {
  const doc = toParagraphDoc(raw);
  const words = (raw._rankingScoreDetails as { words?: { matchingWords?: unknown; maxMatchingWords?: unknown } } | undefined)?.words;
  // No `words` detail: the query had no words (an empty or exclusion-only query), so nothing is missing.
  const matchedAllTerms = words === undefined || words.matchingWords === words.maxMatchingWords;
  const hit: SearchHit = {
    ...doc,
    matches: matchesOf(raw, doc.text),
    matchedAllTerms,
    match: matchOf(doc.text, plan.parsed, plan.interpretation, matchedAllTerms),
  };
  if (typeof raw.articleParagraphs === 'number') hit.articleParagraphs = raw.articleParagraphs;
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
  copies?: Array<Record<string, unknown>>,
): SearchResult {
  const main = results[0];
  const total = totalOf(results[plan.countQuery]);
  // Grouped, nothing loose is listed (and a federated page's own total is no count: federation.ts).
  const distinctTotal = plan.dedupe ? totalOf(results[plan.groupCountQuery ?? 0]) : null;
  const looseTotal = plan.grouped || plan.dedupe ? 0 : Math.max(0, totalOf(main) - total);
  let hits = (main?.hits ?? []).map((h) => {
    const hit = toHit(h, plan);
    if (plan.grouped) hit.moreInArticle = Math.max(0, (moreInArticle?.[hit.articleId] ?? 1) - 1);
    return hit;
  });
  if (plan.dedupe) hits = withCopies(plan, hits, copies ?? []);
  const facet = (field: FacetField): FacetCounts => ({ ...(results[plan.facetQuery[field]]?.facetDistribution?.[field] ?? {}) });
  return {
    query: plan.request.query,
    total,
    looseTotal,
    reading: plan.interpretation.reading,
    spellings: plan.spellings,
    totalCapped: total >= MAX_TOTAL_HITS,
    articleTotal: plan.grouped ? total : totalOf(results[plan.articleCountQuery ?? -1]),
    distinctTotal,
    page: plan.page,
    perPage: plan.perPage,
    pages: Math.ceil(((distinctTotal ?? total) + looseTotal) / plan.perPage),
    sort: plan.sort,
    groupedByArticle: plan.grouped,
    tookMs,
    degraded: isDegraded(main),
    suggestions,
    hits,
    facets: { year: facet(YEAR_FACET), outlet: facet(OUTLET_FACET), language: facet(LANGUAGE_FACET) },
  };
}
