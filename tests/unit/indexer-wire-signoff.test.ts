/**
 * A wire story's last paragraph signed by its agency (indexer/clean/wire-signoff.ts) stays; the
 * same signature on a caption among the paragraphs still drops it. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEADLINE, kept, P1, P2, P3 } from '../helpers/caption-fixture.ts';

describe("a wire story's signed last paragraph", () => {
  const LAST = 'The council said it would decide on the request next month. It did not say how much it could pay. (dpa)';
  const DASHED =
    'The council said it would decide on the request for help from the shop owners near the bridge at its meeting next month. – Bernama';
  it('stays when it closes the text under several paragraphs', () => {
    assert.deepEqual(kept([HEADLINE, '', P1, '', P2, '', P3, '', LAST]), [P1, P2, P3, LAST]);
    assert.deepEqual(kept([HEADLINE, '', P1, '', P2, '', P3, '', DASHED, '', 'Share']), [P1, P2, P3, DASHED]);
  });
  it('goes as a caption among the paragraphs or above them', () => {
    const caption = 'Cars queue at the bridge on its last day before the works. (dpa)';
    assert.deepEqual(kept([HEADLINE, '', P1, '', caption, '', P2, '', P3]), [P1, P2, P3]);
    assert.deepEqual(kept([HEADLINE, '', caption, '', P1, '', P2, '', P3]), [P1, P2, P3]);
  });
});
