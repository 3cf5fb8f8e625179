/**
 * The site's "today" above the headline and the article's own stamp printed there (issue 18, 18year12): the
 * site's widget shows the calendar day in full, weekday and all, and a plain date above a kicker line is the
 * article's; a numeric date's own digits are no clock time (which made a header's dotted date a stamp). Every
 * page is invented, in the shapes real pages use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesWeekday } from '../../indexer/infer/date-today.ts';
import { findDates, hasClockTime } from '../../indexer/infer/dates.ts';
import { cleanText } from '../../indexer/clean/index.ts';
import { inferDate } from '../../indexer/infer/date.ts';
import { inferMetadata } from '../../indexer/infer/infer.ts';
import { dateOf, HEADLINE, P1, P2, P3, TODAY } from '../helpers/harbour-board-story.ts';

/** A page whose header holds `date`, with the section's name between it and the headline. */
const header = (date: string) => dateOf(['Harbour Gazette', date, 'Harbour and Transport', HEADLINE, P1, P2, P3]);
const weekday = (text: string) => namesWeekday(text, findDates(text));

describe("a numeric date's own digits are no clock time", () => {
  it('reads no clock in a dotted date, a clock beside it still', () => {
    for (const text of ['22.12.2025', '2025.12.22 (월)', '15.4.2019 Valtuusto', '2024.06.17'])
      assert.equal(hasClockTime(text), false, text);
    for (const text of ['27.03.2015 15:00', '2025.12.22 10:30', 'kl. 19.13', '3 May 2021, 10.30', '10:30-11:00'])
      assert.equal(hasClockTime(text), true, text);
  });

  it("keeps the header's dotted date the visit's: no clock makes it a stamp", () => {
    assert.equal(header('Montag 22.12.2025'), undefined);
    assert.equal(header('Montag 22.12.2025 10:30'), '2025-12-22');
  });
});

describe("a header's date: the site's today names its weekday, the article's stamp does not", () => {
  it('tells a weekday beside the date from the date itself', () => {
    for (const text of ['Wednesday, 03 July 2024', '2025. április 14, hétfő', '2025.12.22 (월)', '12月22日(月)', 'Fri. Jan 10th, 2025'])
      assert.equal(weekday(text), true, text);
    // "Mar" is the date's month here, not a weekday's abbreviation.
    for (const text of ['23/11/2022', '15 de setiembre, 2008', 'Harbour Gazette January 4, 2019', 'Feb 20 – Mar 14, 2025'])
      assert.equal(weekday(text), false, text);
  });

  it('dates the page by a plain date above the kicker, not by a weekday date there', () => {
    assert.equal(header('23/11/2022'), '2022-11-23');
    assert.equal(header('15 de setiembre, 2008'), '2008-09-15');
    assert.equal(header('Harbour Gazette January 4, 2019'), '2019-01-04');
    assert.equal(header('Wednesday, 23 November 2022'), undefined);
    assert.equal(header('quarta-feira, 23/11/2022'), undefined);
    // The day in two calendars is the calendar widget, with or without its weekday and the visit's clock.
    assert.equal(header('22 أغسطس 2025 09:48 مـ 27 صفر 1447 هـ'), undefined);
  });

  it('reads no year from a plain header date that ends a period or heads each item of a list', () => {
    assert.equal(header('Festival: Feb 20 – Mar 14, 2025'), undefined);
    const more = ['More news', 'Ferry timetable changes', '17-Nov-2017', 'Bridge works begin', '17-Nov-2017'];
    assert.equal(dateOf(['Harbour Gazette', '17-Nov-2017', 'Harbour Science', HEADLINE, P1, P2, P3, ...more]), undefined);
  });
});

describe("a header's plain date above the site's masthead is the site's today", () => {
  // A top line above the date: a date opening the page above a menu is the top bar's today whatever the lines say (below).
  const masthead = (date: string, name: string, names?: string[]) =>
    inferDate(cleanText(['Subscribe', date, name, 'Harbour and Transport', HEADLINE, P1, P2, P3].join('\n\n')), TODAY, undefined, names)
      ?.value;

  it('reads no year from a plain date above a line with the domain', () => {
    assert.equal(masthead('20. November 2022', 'HarbourGazette.mk – News, business, fun, sport'), undefined);
    assert.equal(masthead('23/11/2022', 'harbour-gazette.co.uk'), undefined);
  });

  it('reads no year from a plain date above a line with a name the caller knows for the site', () => {
    assert.equal(masthead('20. November 2022', 'Harbour Gazette – News, business, fun, sport', ['harbourgazette']), undefined);
    assert.equal(masthead('20. November 2022', 'Harbour Gazette – News, business, fun, sport', ['Harbour Gazette']), undefined);
    // Unknown to the caller, a name with no domain is a kicker like any other.
    assert.equal(masthead('20. November 2022', 'Harbour Gazette – News, business, fun, sport'), '2022-11-20');
  });

  it('keeps a plain date above a kicker that holds a number with a point, or a short name', () => {
    assert.equal(masthead('23/11/2022', 'Budget 2.5 million for the bridge, p.m. session'), '2022-11-23');
    assert.equal(masthead('23/11/2022', 'Harbour and Transport', ['tv']), '2022-11-23');
    // The name in whole words only: "Sun" is no part of "Sunday Markets".
    assert.equal(masthead('23/11/2022', 'Sunday Markets', ['sun']), '2022-11-23');
  });
});

describe("the page's address names its site for the masthead guard", () => {
  it("reads no year from a plain date above a line naming the address's label", () => {
    const clean = cleanText(
      [
        'Subscribe',
        '20. November 2022',
        'Harbour Gazette – News, business, fun, sport',
        'Harbour and Transport',
        HEADLINE,
        P1,
        P2,
        P3,
      ].join('\n\n'),
    );
    assert.equal(inferMetadata(clean, { url: 'https://www.harbourgazette.co.uk/harbour/bridge-plan' }).date, undefined);
    assert.equal(inferMetadata(clean, { url: 'https://www.example.org/harbour/bridge-plan' }).date?.value, '2022-11-20');
  });
});

describe("a plain date opening the page above a menu or breadcrumb before the headline is the top bar's today (18year31)", () => {
  const top = (lines: string[]) => dateOf([...lines, P1, P2, P3]);

  it('reads no year from it, in any language and form', () => {
    assert.equal(top(['12 de outubro de 2023', 'CidadeGeralPolítica', HEADLINE]), undefined);
    assert.equal(top(['3 aprile, 2021', `HomeNotizie${HEADLINE}`, HEADLINE]), undefined);
    assert.equal(top(['23/11/2022', 'News', 'Sport', 'Harbour and Transport', HEADLINE]), undefined);
  });

  it('still reads it with a line above it, right above the headline, with its clock, or agreed by a stamp under the headline', () => {
    assert.equal(top(['Harbour Gazette', '12 de outubro de 2023', 'CidadeGeralPolítica', HEADLINE]), '2023-10-12');
    assert.equal(top(['12 de outubro de 2023', HEADLINE]), '2023-10-12');
    assert.equal(top(['23/11/2022 10:45', 'News', 'Harbour and Transport', HEADLINE]), '2022-11-23');
    assert.equal(top(['23/11/2022', 'News', 'Harbour and Transport', HEADLINE, 'Published 23/11/2022']), '2022-11-23');
  });
});
