/**
 * A collapsed hit's copies (issue 24): "also in 4 other articles (4 outlets: …)" unfolds them in
 * place (the htmx fragment, partials/copy-list.njk); without JavaScript the same link opens them
 * as a page; `Accept: application/json` gets them as data. They are the paragraphs of the hit's
 * copy group that match the same search (query and filters), earliest first: the order in which
 * the collapsed search picked the copy it shows.
 */
import { Router } from 'express';
import { parseSearchParams, searchUrl, toSearchRequest, type SearchParams } from '../search-params.ts';
import { toApiHit, type ApiHit } from '../search-view.ts';
import { sendView, type Views } from '../render.ts';
import { methodNotAllowed, sendBadRequest, sendNotFound } from '../errors.ts';
import type { RequestSearch } from '../search-gate.ts';

/** A paragraph id, `<article id>-<position>`: what names a copy group and a hit. */
const PARAGRAPH_ID = /^[A-Za-z0-9_-]{1,511}-\d{1,7}$/;
/** Copies listed at most (the engine's largest page); the uncollapsed search lists the rest. */
export const MAX_COPIES = 100;

export interface CopiesView {
  params: SearchParams;
  group: string;
  /** The collapsed hit whose copies these are (left out of the list), or null. */
  hitId: string | null;
  /** The other matching copies, earliest first. */
  copies: ApiHit[];
  /** How many other copies match (may be more than listed). */
  others: number;
  /** Back to the results, at the hit. */
  backUrl: string;
  /** The same search with every copy listed, for the copies past MAX_COPIES. */
  uncollapsedUrl: string;
}

export function copiesRoutes(search: RequestSearch, views: Views, dedupeDefault: () => Promise<boolean>): Router {
  const router = Router();
  router.get('/copies/:group', async (req, res) => {
    const group = String(req.params.group ?? '');
    const parsed = parseSearchParams(req.query, { dedupe: await dedupeDefault() });
    if (!parsed.ok) {
      sendBadRequest(req, res, views, parsed.errors, { params: parsed.params });
      return;
    }
    if (!PARAGRAPH_ID.test(group)) {
      sendNotFound(req, res, views, `There is no copy group “${group}”.`);
      return;
    }
    const params = parsed.params;
    const hitId = typeof req.query.hit === 'string' && PARAGRAPH_ID.test(req.query.hit) ? req.query.hit : null;
    const base = toSearchRequest(params);
    const result = await search(res)({
      ...base,
      filters: { ...base.filters, copyGroup: group },
      dedupe: false,
      groupByArticle: false,
      sort: 'oldest',
      page: 1,
      perPage: MAX_COPIES + 1,
    });
    const listed = result.hits.filter((h) => h.id !== hitId).slice(0, MAX_COPIES);
    // The hit is one of the group's matches under these filters, listed or past the page.
    const hitCounted = hitId !== null && (result.hits.some((h) => h.id === hitId) || result.total > result.hits.length);
    const view: CopiesView = {
      params,
      group,
      hitId,
      copies: listed.map((h) => toApiHit(h, params)),
      others: Math.max(0, result.total - (hitCounted ? 1 : 0)),
      backUrl: `${searchUrl(params)}${hitId === null ? '' : `#hit-${hitId}`}`,
      uncollapsedUrl: searchUrl({ ...params, dedupe: false, page: 1 }),
    };
    res.set('Cache-Control', 'no-store');
    sendView(req, res, views, {
      page: 'copies.njk',
      fragment: 'partials/copy-list.njk',
      data: { ...view },
      json: { group, hit: hitId, others: view.others, copies: view.copies },
    });
  });
  router.all('/copies/:group', methodNotAllowed(views));
  return router;
}
