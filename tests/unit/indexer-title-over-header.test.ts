import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BODY, BODY2, BODY3, HEADLINE } from '../helpers/harbour-story.ts';
import { headlineOf } from '../helpers/headline.ts';

// Invented text: a paragraph of the page's chrome (a ticker of other stories, an icon's alt texts, a
// picture's caption) above the article header: the headline, its byline and its date.
const TICKER =
  'Council votes to keep the ferry running through winter Police: two arrested after break-in at the marina shop Weather: storm warning for the coast on Sunday night Schools to reopen on Monday after repairs';
const CAPTION = 'Harbour master Anne Boyd with members of the new night patrol at the quay on Tuesday evening this week.';

describe('title: the headline over its byline and date, under a paragraph of chrome', () => {
  it('looks past a ticker to the headline its byline and date stand under', () => {
    const page = [TICKER, '', HEADLINE, '', 'By Maria Lindqvist', '12/3/2021, 10:15 am', BODY, '', BODY2, '', BODY3];
    assert.equal(headlineOf(page), HEADLINE);
  });

  it('looks past a caption and a section name to the headline over a name alone and a date', () => {
    const page = [CAPTION, 'Local News', '', HEADLINE, '', 'Maria Lindqvist', '6th Mar 2021 5:00 AM | Updated: 8:26 AM', BODY, '', BODY2];
    assert.equal(headlineOf(page), HEADLINE);
  });

  it('keeps the opening paragraph as the start when a paragraph, not a byline, follows the line under it', () => {
    const page = [BODY, '', 'Night patrols along the quay this winter', '', BODY2, '', 'Maria Lindqvist', BODY3];
    assert.notEqual(headlineOf(page), 'Night patrols along the quay this winter');
  });
});

// Invented text: a paragraph about nothing in the story (other stories' teasers run together) over a
// section's name, the headline and its standfirst; and a story without its headline whose first
// paragraph is about the sub-heading's text.
const OTHER_STORIES =
  'Football: United sign a goalkeeper from abroad as the transfer window closes on Friday. Markets: shares close higher as oil prices climb again in Asia and Europe.';
const STANDFIRST = 'Patrols will look in on empty homes at night. Residents are asked to tell the harbour station before they leave.';

describe('title: the headline about the story, under a paragraph about nothing in it', () => {
  it('looks past the paragraph and a section name to the headline that shares words with the text under it', () => {
    const page = [OTHER_STORIES, 'Local News', '', HEADLINE, '', STANDFIRST, '', BODY, '', BODY2];
    assert.equal(headlineOf(page), HEADLINE);
  });

  it('keeps a first paragraph about the story as the start, over a sub-heading', () => {
    const page = [BODY2, 'Local News', '', 'Harbour police ask residents to report empty homes', '', BODY, '', BODY3];
    assert.notEqual(headlineOf(page), 'Harbour police ask residents to report empty homes');
  });
});
