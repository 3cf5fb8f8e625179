import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BODY, BODY2, BODY3, HEADLINE } from '../helpers/harbour-story.ts';
import { headlineOf } from '../helpers/headline.ts';

// Invented text: two teasers of other stories (each under its section's name) above the story's
// headline, which the template prints again under its byline and date. The first teaser shares
// words with the story, as a teaser from the same town's pages may.
const TEASER1 = 'Harbour residents tell us what they think of the new night patrols at the quay.';
const TEASER2 = 'A walk along the old canal path shows how the town has changed.';

describe('title: the headline printed again under its byline and date, under teasers of other stories', () => {
  it('takes the headline the article header repeats, not the teaser above it', () => {
    const page = [
      'Opinion',
      '',
      TEASER1,
      '',
      'Features',
      '',
      TEASER2,
      '',
      HEADLINE,
      '',
      'Maria Lindqvist',
      '12/3/2021 10:15',
      HEADLINE,
      '',
      BODY,
      '',
      BODY2,
      '',
      BODY3,
    ];
    assert.equal(headlineOf(page), HEADLINE);
  });

  it('stops at the teaser when a paragraph, not a date, stands between the line and its copy', () => {
    const page = ['Opinion', '', TEASER1, '', 'Features', '', TEASER2, '', HEADLINE, '', BODY3, '', HEADLINE, '', BODY, '', BODY2];
    assert.notEqual(headlineOf(page), HEADLINE);
  });
});
