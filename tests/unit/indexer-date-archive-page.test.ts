/**
 * An archive's page has no publication date of its own (issue 18: the labels give a tag, category, author or
 * period archive none, and a year read off an entry's byline or off the period in its heading is wrong). When
 * the title rules read the page's title as an archive's heading over its list of entries (`title-archive.ts`),
 * the date reader asserts no year; an article under a headline, whatever lines stand near it, is still dated.
 * A day's, a month's or a year's archive, labelled by its unit as blog engines title it ("Dia: 8/01/2026",
 * "Mois : janvier 2026"), is such a heading when its name is a date. The pages are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { isArchiveHeadingShape } from '../../indexer/clean/title-archive.ts';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

/** A blog archive printing its entries whole: a headline, the entry's byline with its date, its paragraphs. */
const ENTRY_A = [
  'Harbour board approves the new ferry pier budget',
  'Posted by Harbour Gazette on May 3, 2024',
  'The harbour board approved on Monday the budget for the new ferry pier, which will be built over the next two summers at the north quay.',
  'The pier will let two ferries berth at once, the board said, and the old landing stage will close once it opens to passengers and freight.',
];
const ENTRY_B = [
  'Night bus to run through the winter months',
  'Posted by Harbour Gazette on May 3, 2024',
  'The council will keep the night bus running through the winter after the trial drew more riders than expected in its first three months.',
];

/** A day's archive listing its entries as headlines over teasers cut short. */
const TEASER_ENTRIES = [
  '• Council approves new harbour pier budget',
  'The hall on Church Lane opened its doors again on Saturday, with a concert by the school choir and tea for all who came along to see it.',
  '• Ferry timetable changes from next month',
  'The morning crossing will leave half an hour earlier from the first of the month, and the late crossing on Sundays will stop for good.',
];

describe("an archive's page asserts no year", () => {
  it("reads no year from a period archive whose entries' bylines carry the day", () => {
    const page = ['Harbour Gazette', 'Archive for May 3rd, 2024', ...ENTRY_A, ...ENTRY_B];
    const clean = cleanText(page.join('\n\n'));
    assert.equal(clean.headline?.text, 'Archive for May 3rd, 2024');
    assert.equal(clean.headline?.archive, true);
    assert.equal(dateOf(page), undefined);
  });

  it("reads no year from a tag's archive whose one entry printed whole has its byline's date", () => {
    assert.equal(dateOf(['Tag: Harbour ferries', ...ENTRY_A]), undefined);
  });

  it("takes a day's archive labelled by its unit as the title, and reads no year from the day it names", () => {
    for (const heading of ['Dia: 3/05/2024', 'Day: May 3, 2024', 'Jour : 3 mai 2024']) {
      const page = [heading, ...TEASER_ENTRIES];
      assert.equal(cleanText(page.join('\n\n')).headline?.text, heading, heading);
      assert.equal(dateOf(page), undefined, heading);
    }
  });

  it('still dates an article whose byline carries its date, under its own headline', () => {
    const page = [HEADLINE, 'Posted by Harbour Gazette on May 3, 2024', P1, P2, P3];
    assert.equal(cleanText(page.join('\n\n')).headline?.archive, undefined);
    assert.equal(dateOf(page), '2024-05-03');
  });

  it("still dates an article with an author's line under its headline, the archive label's shape", () => {
    assert.equal(dateOf([HEADLINE, 'Author: Jane Roe', '3 May 2024', P1, P2, P3]), '2024-05-03');
  });
});

describe("a period's archive heading labelled by its unit", () => {
  it('names a day, a month or a year', () => {
    for (const t of ['Dia: 8/01/2026', 'Day: January 8, 2026', 'Mois : janvier 2026', 'Month: enero de 2026', 'Jahr: 2025', 'Rok: 2026'])
      assert.ok(isArchiveHeadingShape(t), t);
  });

  it('is not a fact line whose unit word labels something else', () => {
    for (const t of ['Year: 1998 film', 'Day: Saturday', 'Day: 3', 'Month: the council', 'Ano: dois mil'])
      assert.ok(!isArchiveHeadingShape(t), t);
  });
});
