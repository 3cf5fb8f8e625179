/**
 * Which page of a search's results holds a given paragraph (or, grouped by article, its article).
 * The engine has no "rank of this document", so pages are asked for in the order the reader most
 * likely needs them: the page they came from first, then its neighbours outwards. Repeated pages of
 * a search are the engine's cache hits, and the search is bounded, so a paragraph that ranks far
 * away costs a fixed number of searches and then gives up.
 */
import type { SearchRequest, SearchResult } from '../engine/contract/types.ts';
import { LIMITS, toSearchRequest, type SearchParams } from './search-params.ts';

/** At most this many pages are searched: the page the reader came from and 12 on each side. */
export const PAGES_SEARCHED = 25;

export async function resultsPageOf(
  search: (request: SearchRequest) => Promise<SearchResult>,
  params: SearchParams,
  articleId: string,
  position: number,
): Promise<{ page: number; hitId: string } | null> {
  const wanted = `${articleId}-${position}`;
  const origin = params.page;
  // Learned from the first answer; until then, as many as a URL may ask for.
  let pages: number = LIMITS.maxPage;
  function* order(): Generator<number> {
    yield origin;
    for (let d = 1; origin - d >= 1 || origin + d <= pages; d++) {
      if (origin - d >= 1) yield origin - d;
      if (origin + d <= pages) yield origin + d;
    }
  }
  let searched = 0;
  for (const page of order()) {
    if (searched++ === PAGES_SEARCHED) break;
    const result = await search(toSearchRequest({ ...params, page }));
    pages = Math.min(result.pages, LIMITS.maxPage);
    const hit = params.groupByArticle ? result.hits.find((h) => h.articleId === articleId) : result.hits.find((h) => h.id === wanted);
    if (hit) return { page, hitId: hit.id };
  }
  return null;
}
