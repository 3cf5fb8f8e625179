/**
 * A photo's alt text printed above its signed caption between two paragraphs: the bare copy is the
 * same picture's text and goes with the caption (issue 18: it was kept as body text). A lead the
 * caption repeats, and a paragraph the caption repeats that goes on from the paragraph above,
 * stay. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEADLINE, keptText, P1, P2, P3, page } from '../helpers/bridge-story.ts';

const ALT = 'A welder fixes a steel cable on the deck of the old harbour bridge at dawn.';
const SIGNED = `${ALT} / Jane Doe`;

describe('alt text above its signed caption', () => {
  it('drops the bare copy between two paragraphs with the caption', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, ALT, SIGNED, P3)), [P1, P2, P3]);
  });

  it('reads the copy whatever its case and punctuation', () => {
    const alt = 'a welder fixes a steel cable on the deck of the old Harbour Bridge, at dawn';
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, alt, SIGNED, P3)), [P1, P2, P3]);
  });

  it('keeps the lead the caption repeats', () => {
    const lead = 'The harbour bridge will reopen on Friday after six months of repairs.';
    assert.ok(keptText(page(HEADLINE, lead, `${lead} / Jane Doe`, P2, P3)).includes(lead));
  });

  it('keeps a paragraph that goes on from the paragraph above it', () => {
    const more = 'The bridge repairs replaced the steel cables six months after the port authority closed it to traffic.';
    assert.ok(keptText(page(HEADLINE, P1, P2, more, `${more} / Jane Doe`, P3)).includes(more));
  });

  it('keeps a line whose copy adds a sentence, not a credit', () => {
    // A caption too (it carries a credit), so that the rule reaches the words its copy adds.
    const longer = `${ALT} The welders work in two shifts and will finish the deck before the reopening on Friday. Photo: Jane Doe`;
    assert.ok(keptText(page(HEADLINE, P1, P2, ALT, longer, P3)).includes(ALT));
  });
});
