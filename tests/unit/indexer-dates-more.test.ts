/**
 * Dates in the further languages of indexer/infer/date-names-more.ts, and numeric shapes the reader
 * missed. Every stamp below is invented, in the shapes real pages use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { findDates, isDateOnly } from '../../indexer/infer/dates.ts';
import { inferDate } from '../../indexer/infer/date.ts';

const isoOf = (text: string) => findDates(text).map((d) => d.iso);
const TODAY = new Date('2026-06-01T00:00:00Z');
const HEADLINE = 'Harbour board approves bridge repair plan';
const P1 = 'The harbour board approved the repair plan on Tuesday after a long debate about costs and traffic.';
const P2 = 'Work on the old swing bridge will begin in the spring and is expected to last for most of the year.';
const yearOf = (stamp: string) => inferDate(cleanText([HEADLINE, stamp, P1, P2].join('\n')), TODAY)?.value;

describe('findDates: month names of further languages', () => {
  it('reads Arabic (both naming systems), Persian, Hebrew, Hindi and Thai names', () => {
    assert.deepEqual(isoOf('الاثنين 4 مارس 2019'), ['2019-03-04']);
    assert.deepEqual(isoOf('12 تشرين الثاني 2020'), ['2020-11-12']);
    assert.deepEqual(isoOf('4 ژوئن 2019'), ['2019-06-04']);
    assert.deepEqual(isoOf('4 במרץ 2019'), ['2019-03-04']);
    assert.deepEqual(isoOf('4 सितंबर 2019'), ['2019-09-04']);
    assert.deepEqual(isoOf('4 กรกฎาคม 2019'), ['2019-07-04']);
  });

  it('reads Balkan, Caucasian, Central Asian and Slavic names', () => {
    assert.deepEqual(isoOf('4 nëntor 2019'), ['2019-11-04']);
    assert.deepEqual(isoOf('4 октомври 2019'), ['2019-10-04']);
    assert.deepEqual(isoOf('4 кастрычніка 2019'), ['2019-10-04']);
    assert.deepEqual(isoOf('4 желтоқсан 2019'), ['2019-12-04']);
    assert.deepEqual(isoOf('4 ოქტომბერი 2019'), ['2019-10-04']);
    assert.deepEqual(isoOf('4 հոկտեմբերի 2019'), ['2019-10-04']);
    assert.deepEqual(isoOf('4 avqust 2019'), ['2019-08-04']);
  });

  it('reads Malay, Swahili, Tagalog, Afrikaans, Galician, Welsh and Irish names', () => {
    assert.deepEqual(isoOf('Isnin, 4 Ogos 2019'), ['2019-08-04']);
    assert.deepEqual(isoOf('4 Machi 2019'), ['2019-03-04']);
    assert.deepEqual(isoOf('Hunyo 4, 2019'), ['2019-06-04']);
    assert.deepEqual(isoOf('4 Julie 2019'), ['2019-07-04']);
    assert.deepEqual(isoOf('4 de xullo de 2019'), ['2019-07-04']);
    assert.deepEqual(isoOf('4 Gorffennaf 2019'), ['2019-07-04']);
    assert.deepEqual(isoOf('4 Lúnasa 2019'), ['2019-08-04']);
  });

  it('reads their weekday names as a date line’s decoration', () => {
    assert.ok(isDateOnly('الخميس 7 نوفمبر 2019'));
    assert.ok(isDateOnly('मंगलवार, 4 मार्च 2019'));
    assert.ok(isDateOnly('Jumatatu, 4 Machi 2019'));
    assert.ok(isDateOnly('Isnin, 4 Ogos 2019'));
    assert.ok(isDateOnly('Lunes, Marso 4, 2019'));
  });

  it('dates a page by such a stamp under its headline', () => {
    assert.equal(yearOf('الخميس 7 نوفمبر 2019 - 10:15'), '2019-11-07');
    assert.equal(yearOf('Jumatatu, 4 Machi 2019'), '2019-03-04');
  });
});

describe('findDates: numeric shapes of further scripts and of Roman months', () => {
  it('reads Arabic-Indic, Persian, Devanagari and full-width digits, keeping the text as written', () => {
    assert.deepEqual(isoOf('٤ مارس ٢٠١٩'), ['2019-03-04']);
    assert.deepEqual(isoOf('۱۲ ژوئن ۲۰۲۰'), ['2020-06-12']);
    assert.deepEqual(isoOf('४ मार्च २०१९'), ['2019-03-04']);
    assert.deepEqual(isoOf('２０１９年３月４日'), ['2019-03-04']);
    assert.equal(findDates('نشر في ٤ مارس ٢٠١٩')[0]?.text, '٤ مارس ٢٠١٩');
    assert.ok(isDateOnly('الخميس ٧ نوفمبر ٢٠١٩ ١٠:١٥'));
  });

  it('reads a month in Roman numerals between dots, not numbers beside a capital I', () => {
    assert.deepEqual(isoOf('4.III.2019'), ['2019-03-04']);
    assert.deepEqual(isoOf('Opublikowano 14. XII. 2019'), ['2019-12-14']);
    assert.deepEqual(isoOf('Part 4 I 2019'), []);
    assert.deepEqual(isoOf('4.XIII.2019'), []);
  });

  it('dates a page by such a stamp under its headline', () => {
    assert.equal(yearOf('نشر في ١٢ مارس ٢٠٢٠'), '2020-03-12');
    assert.equal(yearOf('Objavljeno 4.III.2019.'), '2019-03-04');
  });
});

describe('date: a date in brackets opening the first paragraph', () => {
  const datedBy = (opening: string) => inferDate(cleanText([HEADLINE, '', `${opening} ${P1}`, P2].join('\n')), TODAY)?.value;

  it('reads it as the dateline it is, before the place and the agency', () => {
    assert.equal(datedBy('[June 20, 2022]  HARBOURTOWN (Agency) -'), '2022-06-20');
    assert.equal(datedBy('(20.06.2022) HAFENSTADT -'), '2022-06-20');
  });

  it('not a bracket the date does not close', () => {
    assert.equal(datedBy('(June 20, 2022 was a Monday)'), undefined);
  });
});
