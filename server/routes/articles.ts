import { Router, type RequestHandler } from 'express';
import type { ArticleView, SearchEngine } from '../../engine/types.ts';
import { parseSearchParams, searchUrl, DEFAULT_PARAMS } from '../search-params.ts';
import { sendView, type Views } from '../render.ts';
import { sendNotFound } from '../errors.ts';

/** Article ids are letters, digits, `-` and `_` (the indexer's rule); anything else cannot exist. */
const ARTICLE_ID = /^[A-Za-z0-9_-]{1,511}$/;

function articleJson(article: ArticleView) {
  return {
    id: article.id,
    source: article.source,
    title: article.title,
    outlet: article.outlet,
    agency: article.agency,
    carriedBy: article.carriedBy,
    date: article.date,
    year: article.year,
    url: article.url,
    language: article.language,
    provenance: article.provenance,
    hints: article.hints,
    paragraphs: article.paragraphs,
    dropped: article.dropped,
  };
}

export function articleRoutes(engine: SearchEngine, views: Views): Router {
  const router = Router();

  router.get('/api/articles', async (_req, res) => {
    const articles = await engine.listArticles();
    res.json(
      articles.map((a) => ({
        id: a.id,
        source: a.source,
        title: a.title,
        outlet: a.outlet,
        year: a.year,
        date: a.date,
        language: a.language,
        paragraphs: a.paragraphs,
      })),
    );
  });

  const handler: RequestHandler = async (req, res) => {
    const id = String(req.params.id ?? '');
    // The search state rides along so "back to results" restores it; a broken state just drops it.
    const state = parseSearchParams(req.query);
    const params = state.ok ? state.params : { ...DEFAULT_PARAMS, q: state.params.q };
    const article = ARTICLE_ID.test(id) ? await engine.getArticle(id, { q: params.q }) : null;
    if (!article) {
      sendNotFound(req, res, views, `There is no article with the id “${id}”.`);
      return;
    }
    const matches = article.paragraphs.filter((p) => p.matched).map((p) => p.position);
    sendView(req, res, views, {
      page: 'article.njk',
      data: { article, params, matches, backUrl: searchUrl(params), provenance: Object.entries(article.provenance) },
      json: articleJson(article),
    });
  };
  router.get('/articles/:id', handler);
  router.get('/api/articles/:id', handler);
  return router;
}
