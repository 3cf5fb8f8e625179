/**
 * A newsroom phrase alone ("Staff Writer", "By Staff Reporter") is a writer's role, never an
 * outlet called "Writer" (issue 18, task 18out11). Every name here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

describe('a newsroom phrase alone', () => {
  it('names no outlet ("Staff Writer" is a role, not "Staff" signing as "Writer")', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nStaff Writer\n\n${BODY}\n`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\nBy Staff Reporter\n\n${BODY}\n`), 'Unknown');
    // A newsroom signing with its name still does.
    assert.equal(outletOf(`${HEADLINE}\n\nHarbour Lantern Staff\n\n${BODY}\n`), 'Harbour Lantern');
  });
});
