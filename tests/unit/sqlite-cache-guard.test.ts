/**
 * The search worker's caches during a spike (engine/sqlite/guarded-cache.ts): while the server is
 * refusing searches, what a search works out waits on a small probation segment until a later
 * search asks for it again, so a spike of distinct searches neither grows a cache past that segment
 * nor pushes out what steady traffic reuses; outside a spike each cache is the plain LRU it was.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { after, describe, it } from 'node:test';
import { CacheGuard, ENTRY_BYTES, GuardedCache, PROBATION_SHARE } from '../../engine/sqlite/guarded-cache.ts';
import { readCurrent, sqliteDir } from '../../engine/sqlite/generation-files.ts';
import { openSqliteEngine } from '../../engine/sqlite/index.ts';
import { Generation } from '../../engine/sqlite/open-generation.ts';
import { search } from '../../engine/sqlite/search.ts';
import { contractArticles } from '../fixtures/contract/articles.ts';

const bytesCache = (guard: CacheGuard, maxSize: number) => new GuardedCache<Uint8Array>({ guard, maxSize, sizeOf: (a) => a.byteLength });
/** What an entry of `bytes` under `key` counts for: its value, its key and the entry's own objects. */
const cost = (key: string, bytes: number) => bytes + ENTRY_BYTES + key.length;
/** Keys of one length, so entries of one size cost the same. */
const key = (name: string, i: number) => `${name} ${String(i).padStart(4, '0')}`;
const COST = cost(key('entry', 0), 100);

describe('guarded caches', () => {
  it('outside a spike are one LRU: new entries use the whole room, none waits on probation', () => {
    const guard = new CacheGuard();
    const cache = bytesCache(guard, 40 * COST);
    for (let i = 0; i < 50; i++) {
      guard.begin(false);
      cache.set(key('entry', i), new Uint8Array(100));
    }
    assert.deepEqual(cache.held, { main: 40 * COST, probation: 0 });
    assert.equal(cache.peek(key('entry', 9)), undefined, 'the oldest were pushed out, as by any LRU');
    assert.ok(cache.get(key('entry', 49)));
  });

  it("during a spike keep one-off entries on probation, within its share, and the steady traffic's entries", () => {
    const guard = new CacheGuard();
    const cache = bytesCache(guard, 80 * COST);
    guard.begin(false);
    for (let i = 0; i < 40; i++) cache.set(key('stead', i), new Uint8Array(100));
    for (let i = 0; i < 1_000; i++) {
      guard.begin(true);
      cache.set(key('onces', i), new Uint8Array(100));
    }
    assert.deepEqual(cache.held, { main: 40 * COST, probation: 80 * COST * PROBATION_SHARE });
    for (let i = 0; i < 40; i++) assert.ok(cache.get(key('stead', i)), `steady ${i} was pushed out by one-off entries`);
    assert.ok(cache.peek(key('onces', 999)));
    assert.equal(cache.peek(key('onces', 0)), undefined);
  });

  it('during a spike keep an entry only when a later search asks for it, not when its own search reads it back', () => {
    const guard = new CacheGuard();
    const cache = bytesCache(guard, 80 * COST);
    guard.begin(true);
    cache.set('word', new Uint8Array(100));
    assert.ok(cache.get('word'), 'the search that stored it finds it');
    assert.deepEqual(cache.held, { main: 0, probation: cost('word', 100) });
    guard.begin(true);
    assert.ok(cache.get('word'));
    assert.deepEqual(cache.held, { main: cost('word', 100), probation: 0 });
    // A kept entry stored again during a spike is replaced where it is.
    cache.set('word', new Uint8Array(300));
    assert.deepEqual(cache.held, { main: cost('word', 300), probation: 0 });
  });

  it('during a spike keep an entry stored again by a later search, though one-offs pushed it off probation meanwhile', () => {
    // Normal traffic on a machine loaded enough for the gate to refuse some of it: each query
    // comes back only after more new entries than probation holds.
    const guard = new CacheGuard();
    const cache = bytesCache(guard, 80 * COST);
    const cycle = Array.from({ length: 30 }, (_, i) => key('mixes', i));
    for (let pass = 0; pass < 2; pass++)
      for (const key of cycle) {
        guard.begin(true);
        if (cache.get(key) === undefined) cache.set(key, new Uint8Array(100));
      }
    assert.deepEqual(cache.held, { main: 30 * COST, probation: 0 });
    guard.begin(true);
    for (const key of cycle) assert.ok(cache.get(key), `${key} is not kept`);
  });

  it('keep an entry a spike left on probation once normal traffic asks for it', () => {
    const guard = new CacheGuard();
    const cache = bytesCache(guard, 80 * COST);
    guard.begin(true);
    cache.set('word', new Uint8Array(100));
    guard.begin(false);
    assert.ok(cache.get('word'));
    assert.deepEqual(cache.held, { main: cost('word', 100), probation: 0 });
  });
});

/** A full collection, here in the test's own process (V8's flag turned on for it). */
function collect(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

describe('a cache bounded by bytes', () => {
  it('holds no more heap than its bound, however small its entries', () => {
    // A spike's rare words: match and collapsed sets of a few rowids each (12 bytes of data),
    // under the expressions that name them. Measured before ENTRY_BYTES: 10.9 MB of heap for a
    // bound of 1 MB (551 bytes an entry, of which 12 were counted).
    const maxSize = 2 ** 20;
    const guard = new CacheGuard();
    const cache = new GuardedCache<Uint32Array>({ guard, maxSize, sizeOf: (a) => a.byteLength });
    collect();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20_000; i++) {
      guard.begin(false);
      cache.set(`"word${i}" OR "other${i}"`.padEnd(40, '*'), Uint32Array.of(i, i + 5, i + 9));
    }
    collect();
    const grown = process.memoryUsage().heapUsed - before;
    assert.ok(grown < 1.5 * maxSize, `${(grown / 2 ** 20).toFixed(1)} MB of heap for a cache bounded at 1 MB`);
    assert.ok(cache.peek(`"word19999" OR "other19999"`.padEnd(40, '*')), 'the newest entry is kept');
  });
});

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-cache-guard-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("a search worker's caches during a spike", () => {
  it("keep a spike's distinct searches on probation and the searches asked before it", async () => {
    const engine = await openSqliteEngine({ dataDir });
    await engine.replaceAll(contractArticles);
    await engine.close();
    const dir = sqliteDir(dataDir);
    const generation = new Generation(dir, readCurrent(dir)!);
    try {
      const words = [
        ...new Set(contractArticles.flatMap((a) => a.paragraphs.flatMap((p) => p.text.toLowerCase().match(/[a-z]{5,}/g) ?? []))),
      ];
      assert.ok(words.length > 40, `${words.length} distinct words in the fixture`);
      const [steady, ...spike] = words;
      generation.beginSearch(false);
      const before = search(generation, { q: steady! });
      const held = generation.cachesHeld();
      assert.ok(held.summaries!.main > 0 && held.shownHits!.main > 0, JSON.stringify(held));

      for (const q of spike) {
        generation.beginSearch(true);
        search(generation, { q });
      }
      const during = generation.cachesHeld();
      for (const name of ['summaries', 'shownHits'])
        assert.deepEqual(during[name]!.main, held[name]!.main, `${name}: a spike's one-off searches reached the main LRU`);
      assert.ok(during.summaries!.probation > 0 && during.shownHits!.probation > 0, JSON.stringify(during));

      // The steady search still answers from what it kept; a spike's search asked again is kept.
      generation.beginSearch(true);
      assert.deepEqual({ ...search(generation, { q: steady! }), tookMs: 0 }, { ...before, tookMs: 0 });
      generation.beginSearch(false);
      search(generation, { q: spike.at(-1)! });
      // Summaries are counted in heap bytes (snapshot-memo.ts `summaryBytes`), no longer in entries.
      assert.ok(generation.cachesHeld().summaries!.main > held.summaries!.main, 'the search asked again joined the main LRU');
    } finally {
      generation.close();
    }
  });
});
