/**
 * The per-set ingest tools' `--show` prints kept lines to read while writing a rule: only pages a
 * rule may be tuned on. A held-out page is read as figures only, whichever set it is in.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { LABELLED_SETS, mayShowLines } from '../../bench/ingest/pages.ts';

it("shows a dev page's lines in every set, and no held-out page's", () => {
  for (const [set] of LABELLED_SETS) {
    assert.equal(mayShowLines(set, 'dev'), true, set);
    assert.equal(mayShowLines(set, 'heldout'), false, set);
  }
});
