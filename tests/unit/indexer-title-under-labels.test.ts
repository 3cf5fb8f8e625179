import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

// Invented text: a headline written as a sentence under a section label only.
const BODY =
  'The harbour ferry crew stopped a film team on the quay on Monday, the operator said, after a pilot saw cameras near the engine room.';
const BODY2 = 'Passengers waited for an hour while the ferry staff checked the team’s papers, and the crossing left Porthaven late.';

const clean = (lines: string[]) => cleanText(lines.join('\n'));

describe('title: a sentence under nothing but labels', () => {
  it('takes the sentence about the text for the headline, not the label over it', () => {
    const headline = 'Ferry crew stop a film team on the harbour quay!';
    assert.equal(clean(['Local Affairs', '', headline, '', BODY, '', BODY2]).headline?.text, headline);
  });

  it('keeps a headline ending in a full stop in the text too when it reads as a lead', () => {
    const headline = 'The ferry crew stopped a film team on the harbour quay on Monday.';
    const out = clean(['Category Archive: Town Notices', '', headline, '', BODY, '', BODY2]);
    assert.equal(out.headline?.text, headline);
    assert.ok(out.kept.some((k) => k.text === headline));
  });

  it('leaves a headline of a few words in sentence case over its standfirst', () => {
    const page = ['Night boat should return', '', 'Ferry passengers want the late crossing to Porthaven back.', '', BODY, '', BODY2];
    assert.equal(clean(page).headline?.text, 'Night boat should return');
  });

  it('leaves the label when the sentence shares no words with the text', () => {
    const page = ['Local Affairs', '', 'Read our new privacy terms before you go on.', '', BODY, '', BODY2];
    assert.equal(clean(page).headline?.text, 'Local Affairs');
  });
});
