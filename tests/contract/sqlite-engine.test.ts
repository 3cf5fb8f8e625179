/**
 * What only the embedded backend promises: the index is a file that survives restarts, rebuilds
 * switch generations atomically and clean up after themselves, and a reader with its own
 * connection (as the server is, in another process) notices rebuilds and in-place writes.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openSqliteEngine, workerHeaps } from '../../engine/sqlite/index.ts';
import { Generation } from '../../engine/sqlite/open-generation.ts';
import { SEARCH_WORKER_NICE, threadId } from '../../engine/sqlite/thread-priority.ts';
import type { BuildTuning } from '../../engine/sqlite/build.ts';
import { readCurrent, sqliteDir } from '../../engine/sqlite/generation-files.ts';
import { SearchAbortedError } from '../../engine/contract/errors.ts';
import type { ArticleInput, SearchEngine } from '../../engine/contract/types.ts';
import { cometTail, contractArticles, replacementArticles } from '../fixtures/contract/articles.ts';

const dirs: string[] = [];
const engines: SearchEngine[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-engine-'));
  dirs.push(dir);
  return dir;
}
async function open(dataDir: string, build?: BuildTuning): Promise<SearchEngine> {
  const engine = await openSqliteEngine({ dataDir, ...(build ? { build } : {}) });
  engines.push(engine);
  return engine;
}
const generations = (dataDir: string): string[] =>
  fs
    .readdirSync(sqliteDir(dataDir))
    .filter((f) => /^index-.*\.db$/.test(f))
    .sort();

after(async () => {
  for (const engine of engines) await engine.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('sqlite engine: files and generations', () => {
  it('keeps the index in a file that survives a restart', async () => {
    const dataDir = tempDataDir();
    const first = await open(dataDir);
    await first.replaceAll(contractArticles);
    await first.close();
    const second = await open(dataDir);
    assert.equal((await second.search({ q: 'harbor' })).total, 5);
    assert.equal((await second.stats()).articles, contractArticles.length);
    assert.ok(((await second.stats()).sizeBytes ?? 0) > 0);
  });

  it('points CURRENT at the newest generation and keeps only it and the previous one', async () => {
    const dataDir = tempDataDir();
    const engine = await open(dataDir);
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      await engine.replaceAll(i % 2 === 0 ? contractArticles : replacementArticles);
      names.push(readCurrent(sqliteDir(dataDir))!);
    }
    assert.equal(new Set(names).size, 4);
    assert.deepEqual(generations(dataDir), names.slice(-2).sort());
    assert.equal((await engine.search({ q: 'glacier' })).total, 3);
  });

  it('removes leftovers of crashed builds but not files another live process may be building', async () => {
    const dataDir = tempDataDir();
    const engine = await open(dataDir);
    await engine.replaceAll(contractArticles);
    const dir = sqliteDir(dataDir);
    const deadPid = 2 ** 22 + 12_345; // above Linux's pid_max: no such process
    const crashed = `index-1000-${deadPid}.db`;
    const building = `index-2000-${process.ppid}.db`;
    for (const f of [crashed, `${crashed}-wal`, building, `CURRENT.tmp-${deadPid}`]) fs.writeFileSync(path.join(dir, f), 'x');
    await engine.replaceAll(contractArticles);
    const files = fs.readdirSync(dir);
    assert.ok(!files.includes(crashed) && !files.includes(`${crashed}-wal`) && !files.includes(`CURRENT.tmp-${deadPid}`));
    assert.ok(files.includes(building));
  });

  for (const [how, build] of [
    ['in this thread', undefined],
    ['in the writer thread', { threadAfter: 0, batchParagraphs: 1 }],
  ] as const) {
    it(`keeps serving the previous index when a rebuild fails, and leaves no half-built file (${how})`, async () => {
      const dataDir = tempDataDir();
      const engine = await open(dataDir, build);
      await engine.replaceAll(contractArticles);
      const before = generations(dataDir);
      async function* failing(): AsyncGenerator<ArticleInput> {
        // More than one batch first, so the writer thread (when used) holds an open file.
        yield* replacementArticles;
        throw new Error('the corpus disappeared');
      }
      await assert.rejects(engine.replaceAll(failing()), { name: 'IndexingError', message: /corpus disappeared/ });
      assert.deepEqual(generations(dataDir), before);
      assert.equal((await engine.search({ q: 'harbor' })).total, 5);
      assert.equal((await engine.search({ q: 'glacier' })).total, 0);
    });
  }

  for (const [how, build] of [
    ['in this thread', undefined],
    ['in the writer thread, the two in different batches', { threadAfter: 0, batchParagraphs: 1 }],
  ] as const) {
    it(`indexes only the later of two articles with one id in a full build, and keeps the index whole (${how})`, async () => {
      // The builder indexes rows batch by batch: the replaced article's entries must go with its
      // rows, whether they were indexed already (an earlier batch) or not yet (the same batch).
      const dataDir = tempDataDir();
      const engine = await open(dataDir, build);
      const first = contractArticles[0]!;
      const earlier: ArticleInput = { ...first, paragraphs: [{ ...first.paragraphs[0]!, text: 'A zeppelin drifted over the quay.' }] };
      await engine.replaceAll([earlier, ...contractArticles]);
      assert.equal((await engine.search({ q: 'zeppelin' })).total, 0);
      assert.equal((await engine.stats()).articles, contractArticles.length);
      assert.equal((await engine.search({ q: 'harbor' })).total, 5);
      const db = new Database(path.join(sqliteDir(dataDir), readCurrent(sqliteDir(dataDir))!));
      try {
        db.exec(`INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)`);
      } finally {
        db.close();
      }
    });
  }

  it('keeps serving the previous index when the writer thread fails, and leaves no half-built file', async () => {
    const dataDir = tempDataDir();
    const engine = await open(dataDir, { threadAfter: 0, batchParagraphs: 1 });
    await engine.replaceAll(contractArticles);
    const before = generations(dataDir);
    // A paragraph without text fails inside the thread (the writer cannot store it), after earlier batches were written.
    const broken = {
      ...replacementArticles[0]!,
      paragraphs: [{ ...replacementArticles[0]!.paragraphs[0]!, text: null as unknown as string }],
    };
    await assert.rejects(engine.replaceAll([...replacementArticles.slice(1), broken]), { name: 'IndexingError' });
    assert.deepEqual(generations(dataDir), before);
    assert.equal((await engine.search({ q: 'harbor' })).total, 5);
  });

  it('upserts into an engine that has no index yet', async () => {
    const engine = await open(tempDataDir());
    await engine.upsertArticles([cometTail]);
    assert.equal((await engine.search({ q: 'comet' })).total, 2);
    assert.equal((await engine.health()).status, 'ok');
  });
});

describe('sqlite engine: a reader with its own connection', () => {
  it('sees a rebuild by another writer', async () => {
    const dataDir = tempDataDir();
    const writer = await open(dataDir);
    await writer.replaceAll(contractArticles);
    const reader = await open(dataDir);
    assert.equal((await reader.search({ q: 'harbor' })).total, 5);
    await writer.replaceAll(replacementArticles);
    assert.equal((await reader.search({ q: 'harbor' })).total, 0);
    assert.equal((await reader.search({ q: 'glacier' })).total, 3);
    assert.equal((await reader.stats()).articles, 2);
  });

  it('sees in-place upserts and deletes by another writer, facets included', async () => {
    const dataDir = tempDataDir();
    const writer = await open(dataDir);
    await writer.replaceAll(contractArticles);
    const reader = await open(dataDir);
    assert.equal((await reader.search({ q: 'comet' })).total, 2);
    await writer.deleteArticles([cometTail.id]);
    const after = await reader.search({ q: '' });
    assert.equal((await reader.search({ q: 'comet' })).total, 0);
    assert.equal(after.facets.outlet.AFP, 1);
    await writer.upsertArticles([replacementArticles[1]!]);
    assert.deepEqual(
      (await reader.search({ q: 'glacier' })).hits.map((h) => h.id),
      ['glacier-survey-0'],
    );
  });

  it('answers health "empty" before any index, and unavailable after close', async () => {
    const engine = await open(tempDataDir());
    assert.equal((await engine.health()).status, 'empty');
    assert.equal((await engine.stats()).builtAt, null);
    await engine.close();
    assert.equal((await engine.health()).status, 'unavailable');
    await assert.rejects(engine.search({ q: 'x' }), { name: 'EngineUnavailableError' });
  });
});

describe('sqlite engine: search workers and aborted searches', () => {
  it('drops a waiting search whose signal aborts, stops a running one, and keeps answering', async () => {
    const dataDir = tempDataDir();
    const writer = await open(dataDir);
    await writer.replaceAll(contractArticles);
    const engine = await openSqliteEngine({ dataDir, readWorkers: 1 });
    engines.push(engine);
    assert.equal(engine.parallelism, 1);
    const expected = await writer.search({ q: 'harbor' });

    // One worker: the first search runs (loading the snapshot first), the second waits its turn.
    const running = new AbortController();
    const waiting = new AbortController();
    const first = engine.search({ q: 'harbor' }, { signal: running.signal });
    const second = engine.search({ q: 'harbor' }, { signal: waiting.signal });
    const third = engine.search({ q: 'harbor' });
    waiting.abort(new Error('left while waiting'));
    running.abort(new Error('left while running'));
    await assert.rejects(second, (e: unknown) => e instanceof SearchAbortedError && (e.reason as Error).message === 'left while waiting');
    await assert.rejects(first, (e: unknown) => e instanceof SearchAbortedError && (e.reason as Error).message === 'left while running');
    // The search queued behind them is answered in full, and so is the next one.
    for (const result of [await third, await engine.search({ q: 'harbor' })]) {
      assert.equal(result.total, expected.total);
      assert.deepEqual(
        result.hits.map((h) => h.id),
        expected.hits.map((h) => h.id),
      );
    }
  });

  it('runs its search workers at a lower CPU priority than the thread that serves', {
    skip: threadId() === null && 'no /proc/thread-self',
  }, async () => {
    const dataDir = tempDataDir();
    const writer = await open(dataDir);
    await writer.replaceAll(contractArticles);
    const niceOf = (task: string) => Number(fs.readFileSync(`/proc/self/task/${task}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
    const before = new Set(fs.readdirSync('/proc/self/task'));
    const engine = await openSqliteEngine({ dataDir, readWorkers: 1 });
    engines.push(engine);
    await engine.search({ q: 'harbor' });
    const serving = niceOf(String(threadId()));
    // The threads the engine started: its search worker, and the helpers Node starts for it at its own priority.
    const started = fs.readdirSync('/proc/self/task').filter((task) => !before.has(task));
    assert.ok(
      started.some((task) => niceOf(task) === Math.min(19, serving + SEARCH_WORKER_NICE)),
      `no thread niced below the serving thread (${serving}): ${started.map(niceOf).join(' ')}`,
    );
    assert.equal(niceOf(String(threadId())), serving);
  });

  it('reads an article page on a worker: the calling thread never loads the vocabulary', async () => {
    const dataDir = tempDataDir();
    const writer = await open(dataDir);
    await writer.replaceAll(contractArticles);
    const expected = await writer.getArticle('harbor-truce', { q: 'harbor' });
    assert.ok(expected?.paragraphs.some((p) => p.matched));
    const engine = await openSqliteEngine({ dataDir, readWorkers: 1 });
    engines.push(engine);
    // The worker threads load their own copy of the module: only this thread's reads meet the trap.
    const lexicon = Generation.prototype.lexicon;
    Generation.prototype.lexicon = () => {
      throw new Error('the serving thread loaded the vocabulary');
    };
    try {
      assert.deepEqual(await engine.getArticle('harbor-truce', { q: 'harbor' }), expected);
      assert.equal(await engine.getArticle('no-such-article', { q: 'harbor' }), null);
    } finally {
      Generation.prototype.lexicon = lexicon;
    }
  });

  it("reports each search worker's own V8 heap, after the search it is running", async () => {
    const dataDir = tempDataDir();
    const writer = await open(dataDir);
    await writer.replaceAll(contractArticles);
    assert.deepEqual(await workerHeaps(writer), [], 'no workers, no heaps');
    const engine = await openSqliteEngine({ dataDir, readWorkers: 1 });
    engines.push(engine);
    const searched = engine.search({ q: 'harbor' });
    const [heap, ...more] = await workerHeaps(engine);
    assert.equal(more.length, 0);
    assert.ok((await searched).total > 0);
    const old = heap!.spaces.find((s) => s.space_name === 'old_space');
    assert.ok(old !== undefined && old.space_used_size > 0, JSON.stringify(heap!.spaces));
    // Its own isolate's, not this thread's: the worker has loaded far less code.
    assert.ok(heap!.statistics.used_heap_size < process.memoryUsage().heapUsed, "the heap reported is the calling thread's");
    assert.equal((await engine.search({ q: 'harbor' })).total, (await searched).total, 'the worker still searches');
  });

  it('rejects a heap report asked of a worker that exits before answering, as it rejects the search', async () => {
    const dataDir = tempDataDir();
    const writer = await open(dataDir);
    await writer.replaceAll(contractArticles);
    const engine = await openSqliteEngine({ dataDir, readWorkers: 1 });
    // The search starts the worker; both requests wait while its thread boots (hundreds of ms) and
    // closing the engine ends the thread before it has read either.
    const searched = engine.search({ q: 'harbor' });
    const heaps = workerHeaps(engine);
    await engine.close();
    await assert.rejects(searched, /search worker exited/);
    let timer: NodeJS.Timeout | undefined;
    const never = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the heap report never settled')), 5_000);
    });
    try {
      await assert.rejects(Promise.race([heaps, never]), /search worker exited/);
    } finally {
      clearTimeout(timer);
    }
  });
});
