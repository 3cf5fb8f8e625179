import { EngineUnavailableError, IncompatibleBackendError } from '../contract/errors.ts';
import type { SearchEngine } from '../contract/types.ts';
import { DEFAULT_INDEX, DEFAULT_TUNING, indexNames, pickKey, type MeilisearchEngineConfig, type MeilisearchTuning } from './config.ts';
import { MeilisearchEngine } from './engine.ts';
import { Meilisearch } from 'meilisearch';
import { describeHost } from './failures.ts';
import { provisionKeys, type ProvisionedKeys } from './keys.ts';
import { preflight } from './preflight.ts';

export type { MeilisearchEngineConfig, MeilisearchTuning } from './config.ts';
export type { ProvisionedKeys } from './keys.ts';

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

/**
 * Creates (or finds) the indexer's admin key and the web server's search key with the master key,
 * after checking the server's version; returns their values. See keys.ts.
 */
export async function provisionMeilisearchKeys(config: {
  meiliUrl: string;
  masterKey: string;
  meiliIndex?: string;
}): Promise<ProvisionedKeys> {
  const url = config.meiliUrl.trim();
  const host = describeHost(url);
  const client = new Meilisearch({ host: url, apiKey: config.masterKey, timeout: DEFAULT_TUNING.writeTimeoutMs });
  await preflight(client, { role: 'indexer', host, warn: (message) => console.warn(`[meilisearch] ${message}`) });
  return provisionKeys(client, host, config.meiliIndex?.trim() || DEFAULT_INDEX);
}
