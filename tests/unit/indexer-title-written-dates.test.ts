/**
 * A date line the title's own date patterns did not read (issue 18): its digits another script's,
 * its month a name only the date reader knows, or a full date with a clock time among the cues
 * and leftovers of a publication stamp. Read as the date reader reads dates, such a line is a
 * stamp: it is not the headline, and it does not make the headline above it a label. The text is
 * invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { dateStampWords } from '../../indexer/clean/title-shapes.ts';

const clean = (blocks: string[]) => cleanText(blocks.join('\n\n'));

const STORY = [
  'Police in the harbour district said on Friday that owners of parked vans should check their locks after a string of thefts from vans left overnight.',
  'Officers said eleven vans had been broken into since the start of the month, most of them parked near the ferry terminal and the fish market.',
  'Van owners who have lost tools or goods are asked to report it at the station on Quay Road or by phone, the police said in a statement.',
];

describe('title: dates written the way the date reader reads them', () => {
  it('reads a date in Bengali digits and month names as a stamp', () => {
    assert.equal(dateStampWords('আজ: সোমবার ১২ মার্চ ২০২৩'), 2);
    assert.equal(dateStampWords('১২ মার্চ ২০২৩'), 0);
  });

  it('reads a date in Devanagari and in Persian digits as a stamp', () => {
    assert.equal(dateStampWords('१२ मार्च २०२३'), 0);
    assert.equal(dateStampWords('۱۲ اسفند ۱۴۰۱'), 0);
  });

  it('reads a full date with a clock time as a stamp among more words', () => {
    assert.equal(dateStampWords('Posted in News on 18 November 2011 at 17:25 WIB'), 6);
    assert.equal(dateStampWords('প্রকাশ: ১২ মার্চ ২০২৩ সময়: ৯:৫৫ পূর্বাহ্ণ'), 3);
  });

  it('leaves a headline that names a date without a clock, or with too many words', () => {
    assert.equal(dateStampWords('Council sets the budget vote for 18 November 2011'), -1);
    assert.equal(dateStampWords('Polls close at 20:00 on 18 November 2011 in every county of the state'), -1);
    assert.equal(dateStampWords('Budget 2020: five things to know'), -1);
  });

  it('counts the words of a script without spaces by its dictionary words', () => {
    // "Morning news summary for 5 January 2569": a bulletin's title naming its day, no stamp.
    assert.equal(dateStampWords('สรุปข่าวเช้า ประจำวันที่ 5 มกราคม 2569'), -1);
  });

  it('keeps the headline over another item glued to its date and clock', () => {
    const glued = 'Market stalls raided by policeFriday, 18 November 2011 – 17:25 WIB';
    assert.equal(clean(['Quay Road thefts', glued, ...STORY]).headline?.text, 'Quay Road thefts');
    assert.equal(clean(['Van owners warned', glued, ...STORY]).headline?.text, 'Van owners warned');
  });
});
