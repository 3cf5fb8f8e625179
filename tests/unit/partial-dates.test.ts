/** Which partial ISO dates are real days (indexer/infer/stated-meta.ts), against the calendar JavaScript's Date keeps. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidPartialDate } from '../../indexer/infer/stated-meta.ts';

describe('a partial ISO date', () => {
  it('holds a day only when the month has it: every month of every year taken, leap years included', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    for (let year = 1000; year <= 2999; year++) {
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        for (const day of [0, 28, 29, 30, 31, 32]) {
          const iso = `${year}-${pad(month)}-${pad(day)}`;
          assert.equal(isValidPartialDate(iso), day >= 1 && day <= last, iso);
        }
      }
    }
  });

  it('takes a year or a year and month alone, and refuses what is out of range', () => {
    assert.ok(isValidPartialDate('2012') && isValidPartialDate('2012-11'));
    for (const text of ['0999', '3000', '2012-00', '2012-13', '2012-1', '2012-11-1', '12-11-21'])
      assert.equal(isValidPartialDate(text), false, text);
  });
});
