import { Router, type RequestHandler } from 'express';
import type { SearchEngine } from '../../engine/types.ts';
import { parseSearchParams, searchUrl, toSearchRequest } from '../search-params.ts';
import { buildSearchView } from '../search-view.ts';
import { representationFor, sendView, type Views } from '../render.ts';
import { sendBadRequest } from '../errors.ts';

/** `/` (page, fragment or JSON by negotiation) and `/api/search` (always JSON): one code path. */
export function searchRoutes(engine: SearchEngine, views: Views): Router {
  const router = Router();
  const handler: RequestHandler = async (req, res) => {
    const parsed = parseSearchParams(req.query);
    if (!parsed.ok) {
      sendBadRequest(req, res, views, parsed.errors, { params: parsed.params });
      return;
    }
    const result = await engine.search(toSearchRequest(parsed.params));
    const view = buildSearchView(parsed.params, result);
    // The form sends every field (`sort=relevance`, empty boxes); push the canonical URL instead,
    // so the address bar shows the same short URL a plain link to this state would.
    if (representationFor(req) === 'fragment') res.set('HX-Push-Url', searchUrl(parsed.params));
    sendView(req, res, views, { page: 'search.njk', fragment: 'partials/results.njk', data: { ...view }, json: view.api });
  };
  router.get('/', handler);
  router.get('/api/search', handler);
  return router;
}
