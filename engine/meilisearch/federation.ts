import type { FederatedMultiSearchParams, MultiSearchQuery, SearchResponse } from 'meilisearch';

/**
 * `a|b` spellings on Meilisearch: one query per way of choosing the spellings (query.ts,
 * `meiliQueries`), searched as one federated multi-search, which merges them into one list.
 * https://www.meilisearch.com/docs/reference/api/multi_search (federation)
 *
 * What federation does with the same paragraph found by several queries, read in Meilisearch's
 * source (crates/meilisearch/src/search/federated/perform.rs, unchanged in this respect since
 * v1.18): the hits are merged by ranking score and a document already taken is skipped, so a
 * paragraph is listed once, from its best-ranked query; the candidates of all the queries on one
 * index are united as a set of document ids (`candidates |= query_candidates`), and both
 * `estimatedTotalHits` and the `facetsByIndex` distribution are computed from that union. Each
 * paragraph therefore counts once in the total and in every facet, however many spellings it has.
 * milli's candidates are exact (the whole universe of the query) unless a distinct attribute and
 * exhaustive counting are both asked for, so the union is an exact count, not an estimate.
 *
 * Distinct articles are the exception: a federated query cannot count them (each query keeps one
 * paragraph per article, but the union may hold several paragraphs of one article). They are
 * counted as the values of the `articleId` facet over the union instead: exact up to the index's
 * `maxValuesPerFacet` (settings.ts, 10,000 articles), a lower bound beyond it. The grouped page
 * itself uses `federation.distinct` (Meilisearch 1.40), which keeps the best paragraph per article
 * across all the queries.
 *
 * Copy groups (collapsed searches, `dedupe`) go the same way: the page uses `federation.distinct`
 * on `copyGroup` (one paragraph per group across all the queries), and the group count is the
 * number of values of the `copyGroup` facet over the union (exact up to `maxValuesPerFacet`, a lower
 * bound beyond). Limitation: a federated collapsed search's year/outlet/language facet counts are
 * worked out over the union of paragraphs, not one per copy group (the facet queries ask
 * `federation.distinct`, but federation computes `facetsByIndex` from the candidates, before
 * distinct), so they may count copies where the embedded engine counts groups.
 */

/** A response shaped like a plain multi-search result, so one mapper reads both kinds. */
export interface PlainResponse {
  hits: Array<Record<string, unknown>>;
  totalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

/**
 * The federated request standing for one planned query, asked once per `q`: paging and facets
 * move from the query to the federation (Meilisearch refuses them per query there), a distinct
 * count of articles becomes the `articleId` facet.
 */
export function toFederated(query: MultiSearchQuery, qs: readonly string[]): FederatedMultiSearchParams {
  const { q: _q, page, hitsPerPage, facets, distinct, offset: _offset, limit: _limit, ...rest } = query;
  const counted = countsDistinct(query) ? distinct : undefined;
  const facetList = [...(facets ?? []), ...(counted !== undefined ? [counted] : [])];
  const perPage = hitsPerPage ?? 20;
  const federation: FederatedMultiSearchParams['federation'] = { offset: ((page ?? 1) - 1) * perPage, limit: perPage };
  if (distinct !== undefined && counted === undefined) federation.distinct = distinct;
  if (facetList.length > 0) federation.facetsByIndex = { [query.indexUid]: facetList };
  return { federation, queries: qs.map((q) => ({ ...rest, q })) };
}

/**
 * A query that only counts distinct values (articles, copy groups): no hits, `distinct` set, no
 * facets of its own. Federated, it becomes the facet of its distinct attribute.
 */
const countsDistinct = (query: MultiSearchQuery): query is MultiSearchQuery & { distinct: string } =>
  typeof query.distinct === 'string' && query.hitsPerPage === 0 && (query.facets ?? []).length === 0;

/** The federated answer to `toFederated(query, …)`, read as the plain answer to `query`. */
export function fromFederated(response: SearchResponse<Record<string, unknown>>, query: MultiSearchQuery): PlainResponse {
  const raw = response as SearchResponse<Record<string, unknown>> & { totalHits?: number; estimatedTotalHits?: number };
  const distribution = response.facetsByIndex?.[query.indexUid]?.distribution ?? response.facetDistribution;
  const out: PlainResponse = { hits: response.hits ?? [], totalHits: raw.totalHits ?? raw.estimatedTotalHits ?? 0 };
  if (countsDistinct(query)) out.totalHits = Object.keys(distribution?.[query.distinct] ?? {}).length;
  if (distribution !== undefined) {
    const wanted = new Set(query.facets ?? []);
    out.facetDistribution = Object.fromEntries(Object.entries(distribution).filter(([field]) => wanted.has(field)));
  }
  return out;
}
