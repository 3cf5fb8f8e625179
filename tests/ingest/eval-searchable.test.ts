/**
 * The scorer's "lines with a letter/digit" figures: a line of bullets or dashes holds no token the
 * index could match, so `eval-ingest` counts it in the plain figures but not in the searchable ones.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figures, scorePage, searchable, type PageTruth } from '../../bench/ingest/score.ts';
import type { ArticleResult } from '../../indexer/pipeline.ts';

const TEXT = [
  'Harbour plan approved',
  '•',
  'The council approved the harbour plan on Monday.',
  '— — —',
  'Share this',
  '* * *',
  'Most read',
].join('\n');

const TRUTH: PageTruth = {
  file: 'p.txt',
  split: 'dev',
  language: 'en',
  kind: 'article',
  title: 'Harbour plan approved',
  titleLine: 1,
  outlet: 'Unknown',
  outletStated: false,
  date: null,
  yearStated: false,
  junkLines: [5, 6, 7],
  junkKinds: { '5': 'share', '6': 'other', '7': 'related' },
};

/** What the indexer settled, reduced to what the scorer reads: the dropped lines. */
function result(dropped: number[]): ArticleResult {
  return {
    ok: true,
    article: {
      title: 'Harbour plan approved',
      outlet: 'Unknown',
      year: null,
      language: 'en',
      provenance: {},
      dropped: dropped.map((line) => ({ line, reason: 'test' })),
    },
    warnings: [],
  } as unknown as ArticleResult;
}

describe('eval-ingest: lines a search can meet', () => {
  it('a line is searchable when it holds a letter or a digit, in any script', () => {
    assert.equal(searchable('•'), false);
    assert.equal(searchable('— — —'), false);
    assert.equal(searchable('* * *'), false);
    assert.equal(searchable('2024'), true);
    assert.equal(searchable('• Политика'), true);
    assert.equal(searchable('৩'), true);
  });

  it('counts lost bullets and kept rules in the plain figures only', () => {
    // Lost: the bullet (2) and the dashes (4), body by the label; kept: the share prompt (5) and the asterisks (6).
    const f = figures([scorePage('s/p.txt', TEXT, TRUTH, result([2, 4, 7]))]);
    assert.deepEqual(f.bodyLost, { hits: 2, of: 3 });
    assert.deepEqual(f.bodyLostSearchable, { hits: 0, of: 1 });
    assert.deepEqual(f.junkKept, { hits: 2, of: 3 });
    assert.deepEqual(f.junkKeptSearchable, { hits: 1, of: 2 });
  });

  it('a lost line with words counts in both', () => {
    const f = figures([scorePage('s/p.txt', TEXT, TRUTH, result([3, 5, 6, 7]))]);
    assert.deepEqual(f.bodyLost, { hits: 1, of: 3 });
    assert.deepEqual(f.bodyLostSearchable, { hits: 1, of: 1 });
    assert.deepEqual(f.junkKeptSearchable, { hits: 0, of: 2 });
  });
});
