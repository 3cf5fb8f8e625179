/**
 * An article page with a query (engine/sqlite/articles.ts) reads its marks with the index's words
 * and synonyms only: the serving thread, whose searches run in workers holding their own
 * snapshots, must not load a whole snapshot for it (tens of MB at a million paragraphs, kept until
 * the data changes: issue 22's serving memory).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readCurrent, sqliteDir } from '../../engine/sqlite/generation-files.ts';
import { openSqliteEngine } from '../../engine/sqlite/index.ts';
import { Generation } from '../../engine/sqlite/open-generation.ts';
import { getArticle } from '../../engine/sqlite/articles.ts';
import { copyArticles, wireReuters } from '../fixtures/contract/copies.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lexicon-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const loaded = (g: Generation) => (g as unknown as { snapshot: unknown }).snapshot !== null;

describe('article marks without a snapshot', () => {
  it('marks the matching paragraphs, corrections included, and leaves the snapshot unloaded', async () => {
    const engine = await openSqliteEngine({ dataDir });
    await engine.replaceAll(copyArticles);
    await engine.close();
    const dir = sqliteDir(dataDir);
    const generation = new Generation(dir, readCurrent(dir)!);
    try {
      const view = getArticle(generation, wireReuters.id, 'strengthened')!;
      assert.deepEqual(
        view.paragraphs.filter((p) => p.matched).map((p) => p.position),
        [3],
      );
      // A misspelling is read as the corpus word, as search reads it: the vocabulary was used.
      const typo = getArticle(generation, wireReuters.id, 'strenghtened')!;
      assert.deepEqual(
        typo.paragraphs.filter((p) => p.matched).map((p) => p.position),
        [3],
      );
      assert.equal(loaded(generation), false, 'no snapshot loaded for an article page');
      // With a snapshot loaded (a thread that searches), its words serve, and the answer is the same.
      generation.current();
      assert.deepEqual(getArticle(generation, wireReuters.id, 'strenghtened'), typo);
    } finally {
      generation.close();
    }
  });
});
