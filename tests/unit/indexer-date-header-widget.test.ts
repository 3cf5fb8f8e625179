/**
 * The site's "today" above the headline and the article's own stamp printed there (issue 18, 18year12): the
 * site's widget shows the calendar day in full, weekday and all, and a plain date above a kicker line is the
 * article's; a numeric date's own digits are no clock time (which made a header's dotted date a stamp). Every
 * page is invented, in the shapes real pages use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasClockTime } from '../../indexer/infer/dates.ts';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

/** A page whose header holds `date`, with the section's name between it and the headline. */
const header = (date: string) => dateOf(['Harbour Gazette', date, 'Harbour and Transport', HEADLINE, P1, P2, P3]);

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
