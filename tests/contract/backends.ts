/**
 * The backends the engine contract runs against. SQLite always (each `open()` gets its own
 * temporary data directory); Meilisearch only when `MEILI_URL` points at a running server.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { openMeilisearchEngine } from '../../engine/meilisearch/index.ts';
import { openSqliteEngine } from '../../engine/sqlite/index.ts';
import type { ContractBackend } from './engine-contract.ts';

export function sqliteBackend(readWorkers = 0): ContractBackend {
  const dirs: string[] = [];
  return {
    name: readWorkers > 0 ? `sqlite (${readWorkers} search workers)` : 'sqlite',
    async open() {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'engine-contract-'));
      dirs.push(dir);
      return openSqliteEngine({ dataDir: dir, readWorkers });
    },
    async cleanup() {
      await Promise.all(dirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
    },
  };
}

/**
 * Meilisearch: each `open()` gets its own index names on the shared server, so runs never see each
 * other's documents; cleanup deletes them. Reads and writes use MEILI_API_KEY (CI passes the same
 * key as MEILI_SEARCH_KEY).
 */
export function meilisearchBackend(meiliUrl: string): ContractBackend {
  const names: string[] = [];
  const apiKey = process.env.MEILI_API_KEY?.trim() || undefined;
  return {
    name: 'meilisearch',
    async open() {
      const name = `contract_${process.pid}_${Date.now().toString(36)}_${names.length}`;
      names.push(name);
      return openMeilisearchEngine({ dataDir: '', meiliUrl, meiliApiKey: apiKey, meiliIndex: name, role: 'indexer' });
    },
    async cleanup() {
      const client = new Meilisearch({ host: meiliUrl, apiKey });
      for (const name of names.splice(0)) {
        for (const uid of [name, `${name}_articles`]) await client.deleteIndexIfExists(uid);
      }
    },
  };
}

export function contractBackends(): ContractBackend[] {
  // The pooled backend must return exactly what the in-thread one does: same suite, same answers.
  const backends = [sqliteBackend(), sqliteBackend(2)];
  const meiliUrl = process.env.MEILI_URL?.trim();
  if (meiliUrl) backends.push(meilisearchBackend(meiliUrl));
  return backends;
}
