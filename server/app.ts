/**
 * The Express app factory: routes, security headers, static assets, error pages. It knows the engine
 * only through the `SearchEngine` interface.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import express from 'express';
import helmet from 'helmet';
import type { SearchEngine } from '../engine/types.ts';
import { createViewEnvironment, type Views } from './render.ts';
import { searchRoutes } from './routes/search.ts';
import { articleRoutes } from './routes/articles.ts';
import { healthRoutes } from './routes/health.ts';
import { exportRoutes } from './routes/export.ts';
import { errorHandler, notFoundHandler } from './errors.ts';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const HTMX_DIST = path.dirname(createRequire(import.meta.url).resolve('htmx.org/dist/htmx.min.js'));
/** Versioned so it can be cached forever: an upgrade changes the URL. */
export const HTMX_VERSION: string = JSON.parse(readFileSync(path.join(HTMX_DIST, '..', 'package.json'), 'utf8')).version;

export interface AppOptions {
  engine: SearchEngine;
  /** Re-read templates on change (development). */
  watchViews?: boolean;
  log?: (message: string, error?: unknown) => void;
}

export function createApp(options: AppOptions): express.Express {
  const { engine } = options;
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const views: Views = { env: createViewEnvironment({ watch: options.watchViews }) };
  views.env.addGlobal('htmxSrc', `/static/htmx/${HTMX_VERSION}/htmx.min.js`);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  app.use(
    helmet({
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
    }),
  );

  const immutable = { immutable: true, maxAge: '365d', index: false as const, fallthrough: true };
  app.use(`/static/htmx/${HTMX_VERSION}`, express.static(HTMX_DIST, immutable));
  app.use('/static', express.static(path.join(ROOT, 'public'), { maxAge: '1h', index: false }));

  app.use(searchRoutes(engine, views));
  app.use(articleRoutes(engine, views));
  app.use(exportRoutes(engine, views));
  app.use(healthRoutes(engine));
  app.use(notFoundHandler(views));
  app.use(errorHandler(views, log));
  return app;
}
