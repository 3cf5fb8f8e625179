import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headlineOf } from '../helpers/headline.ts';

// Invented text: teasers of other stories, each a sentence under its section's name, above the
// story's headline, which the story's first paragraphs are about. (With two paragraphs or more under
// the headline the teaser's scan stop was already undone by the story-heading rules.)
const TEASER1 = 'Readers tell us what they think of the new tram timetable.';
const TEASER2 = 'Our critic spent a weekend at the folk festival in the hills.';
const HEADLINE = 'Harbour police ask residents to report empty homes before the holidays';
const BODY =
  'Police in Porthaven have asked residents who leave town over the holidays to tell the harbour station, so that patrols can look in on empty homes.';
const BODY2 =
  'The harbour station said officers would note each address and pass by at night, as they did last winter after a run of break-ins at the quay.';
const BODY3 = 'Residents can also leave a spare key with a neighbour, the station said.';

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
