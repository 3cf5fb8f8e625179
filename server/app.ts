/**
 * The Express app factory: routes, security headers, static assets, error pages. It knows the engine
 * only through the `SearchEngine` interface.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import express from 'express';
import helmet from 'helmet';
import type { SearchEngine } from '../engine/contract/types.ts';
import { compileViews, createViewEnvironment, type Views } from './render.ts';
import { searchRoutes } from './routes/search.ts';
import { copiesRoutes } from './routes/search-copies.ts';
import { articleRoutes } from './routes/articles.ts';
import { healthRoutes } from './routes/health.ts';
import { exportRoutes } from './routes/export.ts';
import { errorHandler, notFoundHandler } from './errors.ts';
import { createLogger, refusalCounter, requestLogging, type Logger } from './logging.ts';
import { busyAnswers, capturedHeaders } from './busy.ts';
import { inFrontOf, type OnRefused, searchDoor } from './admission.ts';
import { DEFAULT_LIMITS, type SearchLimits } from './config.ts';
import { gatedSearch, SearchGate } from './search-gate.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { collapseByDefault } from './copies-default.ts';

const HTMX_DIST = path.dirname(createRequire(import.meta.url).resolve('htmx.org/dist/htmx.min.js'));
/** Versioned so it can be cached forever: an upgrade changes the URL. */
export const HTMX_VERSION: string = JSON.parse(readFileSync(path.join(HTMX_DIST, '..', 'package.json'), 'utf8')).version;

const PUBLIC_DIR = path.join(PROJECT_ROOT, 'public');

/**
 * One version for everything in `public/`: a hash of the files' names and bytes, so the URLs under
 * `/static/v/<version>/` change whenever any asset does and can be cached forever.
 */
export const ASSET_VERSION: string = (() => {
  const hash = createHash('sha256');
  const files = readdirSync(PUBLIC_DIR, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
  for (const name of files)
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(path.join(PUBLIC_DIR, name)));
  return hash.digest('hex').slice(0, 12);
})();

export interface AppOptions {
  engine: SearchEngine;
  /** Re-read templates on change (development). */
  watchViews?: boolean;
  /** Request logs; default: pino on stdout at `LOG_LEVEL`. */
  logger?: Logger;
  /** Where unexpected errors are reported; default: the logger at `error`. */
  log?: (message: string, error?: unknown) => void;
  /** Queue, time and download limits; each defaults to DEFAULT_LIMITS. */
  limits?: Partial<SearchLimits>;
  /** The site's public address (`PUBLIC_BASE_URL`), for absolute links in exports; default: the request's host. */
  publicBaseUrl?: string;
  /** The admission gate; default: one sized by `limits` (server/warm-up.ts passes one it holds full). */
  gate?: SearchGate;
  /** Compile every template before the first request needs it (`npm start`; render.ts, compileViews). */
  compileViews?: boolean;
  /**
   * The templates, shared with another app (server/warm-up.ts: its copy renders with the serving
   * app's compiled templates, so that their code is what the warm-up makes hot); default: its own.
   */
  views?: Views;
  /**
   * Also told of each search refused at the door, its 503 written (server/start.ts: newcomers-first.ts
   * holds the refused connection while a burst of new ones is accepted); the refusal log counts them anyway.
   */
  onRefused?: OnRefused;
}

/** The templates an app renders with (`AppOptions.views`): made and compiled once, shared by the apps given them. */
export function createViews(options: Pick<AppOptions, 'watchViews' | 'compileViews'> = {}): Views {
  const views: Views = { env: createViewEnvironment({ watch: options.watchViews }) };
  if (options.compileViews) compileViews(views.env);
  views.env.addGlobal('htmxSrc', `/static/htmx/${HTMX_VERSION}/htmx.min.js`);
  views.env.addGlobal('assetUrl', (name: string) => `/static/v/${ASSET_VERSION}/${name}`);
  return views;
}

export function createApp(options: AppOptions): express.Express {
  const { engine } = options;
  const logger = options.logger ?? createLogger();
  const log = options.log ?? ((message: string, error?: unknown) => logger.error({ err: error }, message));
  const views = options.views ?? createViews(options);
  const limits: SearchLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const gate =
    options.gate ??
    new SearchGate({
      slots: limits.concurrency ?? engine.parallelism,
      queueMs: limits.queueMs,
      // A search that starts with less than the queue budget of its time limit left is answered busy.
      waitLimitMs: Math.max(limits.queueMs, limits.timeoutMs - limits.queueMs),
      onRefusal: () => engine.refusing(),
    });
  const search = gatedSearch(engine, gate, limits.timeoutMs);
  const security = securityHeaders();
  const busy = busyAnswers(views, capturedHeaders(security));
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // Before Express itself: a search refused under a spike must not wait for any of the app below.
  const counted = refusalCounter(logger);
  const also = options.onRefused;
  const onRefused: OnRefused = also
    ? (req, res) => {
        counted();
        also(req, res);
      }
    : counted;
  inFrontOf(app, searchDoor(gate, busy, onRefused));
  // First, so every response (static files, 404s and errors included) carries its request id.
  app.use(requestLogging(logger));

  app.use(security);

  // Versioned URLs never change content: cache them for a year. The unversioned /static/<file>
  // (old bookmarks, external links) must revalidate.
  const immutable = { immutable: true, maxAge: '365d', index: false as const, fallthrough: true };
  app.use(`/static/htmx/${HTMX_VERSION}`, express.static(HTMX_DIST, immutable));
  app.use(`/static/v/${ASSET_VERSION}`, express.static(PUBLIC_DIR, immutable));
  app.use(
    '/static',
    express.static(PUBLIC_DIR, { maxAge: 0, index: false, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') }),
  );

  // Pages and API answers depend on the index, which a rebuild can replace at any moment:
  // caches must ask again each time (routes that must not be stored at all say no-store).
  app.use((_req, res, next) => {
    res.set('Cache-Control', 'no-cache');
    next();
  });

  const dedupeDefault = () => collapseByDefault(engine);
  app.use(searchRoutes(search, views, dedupeDefault));
  app.use(copiesRoutes(search, views, dedupeDefault));
  app.use(articleRoutes(engine, views, search));
  app.use(exportRoutes(engine, views, gate, limits, { publicBaseUrl: options.publicBaseUrl }));
  app.use(healthRoutes(engine, views, gate));
  app.use(notFoundHandler(views));
  app.use(errorHandler(views, log, busy));
  return app;
}

/** helmet with the strict Content-Security-Policy (docs/operations.md, "Caching"): no inline script, nothing from elsewhere. */
function securityHeaders(): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
}
