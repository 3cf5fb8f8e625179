/**
 * The indexer killed at random points during a full rebuild always leaves readers answering from the
 * last complete index, and the next run finishes the job. `KILL_TRIALS=100 npm test` for a longer run.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openEngine } from '../../engine/contract/open-engine.ts';
import type { SearchEngine } from '../../engine/contract/types.ts';
import { ROOT } from '../helpers/indexed-app.ts';
import { writeSyntheticCorpus } from '../helpers/synthetic-corpus.ts';

const TRIALS = Number(process.env.KILL_TRIALS ?? 20);
const FIRST = 2500;
const ADDED = 500;
const PARAGRAPHS = 6;

let work: string;
let corpus: string;
let dataDir: string;

/** Run the real indexer CLI; kill it with SIGKILL after `killAfterMs` unless it finished first. */
function runIndexer(killAfterMs?: number): Promise<{ code: number | null; killed: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'indexer/cli.ts', '--full', '--corpus', corpus, '--data', dataDir], {
      cwd: ROOT,
      env: { ...process.env, MEILI_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let killed = false;
    const timer =
      killAfterMs === undefined
        ? null
        : setTimeout(() => {
            killed = child.kill('SIGKILL');
          }, killAfterMs);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, killed: killed && code === null, output });
    });
  });
}

before(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'nutgraf-kill-'));
  corpus = path.join(work, 'corpus');
  dataDir = path.join(work, 'data');
  await writeSyntheticCorpus(corpus, { count: FIRST, paragraphs: PARAGRAPHS });
});
after(async () => rm(work, { recursive: true, force: true }));

describe('killing the indexer during a full rebuild', () => {
  it(`never leaves a half-built index, in ${TRIALS} trials of fast and slow kills`, { timeout: 600_000 }, async () => {
    const first = await runIndexer();
    assert.equal(first.code, 0, first.output);
    const reader: SearchEngine = await openEngine({ dataDir, role: 'server' });
    try {
      let complete = (await reader.stats()).articles;
      assert.equal(complete, FIRST);
      // The rebuilds that get killed would add articles: a finished one is visible in the counts.
      await writeSyntheticCorpus(corpus, { from: FIRST, count: ADDED, paragraphs: PARAGRAPHS, seed: 2 });

      let kills = 0;
      for (let trial = 0; trial < TRIALS; trial++) {
        // Alternate fast kills (start-up, first writes) and slow ones (deep in the build or the switch).
        const delay = trial % 2 === 0 ? 20 + Math.random() * 400 : 400 + Math.random() * 3000;
        const run = await runIndexer(delay);
        if (run.killed) kills++;
        else {
          assert.equal(run.code, 0, run.output);
          complete = FIRST + ADDED;
        }
        // A reader that stayed open, and a fresh one (a server starting now), both see a whole index.
        for (const engine of [reader, await openEngine({ dataDir, role: 'server' })]) {
          const stats = await engine.stats();
          assert.equal(stats.articles, complete, `trial ${trial} (kill after ${Math.round(delay)} ms)`);
          assert.equal(stats.paragraphs, complete * PARAGRAPHS);
          const result = await engine.search({ q: 'harbour', perPage: 5 });
          assert.ok(result.total > 0 && result.hits.length === 5);
          if (engine !== reader) await engine.close();
        }
      }
      assert.ok(kills >= TRIALS / 2, `only ${kills} of ${TRIALS} runs were killed before finishing`);

      const last = await runIndexer();
      assert.equal(last.code, 0, last.output);
      assert.equal((await reader.stats()).articles, FIRST + ADDED);
      // Crashed builds are cleaned up by the next run: only the live and the previous generation stay.
      const files = (await readdir(path.join(dataDir, 'sqlite'))).filter((f) => f.endsWith('.db'));
      assert.ok(files.length <= 2, `generations left: ${files.join(', ')}`);
    } finally {
      await reader.close();
    }
  });
});
