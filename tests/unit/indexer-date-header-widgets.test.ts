/**
 * The site's "today" among its header widgets (issue 18: a wrong year is worse than none). A header prints the
 * day of the visit beside its live widgets: the city's weather, the markets, the day in another calendar. The
 * widget can sit above the date, on its line, or under it before the headline; wherever it is, the date beside
 * it is not the article's. The pages are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isBesideWeather, namesOtherCalendarDay } from '../../indexer/infer/date-today.ts';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

describe("a header date among the site's widgets", () => {
  it('reads no year from a date line that prints the weather after it', () => {
    assert.equal(dateOf(['Wednesday 11 June 2025 | Harbourtown 22˚C / Sunny', HEADLINE, P1, P2, P3]), undefined);
    assert.equal(dateOf(['11 June 2025 · Harbourtown 14°', HEADLINE, P1, P2, P3]), undefined);
  });

  it('reads no year from a date above the social links and the weather, before the menu and the headline', () => {
    const page = ['05 June 2025', 'Facebook', 'Instagram', 'Harbourtown', 'Sunny', '15°', 'News', 'Sport', HEADLINE, P1, P2, P3];
    assert.equal(dateOf(page), undefined);
  });

  it('counts a temperature the cleaner took for the headline as the widget over the date', () => {
    const lines = [
      { line: 1, text: '30.8 C' },
      { line: 2, text: 'Harbourtown' },
      { line: 3, text: 'Saturday, September 21, 2019' },
    ];
    assert.equal(isBesideWeather(lines, 2, 1), true);
    assert.equal(isBesideWeather([{ line: 1, text: 'Harbour board item' }, ...lines.slice(1)], 2, 1), false);
  });

  it('reads no year from a date under the day in the Hebrew calendar', () => {
    assert.equal(dateOf(['כ"א אלול התשפ"ד', '24.09.2024', HEADLINE, P1, P2, P3]), undefined);
  });

  it("still reads a date line whose other parts are no weather, or a stamp under the headline below the header's weather", () => {
    assert.equal(dateOf(['Monday, 4 March 2024 | Page 2 F', HEADLINE, P1, P2, P3]), '2024-03-04');
    assert.equal(dateOf(['Cloudy 21°', 'Harbour Post', 'News', 'Sport', HEADLINE, '4 March 2024', P1, P2, P3]), '2024-03-04');
    assert.equal(dateOf(['Harbour Post', '4 March 2024', 'News', 'Sport', 'Page 2', HEADLINE, P1, P2, P3]), '2024-03-04');
  });
});

describe('a day of another calendar', () => {
  it('is a month of that calendar with a number or a Hebrew year in letters', () => {
    assert.equal(namesOtherCalendarDay('כ"א אלול התשפ"ד'), true);
    assert.equal(namesOtherCalendarDay('י״ז בשבט התשפ״ו'), true);
    assert.equal(namesOtherCalendarDay('27 صفر 1447 هـ'), true);
    assert.equal(namesOtherCalendarDay('۱۴ مهر ۱۴۰۳'), true);
  });

  it("is not the month's name alone, nor a Gregorian date", () => {
    assert.equal(namesOtherCalendarDay('صفر'), false);
    assert.equal(namesOtherCalendarDay('مهر'), false);
    assert.equal(namesOtherCalendarDay('24 September 2024'), false);
  });
});
