/**
 * The engine factory: the one place that knows which backend runs. Meilisearch when `MEILI_URL`
 * is set, otherwise the embedded SQLite FTS5 index under `DATA_DIR`.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { SearchEngine, SynonymRules } from './types.ts';
import { openSqliteEngine } from './sqlite/index.ts';

export * from './types.ts';
export { EngineUnavailableError, IncompatibleBackendError, IndexCorruptError, IndexingError, SearchAbortedError } from './errors.ts';

/**
 * Search workers for a server: one core stays with the serving thread (HTTP, JSON, logging: about
 * a third of a request's CPU), the others search. At 1M paragraphs on 2 cores, one worker served
 * the bench mix faster than two (248 vs 183 req/s, 32 connections) in ~200 MB less memory: two
 * workers and the serving thread only took turns on the two cores, each worker with its own
 * snapshot and caches. At most four: the caches are per worker.
 */
const DEFAULT_SERVER_READ_WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));

export interface EngineConfig {
  /** DATA_DIR, default "data": where the embedded index lives. */
  dataDir: string;
  /** MEILI_URL: when set, the Meilisearch backend is used. */
  meiliUrl?: string;
  /** MEILI_API_KEY: admin key, for the indexer. */
  meiliApiKey?: string;
  /** MEILI_SEARCH_KEY: search-only key, for the server. */
  meiliSearchKey?: string;
  /** MEILI_INDEX, default "paragraphs". */
  meiliIndex?: string;
  role: 'indexer' | 'server';
  /**
   * Synonym rules for rebuilds that are not given their own. Prefer passing them to
   * `replaceAll(…, { synonyms })` / `setSynonyms`: they are stored with the index either way.
   */
  synonyms?: SynonymRules;
  /**
   * Check the index thoroughly when opening (start-up). The embedded engine then reports a damaged
   * or missing index file as `IndexCorruptError`; Meilisearch checks itself and ignores this.
   */
  verify?: boolean;
  /**
   * SQLITE_READ_WORKERS: search worker threads of the embedded engine. Default for a server: one
   * per core but one, at least 1 and at most 4 (searches off its event loop); 0 for the indexer.
   */
  readWorkers?: number;
}

/** Read the engine configuration from environment variables; blank values count as unset. */
export function engineConfigFromEnv(env: NodeJS.ProcessEnv, role: 'indexer' | 'server'): EngineConfig {
  const value = (key: string): string | undefined => {
    const v = env[key]?.trim();
    return v ? v : undefined;
  };
  const config: EngineConfig = { dataDir: value('DATA_DIR') ?? 'data', role };
  const meiliUrl = value('MEILI_URL');
  if (meiliUrl !== undefined) config.meiliUrl = meiliUrl;
  /**
   * A key, or the file named by `<KEY>_FILE` holding it (how docker-compose.yml hands the app the
   * keys its one-shot `meili-keys` service created, without putting them in the environment).
   */
  const secret = (key: string): string | undefined => {
    const direct = value(key);
    if (direct !== undefined) return direct;
    const file = value(`${key}_FILE`);
    if (file === undefined) return undefined;
    try {
      return readFileSync(file, 'utf8').trim() || undefined;
    } catch (error) {
      throw new Error(`${key}_FILE names ${file}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  };
  const apiKey = secret('MEILI_API_KEY');
  if (apiKey !== undefined) config.meiliApiKey = apiKey;
  const searchKey = secret('MEILI_SEARCH_KEY');
  if (searchKey !== undefined) config.meiliSearchKey = searchKey;
  config.meiliIndex = value('MEILI_INDEX') ?? 'paragraphs';
  const workers = value('SQLITE_READ_WORKERS');
  if (workers !== undefined) {
    const n = Number(workers);
    if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`SQLITE_READ_WORKERS must be a whole number from 0 to 64, not ${workers}`);
    config.readWorkers = n;
  }
  return config;
}

export async function openEngine(config: EngineConfig): Promise<SearchEngine> {
  if (config.meiliUrl !== undefined) {
    // Loaded only when chosen, so the embedded default never pays for the HTTP client.
    const { openMeilisearchEngine } = await import('./meilisearch/index.ts');
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
