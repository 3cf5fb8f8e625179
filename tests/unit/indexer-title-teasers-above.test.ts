import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BODY, BODY2, BODY3, HEADLINE } from '../helpers/harbour-story.ts';
import { headlineOf } from '../helpers/headline.ts';

// Invented text: teasers of other stories, each a sentence under its section's name, above the
// story's headline, which the story's first paragraphs are about. (With two paragraphs or more under
// the headline the teaser's scan stop was already undone by the story-heading rules.)
const TEASER1 = 'Readers tell us what they think of the new tram timetable.';
const TEASER2 = 'Our critic spent a weekend at the folk festival in the hills.';

describe('title: the headline under teasers of other stories', () => {
  it('passes over teasers about nothing in the story to the headline about it, over a one-paragraph story', () => {
    const page = ['Opinion', '', TEASER1, '', 'Reviews', '', TEASER2, '', HEADLINE, '', BODY];
    assert.equal(headlineOf(page), HEADLINE);
  });

  it('keeps a headline about the story over a short first sentence and a subheading', () => {
    const top = 'Porthaven police will watch empty homes over the holidays';
    const lead = 'Patrols start on Monday.';
    const sub = 'Harbour station asks residents for addresses';
    const page = [top, '', lead, '', sub, '', BODY, '', BODY2, '', BODY3];
    assert.equal(headlineOf(page), top);
  });
});
