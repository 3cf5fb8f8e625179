/**
 * Years the reader missed on pages written after the rules (issue 18, fifteenth session): the
 * publication cues of Chinese, Japanese, Korean and Bengali pages and a press release's head, the
 * Bengali month names, the Solar Hijri date in numbers, a date under its byline, a Japanese list of
 * recommended stories whose dates split the page's; and one it got wrong, a teaser's date above its
 * "read more" link. Every page below is invented, in the shapes real pages use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { cueBefore } from '../../indexer/infer/date-cues.ts';
import { findDates } from '../../indexer/infer/dates.ts';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

const isoOf = (text: string) => findDates(text).map((d) => d.iso);
const cueOf = (text: string) => {
  const d = findDates(text)[0];
  return d ? cueBefore(text, d.index)?.kind : undefined;
};

describe('publication cues of more languages', () => {
  it('reads the Chinese, Japanese, Korean and Bengali cues of the trade', () => {
    assert.equal(cueOf('发布时间:2015.02.05'), 'published');
    assert.equal(cueOf('更新日時 2021年3月4日'), 'updated');
    assert.equal(cueOf('입력 2024.03.05 10:00'), 'published');
    assert.equal(cueOf('প্রকাশিত: ২১ এপ্রিল ২০২০'), 'published');
  });

  it('reads a cue whose clock time, with its seconds, comes before the weekday and the date', () => {
    const line = '- আপডেট সময় : ০১:৫০:১৪ অপরাহ্ন, মঙ্গলবার, ২১ এপ্রিল ২০২০';
    assert.deepEqual(isoOf(line), ['2020-04-21']);
    assert.equal(cueOf(line), 'updated');
    assert.equal(dateOf([HEADLINE, line, P1, P2, P3], '\n'), '2020-04-21');
  });

  it("dates a press release by the date under its 'For Immediate Release'", () => {
    assert.equal(
      dateOf(['MEDIA ADVISORY', 'For Immediate Release', 'July 15, 2011', 'Contact: Jane Roe', HEADLINE, P1, P2, P3], '\n'),
      '2011-07-15',
    );
    assert.equal(cueOf('Pour diffusion immédiate : 3 mars 2020'), 'published');
  });
});

describe('a Solar Hijri date in numbers', () => {
  it('reads "1400/01/25" year first as the Gregorian date, only in text without Latin letters', () => {
    assert.deepEqual(isoOf('11:43 - 1400/01/25'), ['2021-04-14']);
    assert.deepEqual(isoOf('۱۴۰۰/۰۱/۲۵ - ۱۱:۴۳'), ['2021-04-14']);
    assert.deepEqual(isoOf('Case 1400/01/25 was closed'), []);
    assert.deepEqual(isoOf('1400/13/25'), []);
  });
});

describe('a date by the story’s own furniture', () => {
  it('dates the page by a date line right under the byline, even below the first paragraphs', () => {
    const page = [
      'Sign in to read more',
      'If you have a member number, please enter it here so we can link this account to your membership.',
      'Members enjoy unlimited access to every story and the archive, for as long as they are members.',
      HEADLINE,
      'by Jane Roe',
      'June 20, 2021 | A version of this story appeared in Volume 9, Issue 23',
      P1,
      P2,
      P3,
    ];
    assert.equal(dateOf(page, '\n'), '2021-06-20');
  });

  it("reads no year from a teaser's date above its 'read more' link", () => {
    // Finnish "Lue lisää" ("read more"): a label the cleaner reads as a list of other stories.
    const page = ['Ferries', 'Council votes to keep the night ferry', '', '14.2.2026 13:59', 'Lue lisää', '', P1, '', P2, '', P3];
    assert.equal(dateOf(page, '\n'), undefined);
  });
});

describe('a Japanese list of recommended stories', () => {
  it("reads 'おすすめ記事' alone on its line as the heading of other stories", () => {
    const page = [
      '港の旋回橋 修理計画を承認 市議会',
      '2020年12月27日',
      '市議会は火曜日、長い議論の末に港の旋回橋の修理計画を承認した。工事は春に始まり、一年の大半を要する見込みだという。',
      'おすすめ記事',
      '夜間フェリーの運航継続を決定 市議会が予算案を可決',
    ].join('\n');
    const heading = cleanText(page).dropped.find((d) => d.text === 'おすすめ記事');
    assert.equal(heading?.reason, 'related-headlines');
  });
});
