import { Router, type RequestHandler } from 'express';
import type { SearchEngine } from '../../engine/types.ts';
import { parseSearchParams, searchUrl, toSearchRequest } from '../search-params.ts';
import { buildSearchView, toApiResponse } from '../search-view.ts';
import { representationFor, sendView, type Views } from '../render.ts';
import { methodNotAllowed, sendBadRequest } from '../errors.ts';

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
    const kind = representationFor(req);
    if (kind === 'json') {
      // The page's facet options, links and timeline are for templates: JSON is the API view
      // alone (building the rest was a third of the serving thread's time per API request).
      sendView(req, res, views, { page: 'search.njk', data: {}, json: toApiResponse(parsed.params, result) });
      return;
    }
    const view = buildSearchView(parsed.params, result);
    // The form sends every field (`sort=relevance`, empty boxes); push the canonical URL instead,
    // so the address bar shows the same short URL a plain link to this state would.
    if (kind === 'fragment') res.set('HX-Push-Url', searchUrl(parsed.params));
    sendView(req, res, views, { page: 'search.njk', fragment: 'partials/results.njk', data: { ...view }, json: view.api });
  };
  router.get('/', handler);
  router.get('/api/search', handler);
  router.all(['/', '/api/search'], methodNotAllowed(views));
  return router;
}
