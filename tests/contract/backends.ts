/**
 * The backends the engine contract runs against. SQLite always (each `open()` gets its own
 * temporary data directory); Meilisearch only when `MEILI_URL` points at a running server.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { openMeilisearchEngine, type MeilisearchTuning } from '../../engine/meilisearch/index.ts';
import { openSqliteEngine } from '../../engine/sqlite/index.ts';
import type { ContractBackend } from './engine-contract.ts';

/**
 * `threaded`: every full build goes through the writer thread (build.ts) in batches of two
 * paragraphs, so its hand-over, and an id met again in a later batch, are under the same suite.
 */
export function sqliteBackend(readWorkers = 0, threaded = false): ContractBackend {
  const dirs: string[] = [];
  const parts = [...(readWorkers > 0 ? [`${readWorkers} search workers`] : []), ...(threaded ? ['writer thread'] : [])];
  return {
    name: parts.length > 0 ? `sqlite (${parts.join(', ')})` : 'sqlite',
    async open() {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'engine-contract-'));
      dirs.push(dir);
      return openSqliteEngine({ dataDir: dir, readWorkers, ...(threaded ? { build: { threadAfter: 0, batchParagraphs: 2 } } : {}) });
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
  const fresh = (tuning: Partial<MeilisearchTuning> = {}) => {
    const name = `contract_${process.pid}_${Date.now().toString(36)}_${names.length}`;
    names.push(name);
    return openMeilisearchEngine({ dataDir: '', meiliUrl, meiliApiKey: apiKey, meiliIndex: name, role: 'indexer' }, tuning);
  };
  return {
    name: 'meilisearch',
    open: () => fresh(),
    // searchCutoffMs 0: the time budget is spent before the first ranking rule, so Meilisearch
    // answers every search with what it has, marking the skipped rules (a real cut-off answer).
    openCutOff: () => fresh({ searchCutoffMs: 0 }),
    async cleanup() {
      const client = new Meilisearch({ host: meiliUrl, apiKey });
      for (const name of names.splice(0)) {
        for (const uid of [name, `${name}_articles`, `${name}_lock`]) await client.deleteIndexIfExists(uid);
      }
    },
  };
}

export function contractBackends(): ContractBackend[] {
  // The pooled and threaded backend must return exactly what the in-thread one does: same suite,
  // same answers.
  const backends = [sqliteBackend(), sqliteBackend(2, true)];
  const meiliUrl = process.env.MEILI_URL?.trim();
  if (meiliUrl) backends.push(meilisearchBackend(meiliUrl));
  return backends;
}
