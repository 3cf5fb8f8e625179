/** `--watch`: a change in the corpus (also in a subfolder) triggers one debounced incremental run. */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openEngine } from '../../engine/contract/open-engine.ts';
import type { SearchEngine } from '../../engine/contract/types.ts';
import { indexCorpus, type IndexReport } from '../../indexer/run.ts';
import { watchCorpus } from '../../indexer/watch.ts';

let work: string;
before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'nutgraf-watch-'));
});
after(async () => rm(work, { recursive: true, force: true }));

/** Resolves with the next report, or rejects after `ms`. */
function nextReport(reports: IndexReport[], ms = 5000): Promise<IndexReport> {
  const count = reports.length;
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (reports.length > count) {
        clearInterval(poll);
        resolve(reports.at(-1)!);
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        reject(new Error('no re-index within the time limit'));
      }
    }, 20);
  });
}

describe('watching the corpus', () => {
  it('re-indexes once per burst of changes, including files in subfolders', async () => {
    const corpus = path.join(work, 'corpus');
    await mkdir(path.join(corpus, 'local'), { recursive: true });
    await writeFile(path.join(corpus, 'a.txt'), 'Pier reopens\n\nThe pier reopened on Saturday after its storm repairs.\n');
    const engine: SearchEngine = await openEngine({ dataDir: path.join(work, 'data'), role: 'indexer' });
    await indexCorpus({ corpusDir: corpus, engine });
    const reports: IndexReport[] = [];
    const errors: unknown[] = [];
    const watcher = watchCorpus({
      corpusDir: corpus,
      debounceMs: 400,
      run: async () => {
        reports.push(await indexCorpus({ corpusDir: corpus, engine }));
      },
      onError: (error) => errors.push(error),
    });
    try {
      const first = nextReport(reports);
      await writeFile(
        path.join(corpus, 'local', 'b.txt'),
        'Lighthouse open day\n\nThe lighthouse opens to visitors on Sunday for the first time in ten years.\n',
      );
      await writeFile(path.join(corpus, 'a.txt'), 'Pier reopens\n\nThe pier reopened on Saturday after its winter repairs.\n');
      const report = await first;
      assert.deepEqual(report.changes, { added: ['local-b'], changed: ['a'], removed: [], unchanged: 0 });
      assert.equal((await engine.search({ q: 'lighthouse' })).total, 1);
      assert.equal((await engine.search({ q: 'storm' })).total, 0);
      await new Promise((resolve) => setTimeout(resolve, 800));
      assert.equal(reports.length, 1, 'one run for one burst of changes');
      assert.deepEqual(errors, []);
    } finally {
      await watcher.close();
      await engine.close();
    }
  });
});
