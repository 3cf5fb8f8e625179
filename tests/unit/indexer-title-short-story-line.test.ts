/**
 * A short headline set among menu-shaped short lines (`title-candidates.ts` isTopChrome /
 * isStoryShortLine): every content word of it is in the story's first paragraphs, which a menu's
 * section or link names are not. Invented text throughout.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const BODY =
  'Ferry crews at Porthaven harbour began a strike on Monday morning, leaving passengers waiting on the quay for the crossing to the islands.';
const BODY2 =
  'The harbour operator said the strike would cost the ferry company thousands of pounds a day, and talks with the crews would resume on Friday.';
const BODY3 = 'Passengers were told to check the operator’s website before travelling to Porthaven this week.';

const headlineOf = (lines: string[]) => cleanText(lines.join('\n\n')).headline?.text;

describe('title: a short headline among menu-shaped short lines', () => {
  it('takes a two- or three-word headline whose every word the story repeats', () => {
    assert.equal(headlineOf(['Local News', 'Harbour ferry strike', 'Jane Doe', BODY, BODY2, BODY3]), 'Harbour ferry strike');
    assert.equal(headlineOf(['Politics', 'Ferry strike', 'Weather', 'Contact', BODY, BODY2, BODY3]), 'Ferry strike');
  });

  it('still reads a menu as a menu when one of its items shares a word with the story', () => {
    // "Harbour Lights" names a section: "Lights" is not the story's word.
    const h = headlineOf(['Home', 'Harbour Lights', 'Island Life', 'Contact', BODY, BODY2, BODY3]);
    assert.notEqual(h, 'Harbour Lights');
    assert.notEqual(h, 'Island Life');
  });

  it('does not take a one-word item the story repeats', () => {
    assert.notEqual(headlineOf(['Home', 'Harbour', 'Islands', 'Contact', BODY, BODY2, BODY3]), 'Harbour');
  });
});
