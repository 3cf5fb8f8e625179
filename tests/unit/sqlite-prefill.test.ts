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
import type { ArticleInput } from '../../engine/contract/types.ts';
import { readCurrent, sqliteDir } from '../../engine/sqlite/generation-files.ts';
import { openSqliteEngine, workerHeaps } from '../../engine/sqlite/index.ts';
import { CACHE_MIN_ROWS, MATCH_CACHE_BYTES } from '../../engine/sqlite/match-cache.ts';
import { Generation } from '../../engine/sqlite/open-generation.ts';
import { frequentWords, prefillBytes, prefillMatchSets } from '../../engine/sqlite/prefill.ts';
import { search } from '../../engine/sqlite/search.ts';
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

  it('stop at their byte budget, and at their time budget', () => {
    const { generation } = countedGeneration();
    try {
      assert.equal(prefillMatchSets(generation, { bytes: 1 }).words, 1, 'the first word takes the whole budget');
      assert.equal(prefillMatchSets(generation, { ms: 0 }).words, 0);
    } finally {
      generation.close();
    }
  });

  it("are filled by a search worker's warm-up, before its first search", async () => {
    const engine = await openSqliteEngine({ dataDir, readWorkers: 1, warm: true });
    try {
      // The worker answers after its warm-up, which the pool sent first.
      const [heap] = await workerHeaps(engine);
      assert.ok(heap!.caches !== null, 'the worker opened no generation at warm-up');
      assert.ok(heap!.caches.matchSets!.main > 0, JSON.stringify(heap!.caches));
      assert.equal((await engine.search({ q: 'plenty seldom' })).total, PARAGRAPHS / 100);
    } finally {
      await engine.close();
    }
  });
});
