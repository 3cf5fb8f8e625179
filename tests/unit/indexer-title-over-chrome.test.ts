import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headlineOf } from '../helpers/headline.ts';

// Invented text: a headline written as a sentence under a site's slogan and a search box's label,
// set apart from the story's paragraphs by a picture's credit.
const BODY =
  'The mayor of Porthaven asked the regional minister on Monday for more police patrols in the harbour district, after a week of break-ins at the quay.';
const BODY2 =
  'The minister said the request for patrols would be studied, and that two more officers could join the harbour station by spring.';
const BODY3 = 'Shop owners at the quay said the break-ins had cost them thousands and welcomed the mayor’s request.';
const HEADLINE = 'Mayor asks the minister for more police patrols at the harbour quay.';
const CREDIT = 'Photo: Jane Doe/Harbour Agency';

describe('title: a headline written as a sentence, over chrome, under lines about nothing below', () => {
  it('takes the sentence set apart from the text by a credit, over a slogan and a search label', () => {
    const page = ['The Best of the Coast, Every Day!', '', 'Open the search form', '', HEADLINE, CREDIT, '', BODY, '', BODY2, '', BODY3];
    assert.equal(headlineOf(page), HEADLINE);
  });

  it('leaves a lead that runs straight on into the next paragraph', () => {
    const page = ['The Best of the Coast, Every Day!', '', 'Open the search form', '', HEADLINE, '', BODY, '', BODY2, '', BODY3];
    assert.notEqual(headlineOf(page), HEADLINE);
  });

  it('leaves a short headline over its standfirst, which shares its words', () => {
    const page = ['Harbour patrols wanted', '', HEADLINE, CREDIT, '', BODY, '', BODY2, '', BODY3];
    assert.equal(headlineOf(page), 'Harbour patrols wanted');
  });
});
