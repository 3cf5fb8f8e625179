/**
 * The title-shapes bench buckets eval-ingest's title failure reasons into the shapes a title rule is
 * judged by (no line found, wrong line above or below, prefix or suffix, part of the headline).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failureReasons } from '../../bench/ingest/reasons.ts';
import type { PageScore } from '../../bench/ingest/score.ts';
import { shapeOf } from '../../bench/ingest/title-shapes.ts';

const LINES = [
  'Home',
  'News',
  'Ferry timetable changes from next month',
  'The morning crossing will leave half an hour earlier from the first of the month, the harbour office said.',
  'Residents of the island say the late crossing on Sundays is the one they use most, and want it kept.',
  'Related stories',
];

/** A page whose title came out as `got`, read from `from` (as the indexer's provenance says). */
function failedTitle(got: string, from: string): PageScore {
  return {
    titleRight: false,
    wrongYear: false,
    yearRight: null,
    lines: LINES,
    keptBodyLines: [4, 5],
    got: { title: got, outlet: null, year: null, language: 'en', from: { title: from } },
    truth: { title: LINES[2], titleLine: 3 },
  } as unknown as PageScore;
}

const shapeOfFailure = (s: PageScore) => shapeOf(Object.keys(failureReasons([s]).title)[0]!);

describe('bench/ingest/title-shapes: failure reasons by shape', () => {
  it('buckets each of the title reasons eval-ingest prints', () => {
    assert.equal(shapeOf('file-name fallback: headline on a line of its own, kept below a paragraph'), 'no line found');
    assert.equal(shapeOf('wrong line chosen above the headline (taken: line 1, unrelated; headline: agrees, near)'), 'wrong line above');
    assert.equal(shapeOf('wrong line chosen below the headline'), 'wrong line below');
    assert.equal(shapeOf('headline with a suffix left on'), 'prefix or suffix');
    assert.equal(shapeOf('headline with a prefix left on'), 'prefix or suffix');
    assert.equal(shapeOf('part of the headline'), 'part of headline');
    assert.equal(shapeOf('headline line, other text'), 'other');
    assert.equal(shapeOf('wrong line chosen'), 'other', 'a line taken on a page with no headline line is neither above nor below');
  });

  it("buckets the reasons eval-ingest's own reason writer gives (so a reworded reason cannot fall into 'other' unseen)", () => {
    assert.equal(shapeOfFailure(failedTitle('Home', 'line 1')), 'wrong line above');
    assert.equal(shapeOfFailure(failedTitle('Related stories', 'line 6')), 'wrong line below');
    assert.equal(shapeOfFailure(failedTitle(`${LINES[2]} - Harbour News`, 'line 3')), 'prefix or suffix');
    assert.equal(shapeOfFailure(failedTitle('Ferry timetable', 'line 3')), 'part of headline');
    assert.equal(shapeOfFailure(failedTitle('story-3', 'file name')), 'no line found');
  });
});
