/**
 * Dates in languages the date reader's own tables do not hold (issue 18, nineteenth session): month
 * and weekday names from the Unicode CLDR (Node's ICU, indexer/infer/date-names-cldr.ts) on a date line, and
 * the Thai short date with its two-digit Buddhist-Era year, as CLDR's `th-u-ca-buddhist` prints it.
 * Every line and page below is invented, in the shapes real pages use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { borrowedMonthsOf, isWeekdayName, monthsOf } from '../../indexer/infer/date-names.ts';
import { findDates, isDateOnly } from '../../indexer/infer/dates.ts';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

const isoOf = (text: string) => findDates(text).map((d) => d.iso);

describe('month names from the CLDR', () => {
  it('reads a full date whose month only the CLDR names (lt nominative, ha, ur)', () => {
    assert.deepEqual(isoOf('2019 Lapkritis 5'), ['2019-11-05']);
    assert.deepEqual(isoOf('Paskelbta: 2021 Sausis 14, 10:20'), ['2021-01-14']);
    assert.deepEqual(isoOf('Litinin, 3 Mayu 2021'), ['2021-05-03']);
    assert.deepEqual(isoOf('جمعہ, فروری 7, 2025'), ['2025-02-07']);
  });

  it('keeps the own tables first: a name they hold reads as before', () => {
    assert.deepEqual(monthsOf('listopada').sort(), [10, 11]);
    assert.deepEqual(borrowedMonthsOf('listopada'), []);
    assert.deepEqual(isoOf('5 listopada 2020'), ['2020']);
  });

  it('never makes a word a month outside a full date: the title and outlet readers see only their tables', () => {
    assert.deepEqual(monthsOf('lapkritis'), []);
    assert.deepEqual(monthsOf('mayu'), []);
  });

  it("reads a year-first date only with a year-first language's name, and never a stop word", () => {
    assert.deepEqual(isoOf('2021 Mayu 3'), []);
    assert.deepEqual(isoOf('In 2020 here 5 people were hurt'), []);
    assert.deepEqual(isoOf('Click here 5, 2020'), []);
  });

  it('dates a page by such a stamp under its headline', () => {
    assert.equal(dateOf([HEADLINE, '2019 Lapkritis 5 12:40', P1, P2, P3]), '2019-11-05');
  });

  it("takes a weekday the tables lack off a date line's residue, and only off a date line", () => {
    assert.equal(isDateOnly('جمعہ, فروری 7, 2025'), true);
    assert.equal(isDateOnly('Posted by جمعہ فروری 7, 2025'), false);
    assert.equal(isWeekdayName('جمعہ'), false);
  });
});

describe('the Thai short date with a two-digit Buddhist-Era year', () => {
  it('reads "6 มิ.ย. 54" as 6 June 2011 and "15 ธ.ค. 67" as 15 December 2024', () => {
    assert.deepEqual(isoOf('6 มิ.ย. 54'), ['2011-06-06']);
    assert.deepEqual(isoOf('15 ธ.ค. 67 เวลา 10:30 น.'), ['2024-12-15']);
  });

  it('needs the day and the dotted abbreviation', () => {
    assert.deepEqual(isoOf('มิ.ย. 54'), []);
    assert.deepEqual(isoOf('6 มิถุนายน 54'), []);
    assert.deepEqual(isoOf('ราคา 3.54 บาท'), []);
  });

  it('dates a page by it under its headline', () => {
    assert.equal(dateOf([HEADLINE, '6 มิ.ย. 54 15:30 น.', P1, P2, P3]), '2011-06-06');
  });
});
