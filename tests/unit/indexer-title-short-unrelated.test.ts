import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

// Invented text: widget and promotion lines stacked over a headline that shares some of the
// story's words (not nearly all of them), then the story.
const HEADLINE = 'Commuters fume as Porthaven ferry sits idle at the quay';
const BODY = 'The harbour ferry left Porthaven an hour late on Monday after the crew found a crack in the loading ramp, the operator said.';
const BODY2 = 'Engineers checked the ramp through the morning while passengers waited on the quay, and the evening crossing was cancelled.';

const headlineOf = (top: string[]) => cleanText([...top, '', BODY, '', BODY2].join('\n\n')).headline?.text;

describe('title: a short line about nothing in the story over the headline', () => {
  it('takes the headline about the story, not the short line three candidates above it', () => {
    assert.equal(headlineOf(['Meet the editors', 'Our newsletter is free', 'Send us your pictures and video', HEADLINE]), HEADLINE);
  });

  it('keeps the short line when nothing below it is about the story', () => {
    const other = 'Harbour festival returns next summer with music';
    assert.equal(headlineOf(['Meet the editors', 'Our newsletter is free', other]), 'Meet the editors');
  });

  it('keeps the short line over a sentence that ends in a full stop (a lead, not a headline)', () => {
    const lead = 'Commuters fumed as the Porthaven ferry sat idle at the quay.';
    assert.notEqual(headlineOf(['Meet the editors', 'Our newsletter is free', 'Send us your pictures and video', lead]), lead);
  });
});
