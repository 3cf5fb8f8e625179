import { EngineUnavailableError, IncompatibleBackendError } from '../errors.ts';
import type { SearchEngine } from '../types.ts';
import { DEFAULT_INDEX, DEFAULT_TUNING, indexNames, pickKey, type MeilisearchEngineConfig, type MeilisearchTuning } from './config.ts';
import { MeilisearchEngine } from './engine.ts';
import { describeHost } from './failures.ts';

export type { MeilisearchEngineConfig, MeilisearchTuning } from './config.ts';

/**
 * Opens the Meilisearch backend. The indexer authenticates with `meiliApiKey` (admin), the server
 * with `meiliSearchKey`. A server checks Meilisearch here (preflight.ts): an incompatible one (too
 * old, or a key that can manage keys) stops the start with the reason. When Meilisearch cannot be
 * reached the server still starts (and reports "unavailable" on /healthz); the check then runs
 * before its first request. The indexer checks before its first request.
 */
export async function openMeilisearchEngine(
  config: MeilisearchEngineConfig,
  tuning: Partial<MeilisearchTuning> = {},
): Promise<SearchEngine> {
  const url = config.meiliUrl?.trim();
  if (!url) throw new Error('MEILI_URL is required for the Meilisearch engine');
  const apiKey = pickKey(config, (message) => console.warn(`[meilisearch] ${message}`));
  const engine = new MeilisearchEngine({
    url,
    host: describeHost(url),
    apiKey,
    names: indexNames(config.meiliIndex?.trim() || DEFAULT_INDEX),
    synonyms: config.synonyms,
    role: config.role,
    tuning: { ...DEFAULT_TUNING, ...tuning },
  });
  if (config.role === 'server') {
    try {
      await engine.verify();
    } catch (error) {
      if (error instanceof IncompatibleBackendError || !(error instanceof EngineUnavailableError)) throw error;
      console.warn(`[meilisearch] ${error.message}: starting anyway, the version and key are checked before the first search`);
    }
  }
  return engine;
}
