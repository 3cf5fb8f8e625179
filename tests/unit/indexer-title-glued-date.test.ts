import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

// Invented text: the page's date stamp run into the headline's last word by the scraper.
const BODY =
  'The council of Porthaven voted on Monday to close the old ferry office on the quay, which has sold tickets to the islands since the war.';
const BODY2 = 'Tickets will be sold on board from the first of April, the council said, and the building will be let to a local club.';

const headlineOf = (first: string) => cleanText([first, '', BODY, '', BODY2].join('\n')).headline?.text;

describe('title: a date glued to the headline', () => {
  it('cuts a full date run into the last word', () => {
    assert.equal(headlineOf('Council closes the old ferry office14 March 2005'), 'Council closes the old ferry office');
  });

  it('keeps a number that is the headline’s own', () => {
    const own = 'Ferry fares rise by10 per cent in Porthaven as the old office closes';
    assert.equal(headlineOf(own), own);
  });
});
