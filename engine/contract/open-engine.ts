/**
 * The engine factory: the one place that knows which backend runs. Meilisearch when `MEILI_URL`
 * is set, otherwise the embedded SQLite FTS5 index under `DATA_DIR`.
 */
import { availableParallelism } from 'node:os';
import { EngineConfigSchema, type EngineConfig } from './config.ts';
import type { SearchEngine } from './types.ts';
import { openSqliteEngine } from '../sqlite/index.ts';

export * from './types.ts';
export { engineConfigFromEnv, type EngineConfig } from './config.ts';
export { EngineUnavailableError, IncompatibleBackendError, IndexCorruptError, IndexingError, SearchAbortedError } from './errors.ts';

/**
 * Search workers for a server: one core stays with the serving thread (HTTP, JSON, logging: about
 * a third of a request's CPU), the others search. At 1M paragraphs on 2 cores, one worker served
 * the bench mix faster than two (248 vs 183 req/s, 32 connections) in ~200 MB less memory: two
 * workers and the serving thread only took turns on the two cores, each worker with its own
 * snapshot and caches. At most four: the caches are per worker.
 */
const DEFAULT_SERVER_READ_WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));

export async function openEngine(given: EngineConfig): Promise<SearchEngine> {
  // Callers build the configuration in code too ({ ...engineConfigFromEnv(…), dataDir }): checked here.
  const config = EngineConfigSchema.parse(given);
  if (config.meiliUrl !== undefined) {
    // Loaded only when chosen, so the embedded default never pays for the HTTP client.
    const { openMeilisearchEngine } = await import('../meilisearch/index.ts');
    return openMeilisearchEngine(config);
  }
  return openSqliteEngine({
    dataDir: config.dataDir,
    ...(config.synonyms === undefined ? {} : { synonyms: config.synonyms }),
    ...(config.verify ? { verify: true } : {}),
    readWorkers: config.readWorkers ?? (config.role === 'server' ? DEFAULT_SERVER_READ_WORKERS : 0),
    warm: config.role === 'server',
  });
}
