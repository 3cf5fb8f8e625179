/** Articles made into the rows a build writes (engine/sqlite/write.ts): in position order, sentinels stripped. */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { stripSentinels } from '../../engine/contract/match-ranges.ts';
import { GenerationBuilder } from '../../engine/sqlite/build.ts';
import { openGeneration } from '../../engine/sqlite/schema.ts';
import { ArticleWriter, toRowBatch } from '../../engine/sqlite/write.ts';
import { regroup } from '../../engine/sqlite/copy-groups.ts';
import { bodyArticle } from '../fixtures/contract/body-article.ts';

const article = (texts: string[]) => bodyArticle({ id: 'a', folder: 'news', outlet: 'Example', date: '2024-01-02', title: 'T', texts });

describe('rows of a build', () => {
  it('strips highlight sentinels wherever they stand, and leaves other text as it is', () => {
    assert.equal(stripSentinels('\u0001harbor\u0002 seal'), 'harbor seal');
    assert.equal(stripSentinels('a \u0002stray close'), 'a stray close');
    assert.equal(stripSentinels('plain text'), 'plain text');
  });

  it('writes paragraphs in position order whatever order the article lists them in', () => {
    const a = article(['first', 'second', 'third']);
    const shuffled = { ...a, paragraphs: [a.paragraphs[2]!, a.paragraphs[0]!, a.paragraphs[1]!] };
    for (const input of [a, shuffled]) {
      const batch = toRowBatch([input]);
      assert.deepEqual(batch.texts, ['first', 'second', 'third']);
      assert.deepEqual(
        [...batch.positions],
        a.paragraphs.map((p) => p.position),
      );
    }
    assert.deepEqual(
      shuffled.paragraphs.map((p) => p.text),
      ['third', 'first', 'second'],
      'the article itself is left as it was',
    );
  });

  it('flags brief paragraphs (a heading, fewer than eight words) and stores the flag, in a build and in an upsert', async () => {
    const a = article(['one two three', 'one two three four five six seven eight', 'one two three four five six seven', 'x']);
    const input = {
      ...a,
      paragraphs: [...a.paragraphs, { position: 4, kind: 'heading' as const, text: 'a heading of more than eight words in all of it' }],
    };
    const expected = [1, 0, 1, 1, 1];
    assert.deepEqual([...toRowBatch([input]).briefs], expected);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rows-brief-'));
    try {
      const file = path.join(dir, 'g.db');
      const builder = new GenerationBuilder(file);
      builder.write(toRowBatch([input]));
      builder.finish(null);
      const db = openGeneration(file);
      const briefs = () => db.prepare('SELECT brief FROM paragraphs ORDER BY rowid').pluck().all();
      assert.deepEqual(briefs(), expected);
      // Stored as written: SQLite computes nothing per inserted row (hidden = 0: not a generated column).
      const column = (db.pragma('table_xinfo(paragraphs)') as Array<{ name: string; hidden: number }>).find((c) => c.name === 'brief');
      assert.equal(column?.hidden, 0);
      db.transaction(() => new ArticleWriter(db).write([{ ...input, id: 'b' }]))();
      assert.deepEqual(briefs(), [...expected, ...expected]);
      db.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('revises an article in its rows: unchanged rows untouched, changed texts through FTS5, rows it grew by after its last', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rows-revise-'));
    try {
      const file = path.join(dir, 'g.db');
      const builder = new GenerationBuilder(file);
      const a = article(['harbor seals rest on the rocks', 'the tide turns at noon', 'a share prompt']);
      const z = { ...article(['a second story']), id: 'z', contentHash: 'hash-z' };
      builder.write(toRowBatch([a, z]));
      builder.finish(null);
      const db = openGeneration(file);
      const rows = () =>
        db
          .prepare(
            'SELECT p.rowid, a.rowid, a.id, a.content_hash, p.position, p.text FROM paragraphs p JOIN articles a ON a.rowid = p.article_rowid ORDER BY p.rowid',
          )
          .raw()
          .all() as unknown[][];
      const fts = (q: string) => db.prepare('SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? ORDER BY rowid').pluck().all(q);
      const ftsChanges = () => db.prepare('SELECT count(*) FROM paragraphs_fts_data').pluck().get();
      const revise = (input: typeof a) => {
        const writer = new ArticleWriter(db);
        return db.transaction(() => writer.revise([input]))();
      };
      // The same paragraphs: the article row alone, FTS5 not touched.
      const before = ftsChanges();
      assert.equal(revise({ ...a, contentHash: 'other' }), false);
      assert.deepEqual(rows(), [
        [1, 1, 'a', 'other', 0, 'harbor seals rest on the rocks'],
        [2, 1, 'a', 'other', 1, 'the tide turns at noon'],
        [3, 1, 'a', 'other', 2, 'a share prompt'],
        [4, 2, 'z', 'hash-z', 0, 'a second story'],
      ]);
      assert.equal(ftsChanges(), before);
      // One fewer, one changed: the rows keep their rowids by position, the last is deleted.
      assert.equal(revise(article(['harbor seals rest on the rocks', 'the ferry leaves at noon'])), true);
      assert.deepEqual(
        rows().map((r) => [r[0], r[2], r[4], r[5]]),
        [
          [1, 'a', 0, 'harbor seals rest on the rocks'],
          [2, 'a', 1, 'the ferry leaves at noon'],
          [4, 'z', 0, 'a second story'],
        ],
      );
      assert.deepEqual(fts('tide OR prompt'), []);
      assert.deepEqual(fts('ferry'), [2]);
      // Grown by two: the free rowid after its last row (3), then the table's end, in article order.
      assert.equal(revise(article(['harbor seals rest on the rocks', 'the ferry leaves at noon', 'gulls', 'terns'])), true);
      assert.deepEqual(
        rows().map((r) => [r[0], r[2], r[4]]),
        [
          [1, 'a', 0],
          [2, 'a', 1],
          [3, 'a', 2],
          [4, 'z', 0],
          [5, 'a', 3],
        ],
      );
      assert.deepEqual(fts('terns OR gulls'), [3, 5]);
      db.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('groups copies in article order when a revised article grew past its rowids', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rows-regroup-'));
    try {
      const file = path.join(dir, 'g.db');
      const builder = new GenerationBuilder(file);
      const story = 'The council will meet again to discuss the new harbour wall in the spring, the mayor said on Tuesday.';
      const first = { ...article(['a line of its own about something else entirely']), id: 'first' };
      const later = { ...article([story]), id: 'later' };
      builder.write(toRowBatch([first, later]));
      builder.finish(null);
      const db = openGeneration(file);
      const writer = new ArticleWriter(db);
      // The first article grows by the story: its new row is after the later article's in rowid order.
      const changed = db.transaction(() =>
        writer.revise([{ ...first, paragraphs: [...first.paragraphs, { position: 1, kind: 'body', text: story }] }]),
      )();
      assert.equal(changed, true);
      regroup(db);
      const groups = db
        .prepare(
          'SELECT a.id, p.position, p.rowid, p.copy_group FROM paragraphs p JOIN articles a ON a.rowid = p.article_rowid ORDER BY p.rowid',
        )
        .raw()
        .all();
      // The first article comes first in index order: its copy leads the group.
      assert.deepEqual(groups, [
        ['first', 0, 1, null],
        ['later', 0, 2, 3],
        ['first', 1, 3, null],
      ]);
      assert.deepEqual(db.prepare('SELECT id, copy_of FROM articles ORDER BY rowid').raw().all(), [
        ['first', null],
        ['later', 1],
      ]);
      db.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
