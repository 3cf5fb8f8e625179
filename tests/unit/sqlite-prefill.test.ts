/**
 * A search worker's match sets filled at warm-up (engine/sqlite/prefill.ts): the most frequent
 * words' sets are held before the first search, so a spike's first-seen queries that share such a
 * word walk no doclist for it, and what the spike then keeps turns the cache over instead of
 * growing it. Answers are the same either way.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Worker } from 'node:worker_threads';
import type { ArticleInput } from '../../engine/contract/types.ts';
import { readCurrent, sqliteDir } from '../../engine/sqlite/generation-files.ts';
import { openSqliteEngine, workerHeaps } from '../../engine/sqlite/index.ts';
import { CACHE_MIN_ROWS, MATCH_CACHE_BYTES } from '../../engine/sqlite/match-cache.ts';
import { Generation } from '../../engine/sqlite/open-generation.ts';
import { frequentWords, prefillBytes, prefillMatchSets, prefillSteps } from '../../engine/sqlite/prefill.ts';
import { search } from '../../engine/sqlite/search.ts';
import { QUIET_MS } from '../../engine/sqlite/background-steps.ts';
import type { WorkerHeap, WorkerReply, WorkerRequest } from '../../engine/sqlite/worker.ts';
import { moduleWorker } from '../../lib/module-worker.ts';
import { article, paragraphs } from '../fixtures/contract/articles.ts';

/** Made-up words, each in its own share of the paragraphs: "plenty" in all, "marmot" in 99 %, "halfway" in half, "seldom" in 1 %. */
const PARAGRAPHS = CACHE_MIN_ROWS + 200;
function text(i: number): string {
  return `plenty ${i % 2 === 0 ? 'halfway' : 'elsewise'} ${i % 100 === 0 ? 'seldom' : 'marmot'} number${i}.`;
}

function articles(): ArticleInput[] {
  return Array.from({ length: PARAGRAPHS / 10 }, (_, a) =>
    article({
      id: `a${a}`,
      title: `Made-up article ${a}`,
      outlet: 'Invented',
      date: '2020-01-02',
      year: 2020,
      paragraphs: paragraphs(...Array.from({ length: 10 }, (_, p) => text(a * 10 + p))),
    }),
  );
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-prefill-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));
before(async () => {
  const engine = await openSqliteEngine({ dataDir });
  await engine.replaceAll(articles());
  await engine.close();
});

/** A generation of the index whose match-set fetches are counted by expression. */
function countedGeneration(): { generation: Generation; fetched: string[] } {
  const dir = sqliteDir(dataDir);
  const generation = new Generation(dir, readCurrent(dir)!);
  const fetched: string[] = [];
  const statement = generation.statements.matchRowidList;
  const get = statement.get.bind(statement);
  statement.get = ((expr: string) => (fetched.push(expr), get(expr))) as typeof statement.get;
  return { generation, fetched };
}

/**
 * From now (the worker's prefill due and held): nothing prefilled a third of the quiet time later,
 * then the match sets filled within 10 s. `matchSets` reads the worker's main segment, bytes.
 */
async function heldThenResumed(matchSets: () => Promise<number>): Promise<void> {
  const started = performance.now();
  await new Promise((r) => setTimeout(r, QUIET_MS / 3));
  assert.equal(await matchSets(), 0, 'prefilled while searches were being refused');
  assert.ok(performance.now() - started < QUIET_MS, 'the check came too late to tell');
  let held = 0;
  for (const until = performance.now() + 10_000; held === 0 && performance.now() < until; ) {
    await new Promise((r) => setTimeout(r, 50));
    held = await matchSets();
  }
  assert.ok(held > 0, 'never prefilled once the spike was over');
}

describe('match sets prefilled at warm-up', () => {
  it('are the words common enough to be kept, most frequent first', () => {
    assert.deepEqual(frequentWords(['seldom', 'plenty', 'halfway', 'marmot'], [12, 1_200, 600, 600]), ['plenty']);
    assert.deepEqual(frequentWords(['b', 'a', 'c'], [CACHE_MIN_ROWS, 5_000, CACHE_MIN_ROWS]), ['a', 'b', 'c']);
  });

  it('are sized by the index: a small one keeps little, a big one at most three quarters of the cache', () => {
    assert.ok(prefillBytes(50_000) < 1_000_000, `${prefillBytes(50_000)} bytes at 50,000 paragraphs`);
    assert.equal(prefillBytes(10_000_000), (MATCH_CACHE_BYTES * 3) / 4);
  });

  it('spare a first-seen query sharing a frequent word its doclist walk, with the same answer', () => {
    const cold = countedGeneration();
    const warm = countedGeneration();
    try {
      const filled = prefillMatchSets(warm.generation);
      // "halfway" (600 paragraphs) and "seldom" (12) are fetched again each time, so never kept.
      assert.deepEqual(warm.fetched, ['"plenty"', '"marmot"']);
      assert.equal(filled.words, 2);
      assert.equal(filled.bytes, warm.generation.cachesHeld().matchSets!.main);
      assert.ok(filled.bytes > 0);
      warm.fetched.length = 0;

      const answers = [cold, warm].map(({ generation }) => {
        generation.beginSearch(true);
        return { ...search(generation, { q: 'plenty seldom' }), tookMs: 0 };
      });
      assert.deepEqual(answers[1], answers[0]);
      assert.equal(answers[0]!.total, PARAGRAPHS / 100);
      assert.ok(cold.fetched.includes('"plenty"'), `cold: ${cold.fetched.join(' | ')}`);
      assert.ok(!warm.fetched.includes('"plenty"'), `prefilled, yet fetched: ${warm.fetched.join(' | ')}`);
    } finally {
      cold.generation.close();
      warm.generation.close();
    }
  });

  it('stop at their byte budget, and are fetched one word a step', () => {
    const { generation, fetched } = countedGeneration();
    try {
      assert.deepEqual(prefillMatchSets(generation, 1), { words: 1, bytes: generation.cachesHeld().matchSets!.main });
      const other = countedGeneration();
      try {
        const steps = prefillSteps(other.generation);
        assert.deepEqual(other.fetched, [], 'a word fetched before its step');
        assert.equal(steps.next().value?.words, 1);
        assert.deepEqual(other.fetched, ['"plenty"']);
        // A search admitted during a spike in between: the next word is kept all the same.
        other.generation.beginSearch(true);
        search(other.generation, { q: 'seldom' });
        assert.equal(steps.next().value?.words, 2);
        assert.equal(steps.next().done, true);
        assert.equal(other.generation.cachesHeld().matchSets!.probation, 0);
      } finally {
        other.generation.close();
      }
      assert.deepEqual(fetched, ['"plenty"']);
    } finally {
      generation.close();
    }
  });

  it('are filled by a search worker once warm, a word between searches', async () => {
    const engine = await openSqliteEngine({ dataDir, readWorkers: 1, warm: true });
    try {
      // The worker fills them between searches, a word a turn of its event loop, after saying it is warm.
      let caches: WorkerHeap['caches'] = null;
      for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((r) => setTimeout(r, 20))) {
        caches = (await workerHeaps(engine))[0]!.caches;
        if ((caches?.matchSets?.main ?? 0) > 0) break;
      }
      assert.ok((caches?.matchSets?.main ?? 0) > 0, JSON.stringify(caches));
      assert.equal((await engine.search({ q: 'plenty seldom' })).total, PARAGRAPHS / 100);
    } finally {
      await engine.close();
    }
  });

  it('are filled before the engine says it is ready (SearchEngine.ready), so a server listens only once they are', async () => {
    const engine = await openSqliteEngine({ dataDir, readWorkers: 1, warm: true });
    try {
      await engine.ready();
      // No waiting: the worker has loaded its snapshot and finished its prefill.
      const caches = (await workerHeaps(engine))[0]!.caches;
      assert.ok((caches?.matchSets?.main ?? 0) > 0, JSON.stringify(caches));
      assert.equal((await engine.search({ q: 'plenty seldom' })).total, PARAGRAPHS / 100);
    } finally {
      await engine.close();
    }
  });

  it('do not hold readiness for ever when a worker dies before finishing them', { timeout: 10_000 }, async () => {
    const engine = await openSqliteEngine({ dataDir, readWorkers: 1, warm: true });
    try {
      // Readiness asked first (as server/start.ts does), then the pool's own worker stopped from
      // outside before it can report its prefill.
      const ready = engine.ready();
      const pool = (engine as unknown as { pool: { workers: Array<{ worker: Worker }> } }).pool;
      await pool.workers[0]!.worker.terminate();
      await ready;
      // The pool replaces the dead worker for the next search.
      assert.equal((await engine.search({ q: 'plenty seldom' })).total, PARAGRAPHS / 100);
    } finally {
      await engine.close();
    }
  });

  it('wait while the server is refusing searches, and resume once it has not for a while', async () => {
    const dir = sqliteDir(dataDir);
    const name = readCurrent(dir)!;
    // The worker itself, driven as the pool drives it, so the order of its messages is the test's.
    const worker: Worker = moduleWorker(new URL('../../engine/sqlite/worker-pool.ts', import.meta.url).href, 'worker', {
      workerData: { dir, cacheKib: 1024, stopFlag: new Int32Array(new SharedArrayBuffer(4)) },
    });
    const replies: WorkerReply[] = [];
    const waiting: Array<() => void> = [];
    worker.on('message', (reply: WorkerReply) => (replies.push(reply), waiting.shift()?.()));
    const reply = () => new Promise<WorkerReply>((resolve) => waiting.push(() => resolve(replies.at(-1)!)));
    const matchSets = async () => {
      const asked = reply();
      worker.postMessage({ heap: true });
      const answer = await asked;
      assert.ok('heap' in answer);
      return answer.heap.caches?.matchSets?.main ?? 0;
    };
    try {
      // A search admitted during a spike (the gate refused one lately), then the warm-up that starts the prefill.
      const searched = reply();
      worker.postMessage({ id: 1, generation: name, request: { q: 'seldom' }, spike: true } satisfies WorkerRequest);
      assert.ok('result' in (await searched));
      const warmed = reply();
      worker.postMessage({ warm: name });
      assert.deepEqual(await warmed, { warmed: name });
      // Within the quiet time after that search, nothing is prefilled (the worker's turns are free
      // meanwhile); once it has passed with no search of a spike, the prefill runs.
      await heldThenResumed(matchSets);
    } finally {
      await worker.terminate();
    }
  });

  it("wait from the server's refusal (SearchEngine.refusing), before any search of the spike reaches a worker", async () => {
    const engine = await openSqliteEngine({ dataDir, readWorkers: 1 });
    const matchSets = async () => (await workerHeaps(engine))[0]?.caches?.matchSets?.main ?? 0;
    try {
      // The gate refuses; then the workers start and warm (the pool's counter is shared from the start).
      engine.refusing();
      (engine as unknown as { warm(): void }).warm();
      // Answered after the warm-up message: the generation is open and its prefill's first step due.
      assert.equal(await matchSets(), 0);
      await heldThenResumed(matchSets);
    } finally {
      await engine.close();
    }
  });
});
