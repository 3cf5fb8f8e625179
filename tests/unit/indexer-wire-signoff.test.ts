/**
 * A wire story's last paragraph signed by its agency (indexer/clean/wire-signoff.ts) stays; the
 * same signature on a caption among the paragraphs still drops it. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const HEADLINE = 'Harbour bridge to reopen after repairs';
const P1 = 'The harbour bridge will reopen to traffic on Friday after six months of repairs, the port authority said on Monday.';
const P2 = 'Engineers replaced the old steel cables and resurfaced the road, which carries about twenty thousand cars a day.';
const P3 = 'Local shops near the bridge said they had lost customers during the works and asked the council for help.';
const kept = (lines: string[]) => cleanText(lines.join('\n')).kept.map((l) => l.text);

describe("a wire story's signed last paragraph", () => {
  const LAST = 'The council said it would decide on the request next month. It did not say how much it could pay. (dpa)';
  const DASHED = 'The council said it would decide on the request for help from the shop owners near the bridge at its meeting next month. – Bernama';
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
