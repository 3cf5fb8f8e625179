/**
 * `meili-keys`, the one-shot service of docker-compose.yml: with the master key, create (or find)
 * the indexer's admin key and the web server's search key in Meilisearch, and write their values
 * to files in KEYS_DIR (a volume the app mounts read-only, reading them through
 * MEILI_API_KEY_FILE and MEILI_SEARCH_KEY_FILE). The master key stays in this container.
 * Exit status: 0 keys written, 1 failed (the message says why).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { provisionMeilisearchKeys } from '../engine/meilisearch/index.ts';

const KEY_FILES = { indexer: 'indexer.key', server: 'server.key' } as const;

async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const meiliUrl = env.MEILI_URL?.trim();
  const masterKey = env.MEILI_MASTER_KEY?.trim();
  const dir = env.KEYS_DIR?.trim() || '/run/nutgraf-keys';
  if (!meiliUrl) throw new Error('MEILI_URL is required');
  if (!masterKey) throw new Error('MEILI_MASTER_KEY is required to create the keys');
  const keys = await provisionMeilisearchKeys({ meiliUrl, masterKey, ...(env.MEILI_INDEX ? { meiliIndex: env.MEILI_INDEX } : {}) });
  await mkdir(dir, { recursive: true });
  // Owner-only: the app runs as the same unprivileged user and mounts the folder read-only.
  for (const role of ['indexer', 'server'] as const) await writeFile(path.join(dir, KEY_FILES[role]), `${keys[role]}\n`, { mode: 0o600 });
  console.log(`meili-keys: the indexer's key (nutgraf-indexer) and the web server's search key (nutgraf-server) are in ${dir}`);
}

main(process.env).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`meili-keys: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
