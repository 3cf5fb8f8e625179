import { Router, type RequestHandler } from 'express';
import type { SearchEngine } from '../../engine/types.ts';
import { parseSearchParams, searchUrl, toSearchRequest } from '../search-params.ts';
import { buildSearchView, toApiResponse } from '../search-view.ts';
import { representationFor, sendView, type Views } from '../render.ts';
import { sendBadRequest } from '../errors.ts';
import type { SearchLimits } from '../config.ts';
import { requestSignal } from '../deadline.ts';
import type { SearchGate } from '../search-gate.ts';

/**
 * `/` (page, fragment or JSON by negotiation) and `/api/search` (always JSON): one code path. The
 * search waits its turn at the gate (or is refused there at once) and runs under the request's
 * time limit; a client that leaves takes its search with it.
 */
export function searchRoutes(engine: SearchEngine, views: Views, gate: SearchGate, limits: SearchLimits): Router {
  const router = Router();
  const handler: RequestHandler = async (req, res) => {
    const parsed = parseSearchParams(req.query);
    if (!parsed.ok) {
      sendBadRequest(req, res, views, parsed.errors, { params: parsed.params });
      return;
    }
    const signal = requestSignal(res, limits.timeoutMs);
    const request = toSearchRequest(parsed.params);
    const result = await gate.run('search', signal, () => engine.search(request, { signal }));
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
  return router;
}
