/**
 * The report names an article id produced twice, and ids that differ only in case (Meilisearch's
 * filters would mix them), whatever order they come in (indexer/report.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleInput, ArticleSummary } from '../../engine/contract/types.ts';
import { ReportBuilder } from '../../indexer/report.ts';

const article = (id: string) =>
  ({
    id,
    source: `${id}.txt`,
    title: id,
    outlet: 'Unknown',
    year: null,
    date: null,
    language: 'en',
    paragraphs: [],
    dropped: [],
    provenance: {},
    hints: [],
  }) as unknown as ArticleInput;

function warningsFor(ids: string[], unchangedFirst: string[] = []): string[] {
  const existing = new Map(unchangedFirst.map((id) => [id, { id, contentHash: 'h' } as unknown as ArticleSummary]));
  const report = new ReportBuilder(
    {
      corpusDir: 'c',
      mode: 'full',
      manifest: null,
      synonyms: { groups: 0, oneWay: 0, action: 'rebuilt with the index' },
      skipped: [],
      warnings: [],
      startedAt: '',
    },
    existing,
    false,
  );
  for (const id of unchangedFirst) report.unchanged({ ...existing.get(id)!, paragraphs: 1 } as ArticleSummary);
  for (const id of ids) report.accept('f', { id, contentHash: 'x', record: null }, { ok: true, article: article(id), warnings: [] });
  return report.finish({ groups: 0, paragraphs: 0, largest: null, copiedArticles: null, nearComplete: [] }, 0).warnings;
}

describe('report: article ids', () => {
  it('names an id met twice, and one met again in another case, each time', () => {
    assert.deepEqual(warningsFor(['Ab', 'ab', 'ab', 'AB', 'Ab', 'cd']), [
      'f: article id "ab" differs only in case from "Ab"; give one of them another record id or file name',
      'f: article id "ab" is produced twice; the later one wins',
      'f: article id "AB" differs only in case from "Ab"; give one of them another record id or file name',
      'f: article id "Ab" is produced twice; the later one wins',
    ]);
  });

  it('counts an unchanged article as produced', () => {
    assert.deepEqual(warningsFor(['x', 'X'], ['x']), [
      'f: article id "x" is produced twice; the later one wins',
      'f: article id "X" differs only in case from "x"; give one of them another record id or file name',
    ]);
  });
});
