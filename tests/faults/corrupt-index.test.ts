/**
 * A damaged or missing embedded index file: the engine reports it as `IndexCorruptError` (503, not
 * 500), and the real `npm start` finds it at start-up, says so, rebuilds from the corpus and serves.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, truncate, writeFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { IndexCorruptError, openEngine } from '../../engine/contract/open-engine.ts';
import { indexCorpus } from '../../indexer/run.ts';
import { createApp } from '../../server/app.ts';
import { FIXTURE_CORPUS } from '../helpers/indexed-app.ts';
import { npmStart } from './npm-start.ts';

type Damage = (file: string) => Promise<void>;

const DAMAGES: Record<string, Damage> = {
  deleted: (file) => rm(file),
  'overwritten with garbage': (file) => writeFile(file, Buffer.from('this is not a database at all\n'.repeat(500))),
  'truncated to half': async (file) => truncate(file, Math.floor((await stat(file)).size / 2)),
  // A valid header over zeroed pages: only SQLite's page check finds this one.
  'pages zeroed': async (file) => {
    const bytes = await readFile(file);
    bytes.fill(0, 4096);
    await writeFile(file, bytes);
  },
};

describe('a damaged or missing index file', () => {
  let pristine: string;
  let tmp: string;
  before(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'nutgraf-corrupt-'));
    pristine = path.join(tmp, 'pristine');
    const engine = await openEngine({ dataDir: pristine, role: 'indexer' });
    await indexCorpus({ corpusDir: FIXTURE_CORPUS, engine, stateFile: path.join(pristine, 'indexer-state.json') });
    await engine.close();
  });
  after(() => rm(tmp, { recursive: true, force: true }));

  /** A copy of the pristine index with its live generation file damaged; returns the data dir. */
  async function damaged(name: string, damage: Damage): Promise<{ dataDir: string; file: string }> {
    const dataDir = path.join(tmp, name.replace(/\W+/g, '-'));
    await cp(pristine, dataDir, { recursive: true });
    const current = (await readFile(path.join(dataDir, 'sqlite', 'CURRENT'), 'utf8')).trim();
    const file = path.join(dataDir, 'sqlite', current);
    await damage(file);
    return { dataDir, file };
  }

  for (const [name, damage] of Object.entries(DAMAGES)) {
    it(`${name}: pages answer 503 (not 500) and /healthz reports it`, async () => {
      const { dataDir } = await damaged(`app-${name}`, damage);
      // verify: the start-up check; without it the header check alone must catch the cheap cases.
      const engine = await openEngine({ dataDir, role: 'server', verify: true });
      try {
        await assert.rejects(engine.search({ q: 'budget' }), IndexCorruptError);
        const app = createApp({ engine, log: () => {} });
        const page = await request(app).get('/?q=budget');
        assert.equal(page.status, 503);
        const health = await request(app).get('/healthz');
        assert.equal(health.status, 503);
        assert.match(health.body.detail, /damaged or missing/);
      } finally {
        await engine.close();
      }
    });
  }

  for (const [name, damage] of Object.entries(DAMAGES)) {
    it(`${name}: npm start says so, rebuilds from the corpus, serves, and removes the damaged file`, { timeout: 120_000 }, async () => {
      const { dataDir, file } = await damaged(`start-${name}`, damage);
      const server = await npmStart({ DATA_DIR: dataDir, CORPUS_DIR: FIXTURE_CORPUS });
      try {
        assert.match(server.output(), /The index cannot be used \(the index index-\S+ is damaged or missing: .+\): rebuilding it from /);
        assert.match(server.output(), /Rebuilt the index: 4 articles/);
        const health = (await (await fetch(`${server.url}healthz`)).json()) as { status: string; articles: number };
        assert.deepEqual([health.status, health.articles], ['ok', 4]);
        const res = await fetch(`${server.url}api/search?q=budget`);
        assert.equal(res.status, 200);
        assert.ok(((await res.json()) as { total: number }).total > 0);
        await assert.rejects(stat(file), { code: 'ENOENT' }, 'the damaged generation was cleaned up');
        process.kill(server.pid, 'SIGTERM');
        assert.equal(await server.exited, 0);
      } finally {
        server.kill();
      }
    });
  }
});
