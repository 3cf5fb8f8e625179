/**
 * `/export.csv` and `/export.json`: every match of a search (not one page), streamed. The server
 * pages through `engine.search` 100 hits at a time and writes each page as it arrives, so memory
 * stays flat and the download starts at once.
 */
import { once } from 'node:events';
import { Router, type Request, type Response } from 'express';
import type { SearchEngine, SearchHit, SearchResult } from '../../engine/types.ts';
import { LIMITS, parseSearchParams, toSearchRequest, type SearchParams } from '../search-params.ts';
import { articleUrl, toApiHit, type ApiHit } from '../search-view.ts';
import { csvRow } from '../csv.ts';
import { sendBadRequest } from '../errors.ts';
import type { Views } from '../render.ts';

const PAGE_SIZE = LIMITS.maxPerPage;

export const CSV_COLUMNS = ['paragraph_id', 'article_id', 'position', 'kind', 'match', 'title', 'outlet', 'date', 'year', 'language', 'article_url', 'text'] as const;

/** A file name that says what was searched: `nutgraf-harbour-strike.csv`. */
export function exportFileName(params: SearchParams, ext: string): string {
  const slug = params.q
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `nutgraf${slug ? `-${slug}` : ''}.${ext}`;
}

/**
 * Every page of the search, in order, until the engine has no more (or the client has gone). Only
 * the counted hits: the paragraphs lacking some words, which the page lists after them, are not
 * what the count says and are left out, so a file has exactly `total` rows.
 */
async function* allPages(engine: SearchEngine, params: SearchParams, res: Response): AsyncGenerator<SearchResult> {
  let exported = 0;
  for (let page = 1; ; page++) {
    if (res.destroyed) return;
    const result = await engine.search({ ...toSearchRequest(params), page, perPage: PAGE_SIZE });
    const counted = result.hits.filter((h) => h.matchedAllTerms !== false).slice(0, Math.max(0, result.total - exported));
    exported += counted.length;
    yield { ...result, hits: counted };
    if (result.hits.length < PAGE_SIZE || page >= result.pages || exported >= result.total) return;
  }
}

/** Write and wait for the socket to drain when it is full, so a slow client slows the paging. */
async function write(res: Response, chunk: string): Promise<void> {
  if (!res.write(chunk) && !res.destroyed) await Promise.race([once(res, 'drain'), once(res, 'close')]);
}

function start(res: Response, type: string, params: SearchParams, ext: string): void {
  res.status(200);
  res.type(type);
  res.set('Content-Disposition', `attachment; filename="${exportFileName(params, ext)}"`);
  res.set('Cache-Control', 'no-store');
  res.set('X-Content-Type-Options', 'nosniff');
}

/** The API's hit without the HTML: an export is data, not markup. */
function hitJson(hit: SearchHit, params: SearchParams): Omit<ApiHit, 'highlighted'> {
  const { highlighted: _html, ...row } = toApiHit(hit, params);
  return row;
}

export function exportRoutes(engine: SearchEngine, views: Views): Router {
  const router = Router();
  const parse = (req: Request, res: Response): SearchParams | null => {
    const parsed = parseSearchParams(req.query);
    if (parsed.ok) return { ...parsed.params, page: 1 };
    sendBadRequest(req, res, views, parsed.errors, { params: parsed.params });
    return null;
  };

  router.get('/export.csv', async (req, res) => {
    const params = parse(req, res);
    if (!params) return;
    const pages = allPages(engine, params, res);
    // Ask the engine before sending headers, so an engine error still becomes a proper error page.
    const first = await pages.next();
    start(res, 'text/csv; charset=utf-8', params, 'csv');
    // A byte-order mark makes spreadsheet programs read the file as UTF-8.
    await write(res, `\uFEFF${csvRow([...CSV_COLUMNS])}`);
    for (let page = first; !page.done; page = await pages.next()) {
      const rows = page.value.hits.map((hit) =>
        csvRow([hit.id, hit.articleId, hit.position, hit.kind, hit.match, hit.title, hit.outlet, hit.date, hit.year, hit.language, articleUrl(hit.articleId, hit.position, params), hit.text]),
      );
      await write(res, rows.join(''));
    }
    res.end();
  });

  router.get('/export.json', async (req, res) => {
    const params = parse(req, res);
    if (!params) return;
    const pages = allPages(engine, params, res);
    const first = await pages.next();
    start(res, 'application/json; charset=utf-8', params, 'json');
    const head = first.done ? null : first.value;
    await write(
      res,
      `{"query":${JSON.stringify(params.q)},"filters":${JSON.stringify({ year: params.year, outlet: params.outlet, language: params.language })},` +
        `"sort":${JSON.stringify(params.sort)},"groupedByArticle":${params.groupByArticle},` +
        `"total":${head?.total ?? 0},"totalCapped":${head?.totalCapped ?? false},"hits":[`,
    );
    let count = 0;
    for (let page = first; !page.done; page = await pages.next()) {
      const rows = page.value.hits.map((hit) => `${count++ === 0 ? '\n' : ',\n'}${JSON.stringify(hitJson(hit, params))}`);
      await write(res, rows.join(''));
    }
    await write(res, '\n]}\n');
    res.end();
  });
  return router;
}
