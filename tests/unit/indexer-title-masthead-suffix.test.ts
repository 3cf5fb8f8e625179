import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headlineOf } from '../helpers/headline.ts';

// Invented text: the site's name as the page's masthead, and again as the suffix of the title line.
const HEADLINE = 'Council chief says sorry as drivers wait months for potholes to be filled';
const HEADLINE2 = 'County council leader apologises and promises lessons have been learned over slow response to pothole repair';
const BODY =
  'The leader of the county council has apologised for the slow response to pothole repairs on the coast road, after residents waited months for the work.';
const BODY2 = 'She said lessons had been learned and that crews would now inspect the road every week until the end of the winter.';
const BODY3 = 'Residents said the repairs had come too late for several drivers whose cars were damaged.';

describe('title: a masthead whose name the title line carries as its suffix', () => {
  it('does not count the title line as text about the masthead', () => {
    const page = ['Harbour Gazette', '', `${HEADLINE} - Harbour Gazette`, '', BODY, '', BODY2, '', BODY3];
    assert.equal(headlineOf(page), HEADLINE);
  });

  it('does the same for a name set before the headline', () => {
    const page = ['Harbour Gazette', '', `Harbour Gazette | ${HEADLINE2}`, '', BODY];
    assert.equal(headlineOf(page), HEADLINE2);
  });
});
