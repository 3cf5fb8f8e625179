import type { SearchEngine } from '../types.ts';
import { DEFAULT_INDEX, DEFAULT_TUNING, indexNames, pickKey, type MeilisearchEngineConfig, type MeilisearchTuning } from './config.ts';
import { MeilisearchEngine } from './engine.ts';
import { describeHost } from './failures.ts';

export type { MeilisearchEngineConfig, MeilisearchTuning } from './config.ts';

/**
 * Opens the Meilisearch backend. Nothing is sent to the server here: the server must start (and
 * report "unavailable" on /healthz) while Meilisearch is still down, and recover when it comes up.
 * The indexer authenticates with `meiliApiKey` (admin), the server with `meiliSearchKey`.
 */
export async function openMeilisearchEngine(
  config: MeilisearchEngineConfig,
  tuning: Partial<MeilisearchTuning> = {},
): Promise<SearchEngine> {
  const url = config.meiliUrl?.trim();
  if (!url) throw new Error('MEILI_URL is required for the Meilisearch engine');
  const apiKey = pickKey(config, (message) => console.warn(`[meilisearch] ${message}`));
  return new MeilisearchEngine({
    url,
    host: describeHost(url),
    apiKey,
    names: indexNames(config.meiliIndex?.trim() || DEFAULT_INDEX),
    synonyms: config.synonyms,
    role: config.role,
    tuning: { ...DEFAULT_TUNING, ...tuning },
  });
}
