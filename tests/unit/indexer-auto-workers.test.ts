/**
 * The indexer's own choice of cleaning workers (`--workers auto`, the default): one on a machine
 * with a second core once the corpus is big enough to win back a worker's start-up, else none.
 * The CLI still takes a number, and refuses anything else.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { AUTO_WORKERS_MIN_BYTES, autoWorkers } from '../../indexer/auto-workers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let work: string;

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'auto-workers-'));
  await mkdir(path.join(work, 'big'));
  await mkdir(path.join(work, 'small'));
  await writeFile(path.join(work, 'small', 'a.txt'), 'A headline\n\nA paragraph of the story.\n');
  // Sparse files: their size counts, no disk is written.
  for (const name of ['part-1.jsonl', 'part-2.jsonl']) await writeFile(path.join(work, 'big', name), '');
  await truncate(path.join(work, 'big', 'part-1.jsonl'), AUTO_WORKERS_MIN_BYTES / 2);
  await truncate(path.join(work, 'big', 'part-2.jsonl'), AUTO_WORKERS_MIN_BYTES / 2);
});
after(async () => rm(work, { recursive: true, force: true }));

describe('cleaning workers when the user does not say', () => {
  it('takes one for a corpus of the threshold’s size on two cores or more, none for a small one', async () => {
    assert.equal(await autoWorkers(path.join(work, 'big'), ['part-1.jsonl', 'part-2.jsonl'], 2), 1);
    assert.equal(await autoWorkers(path.join(work, 'big'), ['part-1.jsonl', 'part-2.jsonl'], 8), 1);
    assert.equal(await autoWorkers(path.join(work, 'big'), ['part-1.jsonl'], 2), 0);
    assert.equal(await autoWorkers(path.join(work, 'small'), ['a.txt'], 2), 0);
  });

  it('takes none on a single core, however big the corpus', async () => {
    assert.equal(await autoWorkers(path.join(work, 'big'), ['part-1.jsonl', 'part-2.jsonl'], 1), 0);
  });

  it('counts a file that vanished since it was found as empty', async () => {
    assert.equal(await autoWorkers(path.join(work, 'big'), ['gone.jsonl', 'part-1.jsonl'], 2), 0);
  });

  it('npm run index takes "auto" or a number of workers, and refuses anything else', () => {
    const run = (workers: string) =>
      spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'indexer/cli.ts',
          '--corpus',
          path.join(work, 'small'),
          '--data',
          path.join(work, `data-${workers}`),
          '--full',
          '--no-prepare',
          '--workers',
          workers,
        ],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, MEILI_URL: '', CORPUS_DIR: '', DATA_DIR: '' } },
      );
    assert.equal(run('auto').status, 0);
    assert.equal(run('1').status, 0);
    const bad = run('many');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--workers must be "auto" or a whole number from 0 to 16, not "many"/);
  });
});
