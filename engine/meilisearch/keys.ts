import { MeilisearchApiError, type Key, type KeyCreation, type Meilisearch } from 'meilisearch';
import { indexNames } from './config.ts';
import { toIndexingError } from './failures.ts';

/**
 * The two API keys the app needs, created with the master key (docker-compose.yml's one-shot
 * `meili-keys` service runs this through server/provision-keys.ts). Each key gets a fixed `uid`:
 * Meilisearch derives a key's value from its uid and the master key, so running this again finds
 * the same keys (and the same values) instead of making new ones.
 * https://www.meilisearch.com/docs/reference/api/keys#create-a-key
 */

/** What the indexer does: build, swap and delete indexes (`<name>*` covers the build and lock indexes), write and read documents. */
export const INDEXER_ACTIONS = [
  'indexes.create',
  'indexes.get',
  'indexes.delete',
  'indexes.swap',
  'settings.get',
  'settings.update',
  'documents.add',
  'documents.get',
  'documents.delete',
  'tasks.get',
  'stats.get',
  'search',
  'version',
];

/** What the web server does: search, read article documents (the article list), read the version. Nothing else. */
export const SERVER_ACTIONS = ['search', 'documents.get', 'version'];

/** Fixed uids (UUID v4), so the keys are found again rather than created twice. */
export const INDEXER_KEY_UID = '5d2c7a3e-4b1f-4c6e-9a8d-2f0e1b7c6a51';
export const SERVER_KEY_UID = '9e4b1c62-7d3a-4f85-b0c9-6a2d8e1f4b73';

export interface ProvisionedKeys {
  indexer: string;
  server: string;
}

export function wantedKeys(base: string): Array<KeyCreation & { uid: string; role: keyof ProvisionedKeys }> {
  const names = indexNames(base);
  return [
    {
      role: 'indexer',
      uid: INDEXER_KEY_UID,
      name: 'nutgraf-indexer',
      description: `Nutgraf indexer: builds and updates ${names.paragraphs}* (created by meili-keys)`,
      actions: INDEXER_ACTIONS,
      indexes: [`${names.paragraphs}*`],
      expiresAt: null,
    },
    {
      role: 'server',
      uid: SERVER_KEY_UID,
      name: 'nutgraf-server',
      description: `Nutgraf web server: reads ${names.paragraphs} and ${names.articles} only (created by meili-keys)`,
      actions: SERVER_ACTIONS,
      indexes: [names.paragraphs, names.articles],
      expiresAt: null,
    },
  ];
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * Finds or creates both keys and returns their values. A key whose actions or indexes differ from
 * what is wanted (another `MEILI_INDEX`, an older version of this list) is deleted and created
 * again: Meilisearch lets a key's name and description change, not what it may do.
 */
export async function provisionKeys(client: Meilisearch, host: string, base: string): Promise<ProvisionedKeys> {
  const out: Partial<ProvisionedKeys> = {};
  for (const { role, ...wanted } of wantedKeys(base)) {
    let key: Key | null = null;
    try {
      key = await client.getKey(wanted.uid);
    } catch (error) {
      if (!(error instanceof MeilisearchApiError && error.response.status === 404))
        throw toIndexingError(error, host, `Reading key ${wanted.name}`);
    }
    try {
      if (key !== null && !(sameSet(key.actions, wanted.actions) && sameSet(key.indexes, wanted.indexes))) {
        await client.deleteKey(wanted.uid);
        key = null;
      }
      key ??= await client.createKey(wanted);
    } catch (error) {
      throw toIndexingError(error, host, `Creating key ${wanted.name}`);
    }
    out[role] = key.key;
  }
  return out as ProvisionedKeys;
}
