/**
 * The search worker's caches are segmented LRUs (engine/sqlite/segmented-cache.ts): entries met
 * once stay on a small probation segment, so a spike of distinct searches neither grows a cache
 * past that segment nor pushes out what steady traffic asks for again.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { ANSWERS_SCHEMA, PreparedAnswers, storedAnswer } from '../../engine/sqlite/prepared.ts';
import { SegmentedCache, segments } from '../../engine/sqlite/segmented-cache.ts';
import { Answers, type QuerySummary, type ShownHit } from '../../engine/sqlite/snapshot-memo.ts';

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
    cache.set('another', new Uint8Array(100));
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
    assert.equal(cache.get('b'), undefined);
    assert.deepEqual(cache.report(), { probation: 0, kept: 1, hits: 2, misses: 1 });
    assert.deepEqual(cache.report(), { probation: 0, kept: 1, hits: 0, misses: 0 });
  });

  it('keep a query summary asked for again through a spike of distinct queries', () => {
    const answers = new Answers();
    answers.rememberPage('steady', figures(7), '0:20', { rows: [1, 2, 3], copies: null });
    answers.rememberPage('another', figures(8), '0:20', { rows: [4], copies: null });
    assert.equal(answers.summary('steady')?.total, 7);
    // More distinct queries than the whole cache held before (2,048 summaries).
    for (let i = 0; i < 3_000; i++) answers.rememberPage(`once ${i}`, figures(i), '0:20', { rows: [i], copies: null });
    assert.equal(answers.summary('steady')?.total, 7, 'the steady query was pushed out by one-off queries');
    assert.equal(answers.summary('once 0'), undefined);
  });

  it("keep an expression's shown hits through a spike of prepared pages, each stored and read back once", () => {
    const answers = new Answers();
    const hit = (rowid: number): ShownHit => ({
      row: [rowid, 'body', `text ${rowid}`, 'a', 'T', 'O', 2020, null, 'en', null],
      matches: [],
    });
    // The steady query: shown once, then again after other searches.
    answers.addShownHits('steady', [1, 2], [hit(1), hit(2)]);
    assert.equal(answers.shownHits('steady').size, 2);
    answers.addShownHits('between', [3], [hit(3)]);
    assert.equal(answers.shownHits('steady').size, 2);
    // A spike of distinct one-word searches answered from prepared pages (search.ts): each stores
    // its page's hits, then reads them back. More hits than the whole cache held before (4,096).
    for (let i = 0; i < 3_000; i++) {
      answers.addShownHits(`once ${i}`, [10 + 2 * i, 11 + 2 * i], [hit(10 + 2 * i), hit(11 + 2 * i)]);
      assert.equal(answers.shownHits(`once ${i}`).size, 2);
    }
    assert.equal(answers.shownHits('steady').size, 2, "the steady query's hits were pushed out by one-off pages");
  });

  it('keep a prepared answer asked for again through a spike of answers each read once, within a quarter of the room', (t) => {
    // An answers file of our own: one steady word and 5,000 one-offs of ~1.1 KB each held,
    // more than the whole 4 MB budget.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nutgraf-prepared-spike-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'answers');
    const db = new Database(file);
    db.exec(ANSWERS_SCHEMA);
    db.prepare(`INSERT INTO meta(key, value) VALUES ('stamp', 's1')`).run();
    const insert = db.prepare('INSERT INTO answers(key, figures, head, variant, complete, first) VALUES (?, ?, ?, 0, 1, ?)');
    const head = Buffer.from(Uint32Array.from({ length: 20 }, (_, i) => i + 1).buffer);
    const keys = ['steady', ...Array.from({ length: 5_000 }, (_, i) => `once ${i}`)];
    db.transaction(() => {
      for (const key of keys) insert.run(key, storedAnswer(figures(20), null, null).figures, head, null);
    })();
    db.close();

    const answers = new PreparedAnswers(file);
    const steady = answers.get('steady', 's1', 20);
    assert.ok(steady);
    assert.equal(answers.get('steady', 's1', 20)?.head, steady.head, 'asked again: the answer as kept');
    for (let i = 0; i < 5_000; i++) assert.ok(answers.get(`once ${i}`, 's1', 20));
    assert.equal(answers.get('steady', 's1', 20)?.head, steady.head, 'the steady answer was pushed out (read anew)');
    const held = answers.held;
    assert.ok(held.probation <= 2 ** 20, `one-offs hold ${held.probation} bytes, more than a quarter of 4 MB`);
    assert.ok(held.probation + held.kept < 1.2 * 2 ** 20, `the spike grew the cache to ${held.probation + held.kept} bytes`);
    answers.close();
  });
});
