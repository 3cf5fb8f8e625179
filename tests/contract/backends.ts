/**
 * The backends the engine contract runs against. SQLite always (each `open()` gets its own
 * temporary data directory); Meilisearch only when `MEILI_URL` points at a running server.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openSqliteEngine } from '../../engine/sqlite/index.ts';
import type { ContractBackend } from './engine-contract.ts';

export function sqliteBackend(): ContractBackend {
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    async open() {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'engine-contract-'));
      dirs.push(dir);
      return openSqliteEngine({ dataDir: dir });
    },
    async cleanup() {
      await Promise.all(dirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
    },
  };
}

export function contractBackends(): ContractBackend[] {
  const backends = [sqliteBackend()];
  // The Meilisearch backend joins here when process.env.MEILI_URL is set.
  return backends;
}
