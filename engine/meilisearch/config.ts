import type { MeilisearchEngineConfig } from '../contract/config.ts';
import { DEFAULT_LOCK_TUNING, type LockTuning } from './lock.ts';
import { SEARCH_CUTOFF_MS } from './settings.ts';

export type { MeilisearchEngineConfig } from '../contract/config.ts';

/** Knobs with production defaults; tests shorten the timeouts. */
export interface MeilisearchTuning extends LockTuning {
  /**
   * Per-request timeout for reads. Short on purpose: when Meilisearch is down or stalled the server
   * must answer 503 within a couple of seconds instead of hanging the request.
   */
  readTimeoutMs: number;
  /** Per-request timeout for writes (a 10,000-document payload can take a while to upload). */
  writeTimeoutMs: number;
  /** Polling interval while waiting for a task. */
  taskPollMs: number;
  /** Paragraph documents per `addDocuments` call. */
  batchSize: number;
  /** Tasks enqueued but not yet confirmed, before the indexer waits for the oldest. */
  maxPendingTasks: number;
  /**
   * Searches the server sends at once (`SearchEngine.parallelism`); more wait in the server's queue.
   * Meilisearch answers searches on its own threads: four keeps a small instance busy without
   * letting a spike pile up inside it, where no deadline can reach them.
   */
  searchParallelism: number;
  /** The indexes' `searchCutoffMs` (see settings.ts); the contract sets 0 to force a cut-off answer. */
  searchCutoffMs: number;
}

export const DEFAULT_TUNING: MeilisearchTuning = {
  readTimeoutMs: 2_000,
  writeTimeoutMs: 60_000,
  taskPollMs: 100,
  batchSize: 5_000,
  maxPendingTasks: 4,
  searchParallelism: 4,
  searchCutoffMs: SEARCH_CUTOFF_MS,
  ...DEFAULT_LOCK_TUNING,
};

export const DEFAULT_INDEX = 'paragraphs';

/** Index uids: letters, digits, `-` and `_` only (Meilisearch's rule), at most 400 bytes. */
const INDEX_UID = /^[A-Za-z0-9_-]{1,300}$/;

export interface IndexNames {
  paragraphs: string;
  articles: string;
}

export function indexNames(base: string): IndexNames {
  if (!INDEX_UID.test(base)) {
    throw new Error(`MEILI_INDEX must use only letters, digits, "-" and "_" (got ${JSON.stringify(base)})`);
  }
  return { paragraphs: base, articles: `${base}_articles` };
}

/** Which key a role uses. The server prefers the search-only key so a leak can only read. */
export function pickKey(config: MeilisearchEngineConfig, warn: (message: string) => void): string | undefined {
  if (config.role === 'indexer') return config.meiliApiKey || undefined;
  if (config.meiliSearchKey) return config.meiliSearchKey;
  if (config.meiliApiKey) {
    warn('MEILI_SEARCH_KEY is not set: the server is using MEILI_API_KEY. Create a search-only key for production.');
    return config.meiliApiKey;
  }
  return undefined;
}
