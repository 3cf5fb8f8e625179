/**
 * `/export.csv` and `/export.json`: every match of a search (not one page), streamed. The server
 * pages through `engine.search` 100 hits at a time and writes each page as it arrives, so memory
 * stays flat and the download starts at once.
 *
 * Downloads have their own limits: a few at once (EXPORT_STREAMS; more are refused with a 503), a
 * longer time limit than a search (EXPORT_TIMEOUT_MS), and their page queries run in the gate's
 * lower lane, so a download slows down under load instead of holding searches back.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Router, type Request, type Response } from 'express';
import type { SearchEngine, SearchHit, SearchResult } from '../../engine/contract/types.ts';
import { collapseByDefault } from '../copies-default.ts';
import { DEFAULT_PARAMS, LIMITS, parseSearchParams, searchQueryPairs, toSearchRequest, type SearchParams } from '../search-params.ts';
import { articleUrl, toApiHit, type ApiHit } from '../search-view.ts';
import { csvRow } from '../csv.ts';
import { methodNotAllowed, sendBadRequest } from '../errors.ts';
import type { Views } from '../render.ts';
import type { SearchLimits } from '../config.ts';
import { requestSignal } from '../deadline.ts';
import { BusyError, type SearchGate } from '../search-gate.ts';

const PAGE_SIZE = LIMITS.maxPerPage;
/** A refused download is worth retrying once a running one has had time to finish. */
const EXPORT_RETRY_SECONDS = 10;

export const CSV_COLUMNS = [
  'paragraph_id',
  'article_id',
  'position',
  'kind',
  'match',
  'title',
  'outlet',
  'date',
  'year',
  'language',
  'article_url',
  'copy_group',
  'text',
] as const;

/** Longest file-name slug before it is cut and a hash of the whole search keeps names apart. */
const MAX_SLUG = 100;

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

/**
 * A file name that says what was searched and how it was narrowed, so two different searches never
 * download under one name: `nutgraf-truce-year-2012-2024-outlet-afp.csv`. A sort other than
 * relevance and grouping by article change the rows, so they are named too. A very long name (many
 * filters) is cut, and ends with a hash of the whole search instead.
 */
export function exportFileName(params: SearchParams, ext: string): string {
  const parts = [slugify(params.q)];
  for (const [facet, values] of [
    ['year', params.year],
    ['outlet', params.outlet],
    ['language', params.language],
  ] as const) {
    if (values.length > 0) parts.push(facet, ...values.map((v) => slugify(String(v))));
  }
  if (params.sort !== DEFAULT_PARAMS.sort) parts.push(params.sort);
  if (params.groupByArticle) parts.push('by-article');
  let slug = parts.filter((p) => p !== '').join('-');
  if (slug.length > MAX_SLUG) {
    const hash = createHash('sha256')
      .update(new URLSearchParams(searchQueryPairs(params)).toString())
      .digest('hex')
      .slice(0, 8);
    slug = `${slug.slice(0, MAX_SLUG).replace(/-+$/, '')}-${hash}`;
  }
  return `nutgraf${slug ? `-${slug}` : ''}.${ext}`;
}

/**
 * Where the exported article links point: the configured public base URL, else the host the request
 * came to. A spreadsheet or a colleague cannot open a path. A Host header that makes no URL leaves
 * the paths as they are rather than failing the download.
 */
function linkBase(req: Request, publicBaseUrl: string | undefined): URL | null {
  try {
    if (publicBaseUrl !== undefined) return new URL(publicBaseUrl.endsWith('/') ? publicBaseUrl : `${publicBaseUrl}/`);
    return new URL(`${req.protocol}://${req.get('host') ?? ''}/`);
  } catch {
    return null;
  }
}

function absolute(base: URL | null, pathAndQuery: string): string {
  // Relative to the base's folder, so a base with a path (`https://example.org/nutgraf/`) keeps it.
  return base ? new URL(pathAndQuery.replace(/^\//, ''), base).href : pathAndQuery;
}

/**
 * Every page of the search, in order, until the engine has no more (or the client has gone). Only
 * the counted hits: the paragraphs lacking some words, which the page lists after them, are not
 * what the count says and are left out, so a file has exactly `total` rows.
 */
async function* allPages(
  engine: SearchEngine,
  gate: SearchGate,
  params: SearchParams,
  res: Response,
  signal: AbortSignal,
): AsyncGenerator<SearchResult> {
  let exported = 0;
  for (let page = 1; ; page++) {
    if (res.destroyed) return;
    const request = { ...toSearchRequest(params), page, perPage: PAGE_SIZE };
    const result = await gate.run('export', signal, () => engine.search(request, { signal }));
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

/** The API's hit without the HTML (an export is data, not markup: the match ranges stay), its link absolute. */
function hitJson(hit: SearchHit, params: SearchParams, base: URL | null): Omit<ApiHit, 'highlighted'> {
  const { highlighted: _html, ...row } = toApiHit(hit, params);
  return { ...row, url: absolute(base, row.url) };
}

export interface ExportOptions {
  /** `PUBLIC_BASE_URL`: the site's address as readers see it, for the links in exported rows. */
  publicBaseUrl?: string;
}

export function exportRoutes(
  engine: SearchEngine,
  views: Views,
  gate: SearchGate,
  limits: SearchLimits,
  options: ExportOptions = {},
): Router {
  const router = Router();
  let streams = 0;
  /** Start a download if there is room for one: its pages, under the download's own time limit. */
  const open = (params: SearchParams, res: Response): AsyncGenerator<SearchResult> => {
    if (streams >= limits.exportStreams) throw new BusyError(EXPORT_RETRY_SECONDS);
    streams++;
    res.once('close', () => streams--);
    return allPages(engine, gate, params, res, requestSignal(res, limits.exportTimeoutMs));
  };
  const parse = async (req: Request, res: Response): Promise<SearchParams | null> => {
    const parsed = parseSearchParams(req.query, { dedupe: await collapseByDefault(engine) });
    if (parsed.ok) return { ...parsed.params, page: 1 };
    sendBadRequest(req, res, views, parsed.errors, { params: parsed.params });
    return null;
  };

  router.get('/export.csv', async (req, res) => {
    const params = await parse(req, res);
    if (!params) return;
    const base = linkBase(req, options.publicBaseUrl);
    const pages = open(params, res);
    // Ask the engine before sending headers, so an engine error still becomes a proper error page.
    const first = await pages.next();
    start(res, 'text/csv; charset=utf-8', params, 'csv');
    // A byte-order mark makes spreadsheet programs read the file as UTF-8.
    await write(res, `\uFEFF${csvRow([...CSV_COLUMNS])}`);
    for (let page = first; !page.done; page = await pages.next()) {
      const rows = page.value.hits.map((hit) =>
        csvRow([
          hit.id,
          hit.articleId,
          hit.position,
          hit.kind,
          hit.match,
          hit.title,
          hit.outlet,
          hit.date,
          hit.year,
          hit.language,
          absolute(base, articleUrl(hit.articleId, hit.position, params)),
          hit.copyGroup,
          hit.text,
        ]),
      );
      await write(res, rows.join(''));
    }
    res.end();
  });

  router.get('/export.json', async (req, res) => {
    const params = await parse(req, res);
    if (!params) return;
    const base = linkBase(req, options.publicBaseUrl);
    const pages = open(params, res);
    const first = await pages.next();
    start(res, 'application/json; charset=utf-8', params, 'json');
    const head = first.done ? null : first.value;
    await write(
      res,
      `{"query":${JSON.stringify(params.q)},"filters":${JSON.stringify({ year: params.year, outlet: params.outlet, language: params.language })},` +
        `"sort":${JSON.stringify(params.sort)},"groupedByArticle":${params.groupByArticle},"dedupe":${params.dedupe},` +
        `"total":${head?.total ?? 0},"distinctTotal":${head?.distinctTotal ?? null},"totalCapped":${head?.totalCapped ?? false},"hits":[`,
    );
    let count = 0;
    for (let page = first; !page.done; page = await pages.next()) {
      const rows = page.value.hits.map((hit) => `${count++ === 0 ? '\n' : ',\n'}${JSON.stringify(hitJson(hit, params, base))}`);
      await write(res, rows.join(''));
    }
    await write(res, '\n]}\n');
    res.end();
  });
  router.all(['/export.csv', '/export.json'], methodNotAllowed(views));
  return router;
}
