/**
 * Dates in the Japanese eras' years and the Republic of China's (Minguo) years (issue 18, twentieth session), as
 * CLDR's `japanese` and `roc` calendars print them: only a full date with its era's name. Every line and page
 * below is invented, in the shapes real pages use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates, mayHoldDate } from '../../indexer/infer/dates.ts';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

const isoOf = (text: string) => findDates(text).map((d) => d.iso);

describe('era dates', () => {
  it('reads a Japanese era date as its Gregorian day, its first year "元年" too', () => {
    assert.deepEqual(isoOf('令和3年5月1日'), ['2021-05-01']);
    assert.deepEqual(isoOf('更新日：令和６年１２月３日（火）'), ['2024-12-03']);
    assert.deepEqual(isoOf('令和元年5月1日'), ['2019-05-01']);
    assert.deepEqual(isoOf('平成30年12月3日'), ['2018-12-03']);
    assert.deepEqual(isoOf('昭和64年1月7日'), ['1989-01-07']);
  });

  it("reads the Republic of China's year with its name, in either script", () => {
    assert.deepEqual(isoOf('民國110年5月1日'), ['2021-05-01']);
    assert.deepEqual(isoOf('发布日期：民国112年3月8日'), ['2023-03-08']);
  });

  it('needs the era name, a month and a valid day: a fiscal year, a bare count of years or a bad day is no date', () => {
    assert.deepEqual(isoOf('令和4年度の予算'), []);
    assert.deepEqual(isoOf('110年5月1日'), []);
    assert.deepEqual(isoOf('令和2年13月1日'), []);
    assert.equal(mayHoldDate('創立30年5月1日'), false);
  });

  it('keeps the Gregorian date when the line prints both', () => {
    assert.deepEqual(isoOf('令和5年1月5日（2023年1月5日）'), ['2023-01-05']);
  });

  it('dates a page by an era stamp under its headline', () => {
    assert.equal(dateOf([HEADLINE, '令和3年5月1日 10:30', P1, P2, P3]), '2021-05-01');
    assert.equal(dateOf([HEADLINE, '更新日：令和3年5月1日', P1, P2, P3]), '2021-05-01');
  });
});
