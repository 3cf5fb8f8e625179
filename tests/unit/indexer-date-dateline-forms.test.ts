/**
 * Three more ways a story's first paragraph opens with its dateline (issue 18): its place after the date
 * ("July 30, 2014, Halifax - Fire stations…"), inside the bracket with the date ("(Geneva: 30 November 2010): …"),
 * or as a hashtag ("#Kingston, November 22, 2022 – …"). A sentence that opens with a date is still no dateline.
 * The pages are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateOf, HEADLINE, P2, P3 } from '../helpers/harbour-board-story.ts';

const REST = 'the harbour board approved the repair plan after a long debate about costs and traffic on the quay.';
const lead = (opening: string) => [HEADLINE, `${opening} ${REST}`, P2, P3];

describe("a dateline's place after the date, in its bracket, or as a hashtag", () => {
  it('reads the date opening the paragraph with its place after it, then a dash', () => {
    assert.equal(dateOf(lead('July 30, 2014, Harbourtown - The')), '2014-07-30');
    assert.equal(dateOf(lead('30 July 2014, Port Ellen – The')), '2014-07-30');
  });

  it("reads the date in a bracket after the dateline's place", () => {
    assert.equal(dateOf(lead('(Harbourtown: 30 November 2010): The')), '2010-11-30');
    assert.equal(dateOf(lead('(PORT ELLEN, May 4, 2021) – The')), '2021-05-04');
  });

  it('reads a dateline whose place is a hashtag', () => {
    assert.equal(dateOf(lead('#Harbourtown, November 22, 2022 – The')), '2022-11-22');
  });

  it('reads no year from a sentence that opens with a date', () => {
    assert.equal(dateOf(lead('July 30, 2014, the day')), undefined);
    assert.equal(dateOf(lead('March 11, 2011, Harbourtown - the day')), undefined);
    assert.equal(dateOf(lead('(see 30 November 2010): the')), undefined);
  });
});
