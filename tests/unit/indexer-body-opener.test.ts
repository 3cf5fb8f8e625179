import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findBodyStart } from '../../indexer/clean/body-start.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { headlineOf } from '../helpers/headline.ts';

// Invented text in the shapes scraped pages have: a sidebar's headline-shaped line about the same
// place above a widget and a date stamp, the story's headline under them, then its paragraphs.
const BODY =
  'The harbour ferry crew stopped a film team on the quay on Monday, the operator said, after a pilot saw cameras near the engine room.';
const BODY2 = 'Passengers waited for an hour while the ferry staff checked the team’s papers, and the crossing left Porthaven late.';
const HEADLINE = 'Ferry crew stop film team on the harbour quay';
const PROFILE = 'Harbour radio presenter and ferry pilot from Porthaven';

describe('title: the candidate right above the story’s first paragraphs', () => {
  it('takes the headline over the text rather than a sidebar line above the widgets', () => {
    const page = [
      'Sign in',
      '',
      'Register || Forgot password?',
      '',
      PROFILE,
      'Weather 12 °C',
      'Partly cloudy',
      '07 September 2016',
      '',
      HEADLINE,
      '',
      BODY,
      '',
      BODY2,
    ];
    assert.equal(headlineOf(page), HEADLINE);
  });

  it('keeps the headline over its subtitle stacked right under it', () => {
    const subtitle = 'Cameras on the quay';
    assert.equal(headlineOf([HEADLINE, subtitle, '', BODY, '', BODY2]), HEADLINE);
  });

  it('keeps the headline over a standfirst that repeats its words', () => {
    const standfirst = 'The ferry crew held the film team for an hour on the harbour quay';
    assert.equal(headlineOf([HEADLINE, '', '07 September 2016', '', standfirst, '', BODY, '', BODY2]), HEADLINE);
  });
});

describe('body start', () => {
  const line = (text: string, i: number): ContentLine => ({
    line: i + 1,
    text,
    reason: null,
    heading: false,
    words: text.split(/\s+/).length,
  });
  const shapes = { isParagraph: (t: string) => t.split(/\s+/).length > 15, isHeading: (t: string) => t.split(/\s+/).length <= 10 };

  it('skips teasers of one paragraph each and finds the story’s run', () => {
    const lines = ['Teaser one heading', BODY, 'Teaser two heading', BODY2, HEADLINE, BODY, BODY2].map(line);
    assert.equal(findBodyStart(lines, shapes), 5);
  });

  it('finds none on a page of teasers only', () => {
    const lines = ['Teaser one heading', BODY, 'Teaser two heading', BODY2].map(line);
    assert.equal(findBodyStart(lines, shapes), -1);
  });
});
