/**
 * bench/cache-spike.ts runs end to end on a small index: the warm mix, the spike in thousands, the
 * mix again, each with every cache's hit rate and segments. No figure is asserted: they are for people.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { openSqliteEngine } from '../../engine/sqlite/index.ts';
import { copyArticles } from '../fixtures/contract/copies.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BBC = path.resolve(ROOT, '..', 'shared', 'corpora', 'bbc-news', 'news');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-spike-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('bench/cache-spike.ts', { skip: fs.existsSync(BBC) ? false : `no BBC corpus at ${BBC}` }, () => {
  it('prints each step with every cache', async () => {
    const engine = await openSqliteEngine({ dataDir: path.join(dir, 'data') });
    await engine.replaceAll(copyArticles);
    await engine.close();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/cache-spike.ts', '--dir', dir, '--spike', '1500', '--dedupe'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const steps = run.stdout.split('\n').filter((line) => line.includes('ms CPU'));
    assert.deepEqual(
      steps.map((line) => line.slice(0, 18).trim()),
      ['cold pass', 'warm mix 1', 'warm mix 2', 'warm mix 3', 'spike 1000', 'spike 1500', 'warm mix after'],
    );
    for (const line of steps)
      for (const cache of ['matchSets', 'rankings', 'filteredRankings', 'collapsedSets', 'summaries', 'shownHits'])
        assert.match(line, new RegExp(`${cache} (–|\\d+ %) [\\d.]+\\+[\\d.]+`), line);
    assert.match(steps[5]!, / 500 searches \|/);
  });
});
