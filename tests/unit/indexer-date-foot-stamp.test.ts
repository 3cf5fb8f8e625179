/**
 * The story's foot stamp (issue 18): a line that is only a full date, right under the story's last paragraph (a
 * credit or a label between at most), the only date on the page, is its date. A teaser's date (more dates below,
 * or a headline between), a comment's, one with its clock time (a render time as often), and a date beside other
 * evidence are not. The pages are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

const STORY = [HEADLINE, P1, P2, P3];
const RELATED = [
  'More from the harbour',
  'Ferry operator adds a second boat for the summer crossings to the islands',
  'Fishing fleet returns early as storms close the northern grounds',
];

describe("the story's foot stamp", () => {
  it('reads a date line right under the last paragraph, the only date on the page', () => {
    assert.equal(dateOf([...STORY, '29th Apr 2016']), '2016-04-29');
    assert.equal(dateOf([...STORY, '10 January 2019']), '2019-01-10');
  });

  it('reads it under the credit, above the list of other stories', () => {
    assert.equal(dateOf([...STORY, 'Text: Jane Roe', '10 January 2019', ...RELATED]), '2019-01-10');
    assert.equal(dateOf([...STORY, 'Harbour Gazette', 'Sun Mar 13 2016', ...RELATED]), '2016-03-13');
  });

  it("reads no teaser's date: more dates below it, or a headline between it and the story", () => {
    assert.equal(dateOf([...STORY, '12 May 2019', RELATED[1]!, '10 May 2019', RELATED[2]!, '9 May 2019']), undefined);
    assert.equal(dateOf([...STORY, RELATED[1]!, '12 May 2019']), undefined);
  });

  it('reads no date with its clock time there: the time the page was rendered or printed as often', () => {
    assert.equal(dateOf([...STORY, '27.03.2015 15:00']), undefined);
    assert.equal(dateOf([...STORY, 'Jane Roe', '12.3.2019', '10:15']), undefined);
  });

  it("reads no comment's date", () => {
    assert.equal(dateOf([...STORY, 'Jane Roe says:', '12 May 2019', 'Good news for the town at last.']), undefined);
  });

  it('leaves the year to the head stamp when the page has one', () => {
    assert.equal(dateOf([HEADLINE, '3 March 2018', P1, P2, P3, '12 May 2019']), '2018-03-03');
  });
});
