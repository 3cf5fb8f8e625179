/**
 * What a search worker's caches count against their budgets is what their entries take in the V8
 * heap (engine/sqlite/snapshot-memo.ts, guarded-cache.ts): a filled cache is then the bounded share
 * of the worker's memory its budget names, whatever the texts, pages and copies it holds.
 */
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, it } from 'node:test';
import { CacheGuard, GuardedCache } from '../../engine/sqlite/guarded-cache.ts';
import {
  Answers,
  type HitRow,
  type QuerySummary,
  type ShownHit,
  shownHitBytes,
  stringBytes,
  summaryBytes,
} from '../../engine/sqlite/snapshot-memo.ts';

/** A full collection, here in the test's own process (V8's flag turned on for it). */
function collect(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  (vm.runInNewContext('gc') as () => void)();
}

/** Heap bytes `fill` leaves alive, after full collections. */
function heapKeptBy(fill: () => void): number {
  collect();
  const before = process.memoryUsage().heapUsed;
  fill();
  collect();
  return process.memoryUsage().heapUsed - before;
}

/** A paragraph row as read from SQLite: fresh strings each time, as better-sqlite3 gives them. */
function row(i: number, text: string): HitRow {
  return [
    i % 30,
    'body',
    `${text} ${i}`,
    `stress-${String(i).padStart(6, '0')}-bbc`,
    `A headline of the kind a newsroom writes, number ${i}`,
    `Outlet ${i % 12}`,
    1995 + (i % 30),
    `${1995 + (i % 30)}-06-0${1 + (i % 9)}`,
    'en',
    i % 3 === 0 ? null : `stress-${String(i + 1).padStart(6, '0')}-bbc-2`,
  ];
}

const hit = (i: number, text: string): ShownHit => ({
  row: row(i, text),
  matches: [
    [3, 9],
    [40, 47],
  ],
});

describe('shown hits', () => {
  it('count their characters at one byte each in Latin-1, two as soon as one is not', () => {
    assert.equal(stringBytes('plain text, café'), 16);
    assert.equal(stringBytes('“quoted” text'), 26);
    const plain = hit(1, 'x'.repeat(600));
    const quoted = hit(1, `“${'x'.repeat(599)}`);
    // The row's text is the 600 characters, a space and the row's number.
    assert.equal(shownHitBytes(quoted) - shownHitBytes(plain), 602, 'the two-byte text counts twice its length');
  });

  it('fill their cache to what their budget names in heap, long and two-byte texts included', () => {
    // Counted 1 KB a hit before: hits of ~1,900 two-byte characters then took ~5 KB each, and the
    // cache held four to five times its budget.
    const answers = new Answers(new CacheGuard());
    const text = `“${'A long paragraph of an agency story, quoted at length. '.repeat(34)}”`;
    let i = 0;
    const grown = heapKeptBy(() => {
      for (let e = 0; e < 400; e++) {
        const expr = `"word${e}"`;
        const hits = answers.shownHits(expr);
        for (let h = 0; h < 20; h++, i++) hits.keep(i, hit(i, text));
        answers.keepShownHits(expr, hits);
      }
    });
    const held = answers.held().shownHits.main;
    assert.ok(held <= 4 * 2 ** 20, `${held} bytes counted`);
    assert.ok(held > 3.5 * 2 ** 20, `the cache was filled: ${held} bytes counted`);
    assert.ok(grown < 1.25 * held, `${(grown / 2 ** 20).toFixed(2)} MB of heap for ${(held / 2 ** 20).toFixed(2)} MB counted`);
    assert.ok(grown > 0.75 * held, `${(grown / 2 ** 20).toFixed(2)} MB of heap for ${(held / 2 ** 20).toFixed(2)} MB counted`);
  });

  it('are counted anew when an expression gains hits in place', () => {
    const answers = new Answers(new CacheGuard());
    const hits = answers.shownHits('"word"');
    hits.keep(1, hit(1, 'text'));
    answers.keepShownHits('"word"', hits);
    const one = answers.held().shownHits.main;
    const again = answers.shownHits('"word"');
    assert.equal(again, hits);
    again.keep(2, hit(2, 'text'));
    again.keep(2, hit(2, 'text'));
    answers.keepShownHits('"word"', again);
    assert.equal(again.size, 2);
    assert.equal(answers.held().shownHits.main, one + shownHitBytes(hit(2, 'text')));
  });
});

describe('summaries', () => {
  /** A collapsed one-word query's figures and one page with each row's copies, as search.ts remembers them. */
  const figures = (i: number): Omit<QuerySummary, 'pages'> => ({
    total: 1_000 + i,
    distinctTotal: 300 + i,
    articleTotal: 200 + i,
    facets: {
      year: Object.fromEntries(Array.from({ length: 30 }, (_, y) => [String(1995 + y), y + i])),
      outlet: Object.fromEntries(Array.from({ length: 12 }, (_, o) => [`Outlet ${o}`, o + i])),
      language: { en: 1_000 + i },
    },
    matchCount: 1_000 + i,
    variantRows: new Set(),
  });
  const OUTLET_NAMES = Array.from({ length: 12 }, (_, o) => `Outlet ${o}`);
  const page = (i: number) => ({
    rows: Array.from({ length: 20 }, (_, r) => i * 100 + r),
    copies: Array.from({ length: 20 }, (_, r) => ({ count: 30 + r, articles: 20 + r, outlets: OUTLET_NAMES.slice(0, 10) })),
  });

  it('are counted in heap bytes, each page they remember included, within their budget', () => {
    // Counted by entries before (2,048 of them): summaries of eight collapsed pages took ~12 KB
    // each, 24 MB for a cache that named no size.
    const answers = new Answers(new CacheGuard());
    const grown = heapKeptBy(() => {
      for (let i = 0; i < 1_500; i++)
        for (let p = 0; p < 8; p++) answers.rememberPage(`word${i}`, figures(i), `${p * 20}:20`, page(i * 8 + p));
    });
    const held = answers.held().summaries.main;
    assert.ok(held <= 4 * 2 ** 20, `${held} bytes counted`);
    assert.ok(held > 3.5 * 2 ** 20, `the cache was filled: ${held} bytes counted`);
    assert.ok(grown < 1.25 * held, `${(grown / 2 ** 20).toFixed(2)} MB of heap for ${(held / 2 ** 20).toFixed(2)} MB counted`);
    assert.ok(grown > 0.75 * held, `${(grown / 2 ** 20).toFixed(2)} MB of heap for ${(held / 2 ** 20).toFixed(2)} MB counted`);
  });

  it("count a summary's pages and copies", () => {
    const summary: QuerySummary = { ...figures(0), pages: new Map() };
    const bare = summaryBytes(summary);
    summary.pages.set('0:20', page(0));
    assert.equal(summaryBytes(summary) - bare, 128 + 20 * 8 + 20 * (104 + 10 * 8));
  });
});

describe('a guarded cache', () => {
  it('counts a value stored again after it grew in place at its new size', () => {
    const guard = new CacheGuard();
    const cache = new GuardedCache<{ items: number[] }>({ guard, maxSize: 2 ** 20, sizeOf: (v) => 8 * v.items.length });
    const value = { items: [1] };
    cache.set('key', value);
    const first = cache.held.main;
    value.items.push(2, 3, 4);
    cache.set('key', value);
    assert.equal(cache.held.main, first + 24);
  });
});

describe("a spike's distinct searches", () => {
  it('grow a cache by a sixteenth of its budget at most', () => {
    const guard = new CacheGuard();
    const maxSize = 2 ** 20;
    const cache = new GuardedCache<Uint8Array>({ guard, maxSize, sizeOf: (a) => a.byteLength });
    for (let i = 0; i < 2_000; i++) {
      guard.begin(true);
      cache.set(`"once${i}"`, new Uint8Array(1_000));
    }
    assert.equal(cache.held.main, 0);
    assert.ok(cache.held.probation <= maxSize / 16, `${cache.held.probation} bytes on probation`);
    assert.ok(cache.held.probation > maxSize / 20, `${cache.held.probation} bytes on probation`);
  });
});
