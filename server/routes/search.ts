import { Router, type Request, type RequestHandler } from 'express';
import { parseSearchParams, searchQueryPairs, searchUrl, toSearchRequest, type SearchParams } from '../search-params.ts';
import { buildSearchView, toApiResponse } from '../search-view.ts';
import { representationFor, sendView, type Views } from '../render.ts';
import { methodNotAllowed, sendBadRequest } from '../errors.ts';
import type { RequestSearch } from '../search-gate.ts';

/**
 * Whether the request's query string is already the canonical one for its state: the same pairs in
 * the same order (how they are percent-encoded does not matter).
 */
function isCanonical(req: Request, params: SearchParams): boolean {
  const raw = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
  const given = [...new URLSearchParams(raw)];
  const canonical = searchQueryPairs(params);
  return given.length === canonical.length && given.every(([k, v], i) => k === canonical[i]![0] && v === canonical[i]![1]);
}

/**
 * `/` (page, fragment or JSON by negotiation) and `/api/search` (always JSON): one code path. The
 * search waits its turn at the gate (or is refused there at once) and runs under the request's
 * time limit; a client that leaves takes its search with it.
 */
export function searchRoutes(search: RequestSearch, views: Views, dedupeDefault: () => Promise<boolean>): Router {
  const router = Router();
  const handler: RequestHandler = async (req, res) => {
    const parsed = parseSearchParams(req.query, { dedupe: await dedupeDefault() });
    if (!parsed.ok) {
      sendBadRequest(req, res, views, parsed.errors, { params: parsed.params });
      return;
    }
    const kind = representationFor(req);
    // A plain form submission (no JavaScript) sends every field, defaults and empty boxes included
    // (`/?q=truce&sort=relevance`): send the browser to the short canonical URL a link would use.
    if (kind === 'page' && req.path === '/' && req.get('HX-Request') !== 'true' && !isCanonical(req, parsed.params)) {
      res.redirect(303, searchUrl(parsed.params));
      return;
    }
    const result = await search(res)(toSearchRequest(parsed.params));
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
