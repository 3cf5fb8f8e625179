/**
 * A caption printed over several lines between the paragraphs of a blank-line separated text: the
 * lines above the one that carries the caption's cue ("From left: …") are the same caption
 * (issue 18: they were kept as body text). The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keptText, P1, P2, P3, page } from '../helpers/bridge-story.ts';

const HEADLINE = 'Harbour board approves the budget';
const CUE = 'From left: Anna Berg, Tom Lind and Sara Holm of the harbour board.';
const CAPTION = ['A rare sight. The whole board in one picture.', 'Usually they sit behind the pillar in the hall.'];

describe('a caption over several lines', () => {
  it('drops the lines packed above the caption cue', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, [...CAPTION, CUE].join('\n'), P2, P3)), [P1, P2, P3]);
  });

  it('keeps a paragraph printed above the caption with no blank line between', () => {
    const long = `${P2} ${P3}`;
    assert.deepEqual(keptText(page(HEADLINE, P1, [long, CUE].join('\n'), P3)), [P1, long, P3]);
  });

  it('keeps the lines of a packed text, where every line sits next to another', () => {
    const kept = keptText([HEADLINE, P1, ...CAPTION, CUE, P2, P3].join('\n'));
    assert.ok(kept.includes(CAPTION[1]!));
  });

  it('keeps a line printed right below the caption', () => {
    const quote = 'Quiet meetings are rare here.';
    assert.ok(keptText(page(HEADLINE, P1, [CUE, quote].join('\n'), P2, P3)).includes(quote));
  });
});
