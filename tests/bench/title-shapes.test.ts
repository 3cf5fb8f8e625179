/**
 * The title-shapes bench buckets eval-ingest's title failure reasons into the shapes a title rule is
 * judged by (no line found, wrong line above or below, prefix or suffix, part of the headline).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeOf } from '../../bench/ingest/title-shapes.ts';

describe('bench/ingest/title-shapes: failure reasons by shape', () => {
  it('buckets each of the title reasons eval-ingest prints', () => {
    assert.equal(shapeOf('file-name fallback: headline on a line of its own, kept below a paragraph'), 'no line found');
    assert.equal(shapeOf('wrong line chosen above the headline (taken: line 1, unrelated; headline: agrees, near)'), 'wrong line above');
    assert.equal(shapeOf('wrong line chosen below the headline'), 'wrong line below');
    assert.equal(shapeOf('headline with a suffix left on'), 'prefix or suffix');
    assert.equal(shapeOf('headline with a prefix left on'), 'prefix or suffix');
    assert.equal(shapeOf('part of the headline'), 'part of headline');
    assert.equal(shapeOf('headline line, other text'), 'other');
  });
});
