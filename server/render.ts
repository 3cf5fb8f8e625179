/**
 * Content negotiation and the nunjucks environment. One data object per view; this decides whether
 * it goes out as a full page, as the htmx fragment, or as JSON.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { IncomingHttpHeaders } from 'node:http';
import express, { type Request, type Response } from 'express';
import nunjucks from 'nunjucks';
import type { MatchRange } from '../engine/contract/types.ts';
import { markHtml } from './marks.ts';
import { PROJECT_ROOT } from './project-root.ts';

export type Representation = 'page' | 'fragment' | 'json';

const VIEWS_DIR = path.join(PROJECT_ROOT, 'views');

export function createViewEnvironment(options: { watch?: boolean } = {}): nunjucks.Environment {
  // autoescape is the default and must stay on: corpus text and queries are untrusted.
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader(VIEWS_DIR, { watch: options.watch ?? false, noCache: options.watch ?? false }),
    {
      autoescape: true,
      throwOnUndefined: false,
    },
  );
  env.addFilter('number', (n: unknown) => (typeof n === 'number' ? n.toLocaleString('en-US') : String(n ?? '')));
  // `{{ p.text | marks(p.matches) }}`: the text escaped, the engine's match ranges in <mark> (marks.ts).
  env.addFilter(
    'marks',
    (text: unknown, ranges: unknown) =>
      new nunjucks.runtime.SafeString(markHtml(String(text ?? ''), Array.isArray(ranges) ? (ranges as MatchRange[]) : [])),
  );
  env.addFilter('plural', (n: unknown, one: string, many: string) => (n === 1 ? one : many));
  return env;
}

/**
 * Compile every template in views/ now (nunjucks compiles one when it is first rendered): the
 * first results page of a fresh server otherwise compiled the results templates on the serving
 * thread while its first visitors' requests waited (~60 ms of samples at 1M, load 5).
 */
export function compileViews(env: nunjucks.Environment): number {
  const names = readdirSync(VIEWS_DIR, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.njk'));
  for (const name of names) env.getTemplate(name.split(path.sep).join('/'), true);
  return names.length;
}

/** Which representation a request asks for. `/api/…` is always JSON. */
export function representationFor(req: Request): Representation {
  return representationOf(req.path, req.headers);
}

/**
 * The same from a request's path and raw headers, for answers sent before Express has seen the
 * request (server/admission.ts).
 */
export function representationOf(path: string, headers: IncomingHttpHeaders): Representation {
  if (path.startsWith('/api/')) return 'json';
  const htmx = headers['hx-request'] === 'true';
  // A history restore must get the whole page back, whatever else the request says.
  if (htmx && headers['hx-history-restore-request'] !== 'true' && headers['hx-request-type'] === 'partial') return 'fragment';
  if (!htmx && prefersJson(headers.accept)) return 'json';
  return 'page';
}

/** Answers of `prefersJson` by Accept header: clients send few distinct ones. */
const jsonPreferred = new Map<string | undefined, boolean>();
const REMEMBERED_ACCEPTS = 64;

/**
 * Whether an Accept header ranks JSON above HTML, as Express's `req.accepts(['html', 'json'])`
 * decides (its own code, run on the header alone), remembered: negotiation parses the header
 * into objects each time, and a refused search under a spike should allocate next to nothing.
 */
function prefersJson(accept: string | undefined): boolean {
  let json = jsonPreferred.get(accept);
  if (json === undefined) {
    json = express.request.accepts.call({ headers: { accept } } as Request, 'html', 'json') === 'json';
    if (jsonPreferred.size >= REMEMBERED_ACCEPTS) jsonPreferred.clear();
    jsonPreferred.set(accept, json);
  }
  return json;
}

export interface Views {
  env: nunjucks.Environment;
}

/**
 * Send one view's data in the representation the request asks for. `page` and `fragment` name
 * templates; the fragment is the partial that the full page includes.
 */
export function sendView(
  req: Request,
  res: Response,
  views: Views,
  view: { page: string; fragment?: string; data: Record<string, unknown>; json: unknown; status?: number },
): void {
  res.status(view.status ?? 200);
  res.vary('HX-Request').vary('HX-Request-Type').vary('Accept');
  const kind = representationFor(req);
  if (kind === 'json') {
    res.json(view.json);
    return;
  }
  const template = kind === 'fragment' && view.fragment ? view.fragment : view.page;
  res.type('html').send(views.env.render(template, view.data));
}
