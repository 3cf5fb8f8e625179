import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { FileJob } from '../../indexer/build-file.ts';
import { buildFiles } from '../../indexer/build-pool.ts';

const CORPUS = path.join(import.meta.dirname, '..', '..', 'corpus');

function jobsFor(dir: string, names: string[], maxBytes = 10_000_000): FileJob[] {
  return names.map((name) => ({ source: name, file: path.join(dir, name), id: name.replace(/\.[^.]*$/, ''), maxBytes }));
}

async function collect(jobs: FileJob[], workers: number, ahead?: number) {
  const out = [];
  for await (const { job, outcome } of buildFiles(jobs, { workers, ...(ahead ? { ahead } : {}) })) {
    out.push({ job, outcome: outcome.ok ? { ...outcome, documents: [...outcome.documents] } : outcome });
  }
  return out;
}

describe('build pool', () => {
  it('gives the same outcomes, in file order, from worker threads as in this thread', async () => {
    const names = readdirSync(CORPUS)
      .filter((n) => n.endsWith('.txt'))
      .sort();
    assert.ok(names.length >= 3);
    // Repeated so files queue up behind each other and finish out of order.
    const jobs = jobsFor(CORPUS, [...names, ...names, ...names]);
    const inline = await collect(jobs, 0);
    const pooled = await collect(jobs, 2, 3);
    assert.deepEqual(
      pooled.map((p) => p.job.source),
      jobs.map((j) => j.source),
    );
    assert.deepEqual(
      pooled.map((p) => p.outcome),
      inline.map((p) => p.outcome),
    );
    assert.ok(inline.every((p) => p.outcome.ok && p.outcome.documents.every((d) => d.result.ok)));
  });

  it('reports unreadable and oversized files as skips, not failures', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pool-'));
    try {
      writeFileSync(path.join(dir, 'big.txt'), `Headline\n\n${'A sentence that is long enough to be a paragraph. '.repeat(50)}\n`);
      const jobs = [...jobsFor(dir, ['big.txt'], 100), ...jobsFor(dir, ['gone.txt'])];
      const pooled = await collect(jobs, 2);
      assert.deepEqual(
        pooled.map((p) => (p.outcome.ok ? 'ok' : p.outcome.skip.kind)),
        ['too-large', 'unreadable'],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
