/**
 * Years on pages in scripts without case and in shapes the reader missed (issue 18, twenty-second session): a
 * stamp glued to the first paragraph, day, month and year set apart by spaced dashes, an update stamp later than
 * the page's own date, and a header's calendar widget that prints the day in two calendars beside the visit's
 * clock. Every line and page below is invented, in the shapes real pages use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from '../../indexer/infer/dates.ts';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

const isoOf = (text: string) => findDates(text).map((d) => d.iso);

/** The same invented story in Bengali: a script without case. */
const BN_HEADLINE = 'বন্দর কর্তৃপক্ষ সেতু মেরামতের পরিকল্পনা অনুমোদন করেছে';
const BN_P1 = 'বন্দর কর্তৃপক্ষ মঙ্গলবার দীর্ঘ আলোচনার পর সেতু মেরামতের পরিকল্পনা অনুমোদন করেছে এবং খরচ নিয়ে বিতর্ক হয়েছে।';
const BN_P2 = 'পুরনো সেতুর কাজ বসন্তে শুরু হবে এবং আগামী বছরের বেশিরভাগ সময় ধরে চলবে বলে আশা করা হচ্ছে।';
const BN_P3 = 'সেতু বন্ধ থাকার সময় ফেরি আরও ঘন ঘন চলবে বলে পরিচালনাকারী সংস্থা তাদের ওয়েবসাইটে এক বিবৃতিতে জানিয়েছে।';

describe('dates in more scripts and shapes', () => {
  it('reads day, month and year set apart by spaced dashes, not a single dash', () => {
    assert.deepEqual(isoOf('05 - Février - 2025'), ['2025-02-05']);
    assert.deepEqual(isoOf('16 – October – 2025'), ['2025-10-16']);
    assert.deepEqual(isoOf('3 - May 2025'), []);
  });

  it('dates a page by a stamp glued to its first paragraph, with its clock and a bar, in a script without case', () => {
    const glued = (stamp: string) => dateOf([BN_HEADLINE, 'নিজস্ব প্রতিবেদক', `${stamp}${BN_P1}`, BN_P2, BN_P3]);
    assert.equal(glued('২৭ জানুয়ারি, ২০২০ ০০:০০ | পড়া যাবে ১ মিনিটে'), '2020-01-27');
    assert.equal(dateOf([HEADLINE, `27 January 2020 09:15 | 2 min read${P1}`, P2, P3]), '2020-01-27');
  });

  it('does not take a date opening a sentence of the story, without a clock and a bar, as a stamp', () => {
    assert.equal(dateOf([HEADLINE, `27 January 2020 was the day ${P1}`, P2, P3]), undefined);
  });

  it('takes the page date over a later update stamp, and an update alone still', () => {
    assert.equal(dateOf([HEADLINE, 'Last updated 14 December 2019', '3 September 2018', P1, P2, P3]), '2018-09-03');
    assert.equal(dateOf([HEADLINE, '更新日:2019年12月14日更新', '平成30年9月3日', P1, P2, P3]), '2018-09-03');
    assert.equal(dateOf([HEADLINE, 'Last updated 14 December 2019', P1, P2, P3]), '2019-12-14');
    // An earlier date between the story's paragraphs (a teaser's, a quoted post's) is no first publication.
    assert.equal(dateOf([HEADLINE, 'Last updated 14 December 2019', P1, P2, 'Published 3 September 2018', P3]), undefined);
  });

  it("does not take a header's date in two calendars, with the visit's clock, for the article's", () => {
    const header = (date: string) =>
      dateOf(['Harbour Daily', date, 'The harbour town paper since 1901', 'Local news', HEADLINE, P1, P2, P3]);
    assert.equal(header('الجمعة 22 أغسطس 2025 09:48 مـ 27 صفر 1447 هـ'), undefined);
    assert.equal(header('বৃহস্পতিবার ১১ অগ্রহায়ণ ১৪২৭ ২৬ নভেম্বর ২০২০ ১০:১৫'), undefined);
    // One calendar with a clock time is a stamp, as before: a header shows the day, not the minute.
    assert.equal(header('الجمعة 22 أغسطس 2025 09:48 مـ'), '2025-08-22');
  });

  it('reads on past a line of hashtags (the tags of the story, not other stories) to the stamp under the story', () => {
    const tagged = (tags: string) => dateOf([HEADLINE, P1, P2, P3, tags, 'Published on 22/04/2021 at 08:33', 'PHOTOS OF THE STORY']);
    assert.equal(tagged('#Harbour #SwingBridge #HarbourBoard #Ferry'), '2021-04-22');
  });

  it("takes a date line right above the story's first paragraph as its stamp, whatever headline was read below", () => {
    assert.equal(dateOf(['Monday, 31 January 2023', P1, 'Harbour board chair Jane Roe', P2, P3]), '2023-01-31');
    // Above a masthead line the same date is the header's, which alone does not date the page.
    assert.equal(dateOf(['Monday, 31 January 2023', 'Harbour Daily', HEADLINE, P1, P2, P3]), undefined);
  });
});
