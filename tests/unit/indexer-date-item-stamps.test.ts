/**
 * A listing has no publication date of its own (issue 18: the labels give a section, tag or archive page
 * none, and a year read off its newest item is wrong). A listing that prints every item under a date line
 * of one form ("12.03.2025 09:15" / headline / teaser, again and again) shows its first item's stamp where an
 * article prints its own: under the heading taken as the headline, or above the first item's headline. A
 * date line whose form comes back under three items or more is an item's stamp, wherever it sits; an
 * article's own stamp, printed once or twice, still dates it. The pages are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

const HEADLINES = [
  'Harbour board approves the swing bridge repair plan',
  'Ferry timetable changes from next month',
  'Allotment waiting list closed for the year',
  'Village hall reopens after two years of repairs',
];
const TEASERS = [
  'The board voted on Tuesday to repair the old bridge over the winter, at a cost of two million pounds.',
  'The morning crossing will leave half an hour earlier from next month, and the late crossing on Sundays will stop.',
  'The allotment society says it has more names on its list than it can offer plots to before next spring.',
  'The hall on Church Lane opened again on Saturday with a concert by the school choir and tea for all.',
];

describe('the stamps of a list of stories', () => {
  it("reads no year from a section page whose teasers each sit under a date line of one form, the first under the section's name", () => {
    const stamps = ['14.03.2025 09:15', '12.03.2025 18:40', '11.03.2025 07:05', '09.03.2025 21:30'];
    assert.equal(dateOf(['Harbour news', ...TEASERS.flatMap((t, k) => [stamps[k]!, t])]), undefined);
  });

  it("reads no year from a ticker page whose items of one day each sit under the day's date line", () => {
    const page = ['Harbour news and latest reports - page 11', ...TEASERS.flatMap((t, k) => ['14.03.2025', HEADLINES[k]!, t])];
    assert.equal(dateOf(page), undefined);
  });

  it('still dates an article by its stamp under the headline, printed again at its foot', () => {
    assert.equal(dateOf([HEADLINE, '14.03.2025 09:15', P1, P2, P3, '14.03.2025 09:15']), '2025-03-14');
  });

  it('still dates an article whose one related story below shows a stamp of the same form', () => {
    const page = [HEADLINE, '14.03.2025 09:15', P1, P2, P3, 'Related', HEADLINES[1]!, '12.03.2025 18:40'];
    assert.equal(dateOf(page), '2025-03-14');
  });
});

describe('a page the cleaner reads as a list of stories', () => {
  it('is recorded as a listing, and an article is not', () => {
    const list = HEADLINES.flatMap((h, k) => [h, TEASERS[k]!]);
    assert.equal(cleanText(list.join('\n\n')).listing, true);
    assert.equal(cleanText([HEADLINE, P1, P2, P3].join('\n\n')).listing, undefined);
  });
});
