import { Router } from 'express';
import type { SearchEngine } from '../../engine/contract/types.ts';
import { methodNotAllowed } from '../errors.ts';
import type { Views } from '../render.ts';
import type { SearchGate } from '../search-gate.ts';

/**
 * `/healthz`: `{ status, engine, articles, paragraphs, builtAt, searches }`; 503 when the backend
 * cannot answer. `searches` is the queue in front of the engine: running, waiting, and how many
 * were admitted and refused since start.
 */
export function healthRoutes(engine: SearchEngine, views: Views, gate: SearchGate): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    const health = await engine.health().catch((error: unknown) => ({
      status: 'unavailable' as const,
      engine: engine.name,
      detail: error instanceof Error ? error.message : 'health check failed',
    }));
    if (health.status === 'unavailable') {
      res
        .status(503)
        .json({ status: health.status, engine: health.engine, detail: health.detail ?? null, articles: null, paragraphs: null });
      return;
    }
    const stats = await engine.stats().catch(() => null);
    res.status(stats ? 200 : 503).json({
      status: stats ? health.status : 'unavailable',
      engine: health.engine,
      articles: stats?.articles ?? null,
      paragraphs: stats?.paragraphs ?? null,
      builtAt: stats?.builtAt ?? null,
      searches: gate.stats(),
    });
  });
  router.all('/healthz', methodNotAllowed(views));
  return router;
}
