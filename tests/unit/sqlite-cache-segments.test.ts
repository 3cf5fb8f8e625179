/**
 * The search worker's caches are segmented LRUs (engine/sqlite/segmented-cache.ts): entries met
 * once stay on a small probation segment, so a spike of distinct searches neither grows a cache
 * past that segment nor pushes out what steady traffic asks for again.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SegmentedCache, segments } from '../../engine/sqlite/segmented-cache.ts';
import { Answers, type QuerySummary } from '../../engine/sqlite/snapshot-memo.ts';

const figures = (n: number): Omit<QuerySummary, 'pages'> => ({
  total: n,
  articleTotal: n,
  facets: { year: {}, outlet: {}, language: {} },
  matchCount: n,
  variantRows: new Set(),
});

describe('segmented caches', () => {
  it('keep an entry found again through a run of entries met once', () => {
    const cache = new SegmentedCache<Uint8Array>({ ...segments({ size: 4_000 }), sizeOf: (a) => a.byteLength });
    cache.set('steady', new Uint8Array(100));
    assert.ok(cache.get('steady'));
    for (let i = 0; i < 1_000; i++) cache.set(`once ${i}`, new Uint8Array(100));
    assert.ok(cache.get('steady'), 'the entry asked for again was pushed out');
    // The one-offs filled their segment, a quarter of the room, and no more.
    assert.deepEqual(cache.held, { probation: 1_000, kept: 100 });
    assert.equal(cache.peek('once 0'), undefined);
    assert.ok(cache.peek('once 999'));
  });

  it('move an entry only when it is looked up, not peeked at, and replace a kept one in place', () => {
    const cache = new SegmentedCache<string>(segments({ entries: 8 }));
    cache.set('a', 'first');
    assert.equal(cache.peek('a'), 'first');
    assert.deepEqual(cache.held, { probation: 1, kept: 0 });
    assert.equal(cache.get('a'), 'first');
    assert.deepEqual(cache.held, { probation: 0, kept: 1 });
    cache.set('a', 'second');
    assert.equal(cache.get('a'), 'second');
    assert.deepEqual(cache.held, { probation: 0, kept: 1 });
  });

  it('keep a query summary asked for again through a spike of distinct queries', () => {
    const answers = new Answers();
    answers.rememberPage('steady', figures(7), '0:20', { rows: [1, 2, 3], copies: null });
    assert.equal(answers.summary('steady')?.total, 7);
    // More distinct queries than the whole cache held before (2,048 summaries).
    for (let i = 0; i < 3_000; i++) answers.rememberPage(`once ${i}`, figures(i), '0:20', { rows: [i], copies: null });
    assert.equal(answers.summary('steady')?.total, 7, 'the steady query was pushed out by one-off queries');
    assert.equal(answers.summary('once 0'), undefined);
  });
});
