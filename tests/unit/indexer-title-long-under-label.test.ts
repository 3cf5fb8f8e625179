import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

// Invented text: a section label over a long headline, then the story.
const LONG =
  'Ferry crew stop a film team on the harbour quay after a pilot sees cameras near the engine room, operator says "we had no choice"';
const BODY =
  'The harbour ferry crew stopped a film team on the quay on Monday, the operator said, after a pilot saw cameras near the engine room.';
const BODY2 = 'Passengers waited for an hour while the ferry staff checked the team’s papers, and the crossing left Porthaven late.';

describe('title: a long headline under a short label', () => {
  for (const label of ['Local news', 'Coast Courier', 'Nordwind']) {
    it(`takes the long headline under "${label}", not the label`, () => {
      assert.equal(cleanText([label, '', LONG, '', BODY, '', BODY2].join('\n')).headline?.text, LONG);
    });
  }

  it('still reads a long line under a headline-length line as the text', () => {
    const headline = 'Ferry crew stop a film team';
    assert.equal(cleanText([headline, '', LONG, '', BODY, '', BODY2].join('\n')).headline?.text, headline);
  });
});
