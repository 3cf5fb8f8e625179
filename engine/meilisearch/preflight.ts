import { MeilisearchApiError, type Meilisearch } from 'meilisearch';
import { IncompatibleBackendError } from '../contract/errors.ts';
import { toEngineError } from './failures.ts';

/**
 * What the engine checks before its first request to a Meilisearch server: the server's version
 * (GET /version) and, for the web server, that its key cannot manage keys (GET /keys).
 * https://www.meilisearch.com/docs/reference/api/version
 * https://www.meilisearch.com/docs/reference/api/keys
 */

/**
 * The oldest Meilisearch this backend runs on, and why: a search with `a|b` spellings grouped by
 * article keeps one paragraph per article across its federated queries with `federation.distinct`
 * (v1.40; federation.ts); a full rebuild puts a new index live with `POST /swap-indexes` and
 * `rename: true` when no live index exists yet (v1.18); searches use
 * `distinct` at search time (v1.9), `-word` exclusions and `searchCutoffMs` (v1.8), and the
 * indexer reads stored documents with `POST /indexes/{uid}/documents/fetch` and a filter (v1.2).
 */
export const MIN_VERSION = '1.40.0';

/** `[major, minor, patch]` of a `pkgVersion` such as "1.54.3" or "1.19.0-rc.1"; null when unreadable. */
export function parseVersion(text: unknown): [number, number, number] | null {
  const match = typeof text === 'string' ? /^v?(\d+)\.(\d+)\.(\d+)/.exec(text.trim()) : null;
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

export function isAtLeast(version: [number, number, number], floor: [number, number, number]): boolean {
  for (let i = 0; i < 3; i++) if (version[i] !== floor[i]) return version[i]! > floor[i]!;
  return true;
}

export interface PreflightOptions {
  role: 'indexer' | 'server';
  host: string;
  warn: (message: string) => void;
}

/**
 * Throws `IncompatibleBackendError` when the server is older than `MIN_VERSION`, when the
 * indexer's key cannot read the version, or when the web server's key can list keys (see
 * `canListKeys`); `EngineUnavailableError` when Meilisearch cannot be reached (the caller tries again later).
 */
export async function preflight(client: Meilisearch, { role, host, warn }: PreflightOptions): Promise<void> {
  let pkgVersion: string | undefined;
  try {
    pkgVersion = (await client.getVersion()).pkgVersion;
  } catch (error) {
    if (!isForbidden(error)) throw toEngineError(error, host);
    const message = `the ${role === 'server' ? 'MEILI_SEARCH_KEY' : 'MEILI_API_KEY'} key may not read GET /version (action "version"), so the Meilisearch version (at least ${MIN_VERSION}) cannot be checked`;
    // The indexer writes the index, and a too-old server would fail it half-way: it must know.
    // The web server only reads what a checked indexer built, so it warns and goes on.
    if (role === 'indexer')
      throw new IncompatibleBackendError(`Meilisearch at ${host}: ${message}. Add the "version" action to the key.`, { cause: error });
    warn(`${message}; the indexer checks it. Add the "version" action to the key to check it here too.`);
  }
  if (pkgVersion !== undefined) {
    const version = parseVersion(pkgVersion);
    if (version === null || !isAtLeast(version, parseVersion(MIN_VERSION)!)) {
      throw new IncompatibleBackendError(
        `Meilisearch at ${host} is version ${pkgVersion}; Nutgraf needs Meilisearch ${MIN_VERSION} or newer. Upgrade it (docs/meilisearch.md).`,
      );
    }
  }
  if (role === 'server' && (await canListKeys(client, host))) {
    throw new IncompatibleBackendError(
      `The web server's Meilisearch key can manage API keys (it is the master key, or a key with "keys.*" actions). Refusing to serve with it: give MEILI_SEARCH_KEY a key with only the "search", "documents.get" and "version" actions (docs/meilisearch.md).`,
    );
  }
}

/**
 * GET /keys answers only the master key and keys allowed `keys.get` (or `keys.*`, `*`). Creating a
 * key to find out would change the server, so listing stands in for managing: a key the web server
 * reads with has no business near the keys either way. Any refusal (403 invalid_api_key, or 401
 * missing_master_key on an instance without a master key) means it cannot.
 */
async function canListKeys(client: Meilisearch, host: string): Promise<boolean> {
  try {
    await client.getKeys({ limit: 1 });
    return true;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.response.status < 500) return false;
    throw toEngineError(error, host);
  }
}

function isForbidden(error: unknown): boolean {
  return error instanceof MeilisearchApiError && (error.response.status === 401 || error.response.status === 403);
}
