/**
 * An index as its readers see it, through the engine interface alone, for comparing two indexes
 * that should be the same (a revised index and a build of the same articles in the same order).
 */
import type { SearchEngine, SearchRequest } from '../../engine/contract/types.ts';

/**
 * What a reader can see of an index: every article as listed and shown (paragraphs, groups, copies),
 * every paragraph (the empty query) and `queries`, each with its hits, counts and facets.
 */
export async function indexView(engine: SearchEngine, articles: ReadonlyArray<{ id: string }>, queries: SearchRequest[]): Promise<unknown> {
  const shown = [];
  for (const a of articles) {
    const { paragraphs, copyOf, sharedWith, dropped, outlet, contentHash } = (await engine.getArticle(a.id))!;
    shown.push({ id: a.id, paragraphs, copyOf, sharedWith, dropped, outlet, contentHash });
  }
  const searches = [];
  for (const request of [{ q: '' }, ...queries]) {
    const { hits, total, distinctTotal, articleTotal, facets } = await engine.search({ ...request, perPage: 50 });
    searches.push({ hits: hits.map((h) => [h.id, h.copyGroup, h.copies ?? null, h.outlet]), total, distinctTotal, articleTotal, facets });
  }
  return {
    listed: await engine.listArticles(),
    shown,
    searches,
    stats: (await engine.stats()).hasCopies,
    copies: await engine.copyStats(),
  };
}
