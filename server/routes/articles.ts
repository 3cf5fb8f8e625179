import { Router, type RequestHandler } from 'express';
import type { ArticleParagraph, ArticleView, SearchEngine } from '../../engine/contract/types.ts';
import { parseSearchParams, searchUrl, DEFAULT_PARAMS, type SearchParams } from '../search-params.ts';
import { articleUrl, contextUrl } from '../search-view.ts';
import { markHtml } from '../marks.ts';
import { resultsPageOf } from '../results-page.ts';
import { collapseByDefault } from '../copies-default.ts';
import type { RequestSearch } from '../search-gate.ts';
import { isWebUrl, originalPassageUrl } from '../text-fragment.ts';
import { representationFor, sendView, type Views } from '../render.ts';
import { methodNotAllowed, sendBadRequest, sendNotFound } from '../errors.ts';

/** Article ids are letters, digits, `-` and `_` (the indexer's rule); anything else cannot exist. */
const ARTICLE_ID = /^[A-Za-z0-9_-]{1,511}$/;
/** "Show context" shows at most this many paragraphs on each side; the article page shows the rest. */
const MAX_AROUND = 3;

/** The article as JSON: everything but the content hash, which is the indexer's business. */
function articleJson(article: ArticleView): Omit<ArticleView, 'contentHash'> {
  const { contentHash: _hash, ...json } = article;
  return json;
}

/** The search state riding on an article URL; a broken state just keeps the query. */
async function stateOf(query: unknown, engine: SearchEngine): Promise<SearchParams> {
  const dedupe = await collapseByDefault(engine);
  const state = parseSearchParams(query, { dedupe });
  return state.ok ? state.params : { ...DEFAULT_PARAMS, dedupe, dedupeDefault: dedupe, q: state.params.q };
}

/** Metadata rows for the page: each field's value and where it came from. */
function metadataRows(article: ArticleView): Array<{ field: string; value: string; source: string }> {
  const value: Record<string, string | null> = {
    title: article.title,
    outlet: article.outlet,
    date: article.date,
    year: article.year === null ? null : String(article.year),
    agency: article.agency,
    carriedBy: article.carriedBy,
    url: article.url,
    language: article.language,
  };
  const names: Record<string, string> = { carriedBy: 'Carried by', record: 'Record in file' };
  const fielded = Object.keys(value)
    .filter((key) => value[key] !== null || article.provenance[key as keyof ArticleView['provenance']])
    .map((key) => ({
      field: names[key] ?? key.charAt(0).toUpperCase() + key.slice(1),
      value: value[key] ?? 'unknown',
      source: article.provenance[key as keyof ArticleView['provenance']] ?? '',
    }));
  // Facts kept only as provenance (a byline, which record of a JSON file): the note is the value.
  const noted = (['byline', 'record'] as const)
    .filter((key) => article.provenance[key])
    .map((key) => ({ field: names[key] ?? key.charAt(0).toUpperCase() + key.slice(1), value: article.provenance[key]!, source: '' }));
  return [...fielded, ...noted];
}

export function articleRoutes(engine: SearchEngine, views: Views, search: RequestSearch): Router {
  const router = Router();
  router.get('/api/articles', listArticles(engine));
  const article = showArticle(engine, views);
  router.get('/articles/:id', article);
  router.get('/api/articles/:id', article);
  router.get('/articles/:id/context', showContext(engine, views));
  router.get('/articles/:id/in-results', backToResults(engine, search));
  // Only GET (and HEAD) after the routes above: any other method on these addresses is a 405.
  router.all(
    ['/api/articles', '/articles/:id', '/api/articles/:id', '/articles/:id/context', '/articles/:id/in-results'],
    methodNotAllowed(views),
  );
  return router;
}

/** Every article's summary, as JSON. */
function listArticles(engine: SearchEngine): RequestHandler {
  return async (_req, res) => {
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
  };
}

/** The article page, or the article as JSON (`/api/articles/:id`). */
function showArticle(engine: SearchEngine, views: Views): RequestHandler {
  return async (req, res) => {
    const id = String(req.params.id ?? '');
    const params = await stateOf(req.query, engine);
    const article = ARTICLE_ID.test(id) ? await engine.getArticle(id, { q: params.q }) : null;
    if (!article) {
      sendNotFound(req, res, views, `There is no article with the id “${id}”.`);
      return;
    }
    const matches = article.paragraphs.filter((p) => p.matched).map((p) => p.position);
    // Each match's neighbours, wrapping around, for the links shown under the paragraph being read
    // when there is no JavaScript to work out "next" from the address's #p-N.
    const steps = Object.fromEntries(
      matches.map((m, i) => [m, { prev: matches[(i - 1 + matches.length) % matches.length]!, next: matches[(i + 1) % matches.length]! }]),
    );
    const original = isWebUrl(article.url) ? article.url : null;
    // Each matched paragraph knows its passage in the original, so the page (or app.js, after a
    // jump) can point the "original" link at the paragraph being read.
    const originalFor = original
      ? Object.fromEntries(article.paragraphs.filter((p) => p.matched).map((p) => [p.position, originalPassageUrl(original, p.text)]))
      : {};
    sendView(req, res, views, {
      page: 'article.njk',
      data: {
        article,
        params,
        matches,
        steps,
        backUrl: searchUrl(params),
        original,
        originalFor,
        originalFirst: matches.length ? originalFor[matches[0]!] : original,
        metadata: metadataRows(article),
      },
      json: articleJson(article),
    });
  };
}

/**
 * A hit's passage with its neighbouring paragraphs, for "show context" in the results list
 * (`around=0` collapses it again). Without htmx the link goes to the article page instead; a
 * direct visit is redirected there too.
 */
function showContext(engine: SearchEngine, views: Views): RequestHandler {
  return async (req, res) => {
    const id = String(req.params.id ?? '');
    const params = await stateOf(req.query, engine);
    const position = wholeNumber(req.query.position, 0, 1_000_000);
    const around = req.query.around === undefined ? 1 : wholeNumber(req.query.around, 0, MAX_AROUND);
    if (position === null || around === null) {
      sendBadRequest(req, res, views, [`"position" must be a paragraph number and "around" a number from 0 to ${MAX_AROUND}.`]);
      return;
    }
    const article = ARTICLE_ID.test(id) ? await engine.getArticle(id, { q: params.q }) : null;
    const index = article ? article.paragraphs.findIndex((p) => p.position === position) : -1;
    if (!article || index < 0) {
      sendNotFound(req, res, views, `There is no paragraph ${position} in an article with the id “${id}”.`);
      return;
    }
    const url = articleUrl(id, position, params);
    if (representationFor(req) === 'page') {
      res.redirect(303, url);
      return;
    }
    const hit = article.paragraphs[index]!;
    const before = article.paragraphs.slice(Math.max(0, index - around), index);
    const after = article.paragraphs.slice(index + 1, index + 1 + around);
    const passage = {
      hitId: `${id}-${position}`,
      before,
      text: hit.text,
      matches: hit.matches,
      after,
      expanded: around > 0,
      toggleUrl: contextUrl(id, position, params, around > 0 ? 0 : 1),
      articleUrl: url,
    };
    const brief = (p: ArticleParagraph) => ({
      position: p.position,
      kind: p.kind,
      text: p.text,
      matches: p.matches,
      highlighted: markHtml(p.text, p.matches),
    });
    res.set('Cache-Control', 'no-store');
    sendView(req, res, views, {
      page: 'partials/hit-body.njk',
      fragment: 'partials/hit-body.njk',
      data: { passage },
      json: { articleId: id, position, around, articleUrl: url, before: before.map(brief), hit: brief(hit), after: after.map(brief) },
    });
  };
}

/**
 * "Back to results" from a paragraph of the article: the results page (of the search the article
 * URL carries) that holds that paragraph, scrolled to its hit. The reader may have stepped to a
 * match that sits on another page than the one they came from. A paragraph not found near the
 * page they came from sends them back to that page.
 */
function backToResults(engine: SearchEngine, search: RequestSearch): RequestHandler {
  return async (req, res) => {
    const id = String(req.params.id ?? '');
    const params = await stateOf(req.query, engine);
    const position = wholeNumber(req.query.position, 0, 1_000_000);
    const found = ARTICLE_ID.test(id) && position !== null ? await resultsPageOf(search(res), params, id, position) : null;
    res.set('Cache-Control', 'no-store');
    res.redirect(303, found ? `${searchUrl({ ...params, page: found.page })}#hit-${found.hitId}` : searchUrl(params));
  };
}

function wholeNumber(value: unknown, min: number, max: number): number | null {
  if (typeof value !== 'string' || !/^\d{1,7}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}
