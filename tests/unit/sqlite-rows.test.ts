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
});
