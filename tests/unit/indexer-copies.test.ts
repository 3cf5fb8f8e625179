/** The indexer's report on copies (issue 24), over tests/fixtures/copies-corpus. */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import Database from 'better-sqlite3';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openSqliteEngine } from '../../engine/sqlite/index.ts';
import { SCHEMA_VERSION } from '../../engine/sqlite/schema.ts';
import { summary } from '../../indexer/cli.ts';
import { indexCorpus } from '../../indexer/run.ts';

const CORPUS = path.join(import.meta.dirname, '..', 'fixtures', 'copies-corpus');

describe('an index of an older schema (before copy groups)', () => {
  it('is rebuilt from the corpus by the next run, incremental or not, with a warning', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'copies-schema-'));
    try {
      let engine = await openSqliteEngine({ dataDir });
      await indexCorpus({ corpusDir: CORPUS, engine, mode: 'full' });
      await engine.close();
      // Stamp the generation with the schema version before this one, as the last release wrote it.
      const dir = path.join(dataDir, 'sqlite');
      const file = path.join(dir, (await readFile(path.join(dir, 'CURRENT'), 'utf8')).trim());
      const db = new Database(file);
      db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(SCHEMA_VERSION - 1));
      db.close();
      engine = await openSqliteEngine({ dataDir });
      const report = await indexCorpus({ corpusDir: CORPUS, engine });
      assert.equal(report.mode, 'full');
      assert.match(
        report.warnings.join('\n'),
        new RegExp(`schema version ${SCHEMA_VERSION - 1}, expected ${SCHEMA_VERSION}: rebuilt from the corpus`),
      );
      // Upgrading is not damage: the warning says where the old index came from.
      assert.match(report.warnings.join('\n'), /was written by an older version/);
      assert.doesNotMatch(report.warnings.join('\n'), /damaged/);
      assert.equal(report.copies.groups, 6);
      await engine.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the indexer report on copies', () => {
  it('counts the copy groups, names the largest and lists the near-complete copies', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'copies-report-'));
    const engine = await openSqliteEngine({ dataDir });
    try {
      const report = await indexCorpus({ corpusDir: CORPUS, engine, mode: 'full' });
      // Wire: 3 paragraphs in three outlets, 1 in two; the ferry page: 2 paragraphs saved twice.
      assert.deepEqual([report.copies.groups, report.copies.paragraphs], [6, 15]);
      assert.equal(report.copies.largest!.paragraphs, 3);
      assert.equal(report.copies.copiedArticles, 3);
      // The Herald and Reuters copy the Courier's three paragraphs (3 of 4: copies, not near-complete ones).
      assert.deepEqual(
        report.copies.nearComplete.map((a) => [a.id, a.copyOf, a.shared, a.paragraphs]),
        [['ferry', 'ferry-copy', 2, 2]],
      );
      const text = summary(report);
      assert.match(text, /Copies: 6 copy group\(s\) of 2\+ paragraphs \(15 paragraphs\); largest: courier-rates-0 in 3 places/);
      assert.match(text, /ferry copies ferry-copy \(2 of 2 paragraphs\)/);

      const quiet = await indexCorpus({ corpusDir: CORPUS, engine, mode: 'full', perArticle: false });
      assert.deepEqual([quiet.copies.groups, quiet.copies.copiedArticles, quiet.copies.nearComplete], [6, null, []]);
    } finally {
      await engine.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
