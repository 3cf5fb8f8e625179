import { Router, type RequestHandler } from 'express';
import type { SearchEngine } from '../../engine/types.ts';
import { parseSearchParams, toSearchRequest } from '../search-params.ts';
import { buildSearchView } from '../search-view.ts';
import { sendView, type Views } from '../render.ts';
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
    sendView(req, res, views, { page: 'search.njk', fragment: 'partials/results.njk', data: { ...view }, json: view.api });
  };
  router.get('/', handler);
  router.get('/api/search', handler);
  return router;
}
