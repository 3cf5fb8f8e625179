/**
 * A picture inside the story whose alt text is the headline: the short line with no sentence end
 * right under that copy of the headline is the picture's caption (issue 18: such captions were kept
 * as body text); a sentence there stays, since on a page nobody tuned on it was the story going on.
 * Under a copy printed above the story's first paragraph, the line is the standfirst, and stays.
 * The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEADLINE, keptText, P1, P2, P3, P4, page } from '../helpers/bridge-story.ts';

const CAPTION = 'Welders on the deck of the old bridge.';
const PHRASE = 'The east tower of the harbour bridge';

describe('a caption under the headline printed again inside the story', () => {
  it('keeps a sentence under the copy: a caption and the story going on look alike there', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, HEADLINE, CAPTION, P3, P4)), [P1, P2, CAPTION, P3, P4]);
  });

  it('drops a noun phrase printed right under the copy', () => {
    assert.deepEqual(keptText(`${page(HEADLINE, P1, P2)}\n\n${HEADLINE}\n${PHRASE}\n\n${P3}`), [P1, P2, P3]);
  });

  it('keeps the standfirst under a copy printed above the story', () => {
    const standfirst = 'Six months of repairs end on Friday.';
    assert.deepEqual(keptText(page(HEADLINE, HEADLINE, standfirst, P1, P2, P3)), [standfirst, P1, P2, P3]);
  });

  it('drops a label with no sentence end under a copy that only the standfirst stands above', () => {
    const standfirst = 'Six months of repairs on the harbour bridge end on Friday, the port authority says.';
    assert.deepEqual(keptText(page(HEADLINE, standfirst, HEADLINE, PHRASE, P1, P2)), [standfirst, P1, P2]);
  });

  it('keeps the lead under a copy that only the standfirst stands above', () => {
    const standfirst = 'Six months of repairs on the harbour bridge end on Friday, the port authority says.';
    assert.deepEqual(keptText(page(HEADLINE, standfirst, HEADLINE, CAPTION, P1, P2)), [standfirst, CAPTION, P1, P2]);
  });

  it('keeps a paragraph under the copy', () => {
    const long =
      'The bridge was closed in spring when inspectors found rust in two of its cables, and the port authority ' +
      'then decided to replace every cable and the road surface at once rather than close the bridge twice.';
    assert.ok(keptText(page(HEADLINE, P1, P2, HEADLINE, long, P3)).includes(long));
  });
});
