/**
 * Dates in text (indexer/infer/dates.ts) and the publication date as scored candidates
 * (indexer/infer/date*.ts). Every page below is invented, in the shapes real pages use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { findDates, isDateOnly } from '../../indexer/infer/dates.ts';
import { inferDate } from '../../indexer/infer/date.ts';
import type { KeptLine } from '../../indexer/types.ts';

const isoOf = (text: string) => findDates(text).map((d) => d.iso);
const TODAY = new Date('2026-06-01T00:00:00Z');
const dateOf = (lines: string[]) => inferDate(cleanText(lines.join('\n')), TODAY);

const P1 = 'The harbour board approved the repair plan on Tuesday after a long debate about costs and traffic.';
const P2 = 'Work on the old swing bridge will begin in the spring and is expected to last for most of the year.';
const P3 = 'Ferry services will run more often while the bridge is closed, the operator said in a statement.';

describe("findDates: written dates in the page set's languages", () => {
  it("reads day-month-year with the languages' month names and abbreviations", () => {
    assert.deepEqual(isoOf('Freitag, 3. Mai 2019'), ['2019-05-03']);
    assert.deepEqual(isoOf('8. februar 2016'), ['2016-02-08']);
    assert.deepEqual(isoOf('wo 14 maart 2018'), ['2018-03-14']);
    assert.deepEqual(isoOf('Publié le 3 févr. 2021'), ['2021-02-03']);
    assert.deepEqual(isoOf('9 de septiembre de 2015'), ['2015-09-09']);
    assert.deepEqual(isoOf('12 ottobre 2017'), ['2017-10-12']);
    assert.deepEqual(isoOf('4 de março de 2020'), ['2020-03-04']);
    assert.deepEqual(isoOf('Joi, 14 Martie 2019'), ['2019-03-14']);
    assert.deepEqual(isoOf('7 października 2016 r.'), ['2016-10-07']);
    assert.deepEqual(isoOf('3. června 2022'), ['2022-06-03']);
    assert.deepEqual(isoOf('5. septembra 2021'), ['2021-09-05']);
    assert.deepEqual(isoOf('2 Şubat 2018 Cuma'), ['2018-02-02']);
    assert.deepEqual(isoOf('2 SUBAT 2018'), ['2018-02-02']);
    assert.deepEqual(isoOf('11 Μαρτίου 2014'), ['2014-03-11']);
    assert.deepEqual(isoOf('Senin, 6 Mei 2019'), ['2019-05-06']);
    assert.deepEqual(isoOf('ngày 6 tháng 5 năm 2019'), ['2019-05-06']);
  });

  it('reads English ordinals and month-first dates', () => {
    assert.deepEqual(isoOf('3rd Feb 2019 09:10 AM'), ['2019-02-03']);
    assert.deepEqual(isoOf('Sept. 4, 2015 /Newswire/'), ['2015-09-04']);
    assert.deepEqual(isoOf('2:10 PM, Mar 8, 2011 | Comments'), ['2011-03-08']);
  });

  it('reads numeric dates day first with dots, and by the number above 12 with slashes', () => {
    assert.deepEqual(isoOf('Publicat: 03.09.2017, 10:15'), ['2017-09-03']);
    assert.deepEqual(isoOf('15. 8. 2021'), ['2021-08-15']);
    assert.deepEqual(isoOf('09/23/2016'), ['2016-09-23']);
    assert.deepEqual(isoOf('23/09/2016'), ['2016-09-23']);
    assert.deepEqual(isoOf('09.23.2016'), ['2016-09-23']);
  });

  it('keeps only the year of a numeric date that reads both ways, with both readings', () => {
    const [d] = findDates('04/09/2016');
    assert.equal(d!.iso, '2016');
    assert.deepEqual(d!.readings, ['2016-04-09', '2016-09-04']);
    assert.equal(d!.dayFirst, '2016-09-04');
  });

  it('gives both months of a name two languages read differently', () => {
    const [d] = findDates('12 listopada 2015');
    assert.equal(d!.iso, '2015');
    assert.deepEqual(d!.readings, ['2015-11-12', '2015-10-12']);
  });

  it('finds no date in numbers that are not dates', () => {
    assert.deepEqual(isoOf('Einnahmen von 1,6 Millionen im Jahr 2011'), []);
    assert.deepEqual(isoOf('Issue 12/2015, pages 3-4'), []);
    assert.deepEqual(isoOf('31.02.2016'), []);
  });
});

describe('isDateOnly: a stamp line, never a sentence', () => {
  it('sees weekday names, clock times and stamp words of other languages as part of the date', () => {
    for (const line of [
      'Joi, 14 Martie 2019, ora 08:15',
      'wo 14 maart 2018',
      'Freitag, 3. Mai 2019 um 10:30 Uhr',
      '09:15 am on 4 June 2019',
      'Cuma 2 Şubat 2018 14:05',
      '04/09/2016',
    ]) {
      assert.equal(isDateOnly(line), true, line);
    }
  });

  it('never calls a sentence with a date in it date-only', () => {
    for (const line of [
      'The bridge was opened on 4 May 1987.',
      'On 4 May 1987 the bridge opened',
      'Die Brücke wurde am 4. Mai 1987 eröffnet.',
      'Updated 10:45',
    ]) {
      assert.equal(isDateOnly(line), false, line);
    }
  });
});

describe('inferDate: the publication date as scored candidates', () => {
  it('takes a scraper\'s "date" stamp on the first line', () => {
    const d = dateOf(['date 2017-06 Harbour bridge to close for a year of repairs', '', P1, '', P2]);
    assert.deepEqual(d, { value: '2017-06', from: "scraper stamp 'date 2017-06'" });
  });

  it('makes a stamp precise with a line that agrees with it', () => {
    const d = dateOf(['date 2017-06 Harbour bridge to close for a year of repairs', '', '21 juni 2017', '', P1, '', P2]);
    assert.equal(d?.value, '2017-06-21');
  });

  it("reads publication cues in the page's language", () => {
    const cases: Array<[string, string]> = [
      ['Publié le 3 févr. 2021 à 10h30', '2021-02-03'],
      ['Veröffentlicht am 03.09.2017 um 10:15 Uhr', '2017-09-03'],
      ['Gepubliceerd op 14 maart 2018', '2018-03-14'],
      ['Pubblicato il 04/09/2016 alle 10:30', '2016-09-04'],
      ['Opublikowano: 7 października 2016', '2016-10-07'],
    ];
    for (const [stamp, want] of cases) {
      const d = dateOf(['Harbour bridge to close', stamp, '', P1, '', P2]);
      assert.deepEqual(d, { value: want, from: `stamp '${stamp}'` }, stamp);
    }
  });

  it('reads a cued month without a day, and a date set apart in a long line of page chrome', () => {
    assert.deepEqual(dateOf(['Harbour bridge to close', 'Published: November 2015', '', P1, '', P2]), {
      value: '2015-11',
      from: "stamp 'Published: November 2015'",
    });
    const chrome =
      'Home News Local Business Sport Weather Opinion Letters Obituaries Jobs Motors Property Travel Puzzles Video Podcasts Events Shop | Wednesday, 4 November 2015 | Contact';
    assert.equal(dateOf([chrome, 'Harbour bridge to close', '', P1, '', P2])?.value, '2015-11-04');
    assert.equal(
      dateOf([`${P1} ${P2}`.replace('Tuesday', 'Tuesday 4 November 2015'), '', P3]),
      undefined,
      'a long line of prose is not chrome',
    );
  });

  it('counts the head from the headline when prose comes above it', () => {
    // As the cleaner hands it over: two paragraphs of teasers kept above the headline.
    const kept: KeptLine[] = [
      { line: 1, text: 'Read our latest investigation into the cost of the new ferry terminal and who paid for it.', kind: 'body' },
      { line: 2, text: 'Our podcast this week asks whether the old swing bridge can be saved, and at what price.', kind: 'body' },
      { line: 4, text: '4 November 2015', kind: 'body' },
      { line: 5, text: P1, kind: 'body' },
      { line: 6, text: P2, kind: 'body' },
      { line: 7, text: P3, kind: 'body' },
    ];
    const headline = { line: 3, text: 'Harbour bridge to close', siteSuffix: null, decorated: false, cleanerRepeatLine: null };
    const clean = { kept, dropped: [{ line: 3, reason: 'headline' as const, text: headline.text }], headline };
    assert.equal(inferDate(clean, TODAY)?.value, '2015-11-04');
    assert.equal(
      inferDate({ ...clean, headline: null, dropped: [] }, TODAY),
      undefined,
      'without the headline, the date sits amid the prose',
    );
  });

  it('reads a two-digit year after a cue, and not without one', () => {
    assert.deepEqual(dateOf(['Harbour bridge to close', 'Aktualisiert am 3.4.19, 10:30 Uhr', '', P1, '', P2]), {
      value: '2019-04-03',
      from: "stamp 'Aktualisiert am 3.4.19, 10:30 Uhr'",
    });
    assert.equal(dateOf(['Harbour bridge to close', 'Publicado: 21/11/98', '', P1, '', P2])?.value, '1998-11-21');
    assert.equal(dateOf(['Harbour bridge to close', 'Version 3.4.19', '', P1, '', P2]), undefined);
  });

  it('takes a cue on the line above the date', () => {
    const d = dateOf(['Harbour bridge to close', 'By', 'Jane Roe', 'Published', 'Mar 8, 2011', '', P1, '', P2]);
    assert.deepEqual(d, { value: '2011-03-08', from: "stamp 'Published Mar 8, 2011'" });
  });

  it('prefers the publication date to the update on one stamp line', () => {
    const d = dateOf(['Harbour bridge to close', '09/23/2016 05:10 pm ET Updated Nov 02, 2016', '', P1, '', P2]);
    assert.equal(d?.value, '2016-09-23');
  });

  it('prefers "published" to "updated" when they name different years', () => {
    const d = dateOf(['Harbour bridge to close', 'Published: 30 December 2015', 'Last updated: 4 January 2016', '', P1, '', P2]);
    assert.equal(d?.value, '2015-12-30');
  });

  it('reads an ambiguous numeric date day first on a page whose cues are not English, else keeps the year', () => {
    assert.equal(dateOf(['Ponte chiuso', '  • 04/09/2016 08h32 - Atualizado em 04/09/2016 10h43', '', P1, '', P2])?.value, '2016-09-04');
    assert.equal(dateOf(['Harbour bridge to close', '04/09/2016', '', P1, '', P2])?.value, '2016');
    assert.equal(dateOf(['Harbour bridge to close', '04/09/2016', 'September 4, 2016', '', P1, '', P2])?.value, '2016-09-04');
  });

  it('reads a dateline opening the first paragraph, and keeps it over a date bar at the top of the page', () => {
    const d = dateOf(['Friday, 9 October 2020', 'Harbour bridge to close', '', `Porthaven, 14. Juli 2011. (red) ${P1}`, '', P2]);
    assert.deepEqual(d, { value: '2011-07-14', from: "dateline 'Porthaven, 14. Juli 2011'" });
  });

  it('reads an Icelandic stamp, and a date alone opening the first paragraph set off by a dash (not a sentence that starts with a date)', () => {
    assert.equal(dateOf(['Harbour bridge to close', 'mið 28. apríl 2021 21:42', '', P1, '', P2])?.value, '2021-04-28');
    const d = dateOf(['Harbour bridge to close', '', `15/12/2024.- ${P1}`, '', P2]);
    assert.deepEqual(d, { value: '2024-12-15', from: "dateline '15/12/2024'" });
    assert.equal(dateOf(['Harbour bridge to close', '', `15/12/2024 was the day the board met. ${P1}`, '', P2]), undefined);
  });

  it('lets a yearless dateline agree with a stamp lower on the page', () => {
    const lines = ['Harbour bridge to close', '', `PORTHAVEN, England, May 17 (UPI) -- ${P1}`, '', P2, '', 'May 17, 2012', '', P3];
    const d = dateOf(lines);
    assert.equal(d?.value, '2012-05-17');
    assert.match(d!.from, /agreeing with dateline 'PORTHAVEN, England, May 17/);
    assert.equal(
      dateOf(lines.map((l) => l.replace('May 17 (UPI)', 'June 2 (UPI)'))),
      undefined,
      'no agreement, a stamp amid the story is not enough',
    );
  });

  it('dates a page from a lone time stamp, a signed date or a lone bare date at its end, but not from a bare date and time there', () => {
    assert.equal(dateOf(['Harbour bridge to close', '', P1, '', P2, '', 'March 02, 2019 04:15 ET (09:15 GMT)'])?.value, '2019-03-02');
    assert.equal(dateOf(['Harbour bridge to close', '', P1, '', P2, '', '15. 8. 2021; Jana Nováková'])?.value, '2021-08-15');
    // The story's foot stamp, the page's only date (indexer-date-foot-stamp.test.ts).
    assert.equal(dateOf(['Harbour bridge to close', '', P1, '', P2, '', 'March 02, 2019'])?.value, '2019-03-02');
    assert.equal(dateOf(['Harbour bridge to close', '', P1, '', P2, '', 'March 02, 2019 04:15']), undefined);
  });

  it("stops reading the tail at readers' comments", () => {
    assert.equal(
      dateOf(['Harbour bridge to close', '', P1, '', P2, '', 'Jane Roe says:', 'March 5, 2019 at 10:15 am', 'Ferries are the answer.']),
      undefined,
    );
    assert.equal(dateOf(['Harbour bridge to close', '', P1, '', P2, '', 'Reply', 'March 5, 2019 at 10:15 am']), undefined);
  });

  it('does not take dates from a list of other stories', () => {
    const list = [
      'Harbour bridge to close',
      '',
      P1,
      '',
      P2,
      '',
      'Ferry fares to rise',
      '3 March 2019',
      'New pier opens',
      '3 March 2019',
      'Lighthouse for sale',
      '3 March 2019',
    ];
    assert.equal(dateOf(list), undefined);
    const mixed = ['Harbour bridge to close', '2 March 2019', '4 April 2018', '9 May 2017', '', P1, '', P2];
    assert.equal(dateOf(mixed), undefined);
    const posted = [
      'Harbour bridge to close',
      '',
      P1,
      '',
      P2,
      '',
      'Ferry fares to rise',
      'Posted on 3 March 2019',
      'New pier opens',
      'Posted on 1 March 2019',
      'Lighthouse for sale',
      'Posted on 27 February 2019',
    ];
    assert.equal(dateOf(posted), undefined);
    const inline = [
      'Harbour bridge to close',
      '',
      P1,
      '',
      P2,
      '',
      'Earlier coverage:',
      'Ferry fares to rise, posted on 3 March 2019',
      'New pier opens, posted on 1 March 2019',
      'Lighthouse for sale, posted on 27 February 2019',
      '',
      P3,
    ];
    assert.equal(dateOf(inline), undefined);
  });

  it('asserts no year when two years have close evidence and the stronger kind has the lower score', () => {
    assert.equal(dateOf(['Harbour bridge to close', '3 March 2019', '', P1, '', P2, '', 'By Jane Roe, 4 April 2018']), undefined);
  });

  it('takes no date from the story, a copyright line, a birth date or the future', () => {
    assert.equal(
      dateOf(['Harbour bridge to close', '', `The bridge opened on 4 May 1987 and was last repaired on 12 June 2009. ${P1}`, '', P2]),
      undefined,
    );
    assert.equal(dateOf(['Harbour bridge to close', 'The old bridge, first opened on 4 May 1987, was closed on Tuesday.']), undefined);
    assert.equal(dateOf(['Harbour engineer dies', 'He died on 4 May 2017.', '', P1, '', P2]), undefined);
    assert.equal(dateOf(['Bridge reopened 4 May 2017', '', P1, '', P2]), undefined, "a headline naming its story's date");
    assert.equal(dateOf(['Harbour bridge to close', '', P1, '', P2, '', '© 2024 Harbour Times. All rights reserved.']), undefined);
    assert.equal(dateOf(['Harbour engineer dies', 'John Smith (born 3 March 1950)', '', P1, '', P2]), undefined);
    assert.equal(dateOf(['Harbour engineer dies', '', P1, '', `Born in Porthaven, Kent, on 3 March 1950, he ${P2}`]), undefined);
    assert.equal(dateOf(['Harbour bridge to close', '3 March 2031', '', P1, '', P2]), undefined);
  });
});

describe('dates: stamps that are not what they seem', () => {
  it('never takes the Unix epoch for a publication date (a missing time stamp rendered)', () => {
    assert.equal(dateOf(['Bridge repairs approved', 'Publié le jeudi 1 janvier 1970 à 01h00', P1, P2, P3]), undefined);
    assert.equal(dateOf(['Bridge repairs approved', 'Published December 31, 1969', P1, P2, P3]), undefined);
  });

  it('keeps a publication stamp that sits just above a list label below a short excerpt', () => {
    const lead = 'Bridge repairs approved. The harbour board approved the repair plan on Tuesday after a long debate about costs.';
    assert.equal(
      dateOf([lead, '', 'Article réservé aux abonnés', 'publié le 19 mai 1997 à 2h31', '', 'Les plus lus'])?.value,
      '1997-05-19',
    );
  });
});

describe('dates: the header date', () => {
  it('does not date the article by a bare date above the masthead alone (the site prints its visit day)', () => {
    assert.equal(dateOf(['Thursday, May 30, 2024', 'Harbour Gazette', 'Bridge repairs approved by the board', P1, P2, P3]), undefined);
  });

  it("does not date the article by the site's clock right above its banner, the headline further down (issue 18)", () => {
    const banner = 'Your voice on the coast since 1890';
    const page = ['Wednesday, 4 December 2024', banner, '', 'Green light at last for the harbour', '', P1, '', P2, '', P3];
    assert.equal(dateOf(page), undefined);
    const blog = ['Wednesday, 4 December 2024', '', 'Green light at last for the harbour', '', P1, '', P2, '', P3];
    assert.equal(dateOf(blog)?.value, '2024-12-04', "a blog's date right above its post title stays");
  });

  it('still takes that date when another line agrees, and a date line right under the headline', () => {
    const agreed = [
      'Thursday, May 30, 2024',
      'Harbour Gazette',
      'Bridge repairs approved by the board',
      'By Jane Doe, May 30, 2024',
      P1,
      P2,
    ];
    assert.equal(dateOf(agreed)?.value, '2024-05-30');
    assert.equal(dateOf(['Bridge repairs approved by the board', 'May 30, 2024', P1, P2, P3])?.value, '2024-05-30');
  });
});

describe('dates: article metadata beside the date (issue 18)', () => {
  it('reads a publication cue with the clock time before the date', () => {
    const stamp = 'Publicat la 09:15 13 Noi 2020 Modificat la 09:15 13 Noi 2020';
    assert.equal(dateOf(['Bridge repairs approved by the board', stamp, P1, P2, P3])?.value, '2020-11-13');
    assert.equal(dateOf(['Bridge repairs approved by the board', 'Published 3:04 PM, Nov 21, 2012', P1, P2, P3])?.value, '2012-11-21');
  });

  it("takes a date above the headline with only the article's reading time between them", () => {
    const page = ['03. septembrī, 2021', 'Lasīšanai: 21 minūte', 'Bridge repairs approved by the board', P1, P2, P3];
    assert.equal(dateOf(page)?.value, '2021-09-03');
    assert.equal(
      dateOf(['Thursday, May 30, 2024', 'Lesezeit 4 Min.', 'Bridge repairs approved by the board', P1, P2, P3])?.value,
      '2024-05-30',
    );
  });
});

describe('dates: the line right under the headline (issue 18, q dev shapes)', () => {
  const headline = 'Bridge repairs approved by the board';

  it('reads a full date on a short line between the headline and the text, whatever else the line holds', () => {
    assert.equal(dateOf([headline, 'Harbour Press, January 7, 2015 Adjust font size:', P1, P2])?.value, '2015-01-07');
    assert.equal(dateOf([headline, '---|', 'www.example.com 2006年02月23日11:23 Evening Paper |', P1, P2])?.value, '2006-02-23');
  });

  it('not below the first paragraph, not a sentence, not a month alone', () => {
    assert.equal(dateOf([headline, P1, 'Harbour Press, January 7, 2015 Adjust font size:', P2, P3]), undefined);
    assert.equal(dateOf([headline, 'The board first met on January 7, 2015.', P1, P2]), undefined);
    assert.equal(dateOf([headline, 'Harbour Press, January 2015 Adjust font size:', P1, P2]), undefined);
  });
});

describe('dates: more languages and shapes (issue 18, unseen pages)', () => {
  it('reads dates that start with their year: Hungarian, Lithuanian, Latvian, Chinese/Japanese, Korean', () => {
    assert.deepEqual(isoOf('2024. március 5.'), ['2024-03-05']);
    assert.deepEqual(isoOf('2019. jún. 12., szerda 10:30'), ['2019-06-12']);
    assert.deepEqual(isoOf('2022 m. spalio 24 d. 09:09'), ['2022-10-24']);
    assert.deepEqual(isoOf('2024. gada 5. martā'), ['2024-03-05']);
    assert.deepEqual(isoOf('2024年3月5日 10:30'), ['2024-03-05']);
    assert.deepEqual(isoOf('2024년 3월 5일'), ['2024-03-05']);
    assert.deepEqual(isoOf('The 2019 budget was 5 million'), []);
  });

  it('reads Catalan, Slovene, Serbian, Estonian and Cyrillic month names', () => {
    assert.deepEqual(isoOf("12 d'abril de 2023"), ['2023-04-12']);
    assert.deepEqual(isoOf('3 de març de 2021'), ['2021-03-03']);
    assert.deepEqual(isoOf('12. junija 2023'), ['2023-06-12']);
    assert.deepEqual(isoOf('5. septembar 2023.'), ['2023-09-05']);
    assert.deepEqual(isoOf('5. märts 2024'), ['2024-03-05']);
    assert.deepEqual(isoOf('12 июня 2023 г.'), ['2023-06-12']);
    assert.deepEqual(isoOf('5 березня 2024'), ['2024-03-05']);
    assert.deepEqual(isoOf('12 юни 2023'), ['2023-06-12']);
  });

  it('reads stamps in those languages, with their weekdays and cue words', () => {
    assert.equal(isDateOnly('2019. június 12., szerda'), true);
    assert.equal(isDateOnly('14. 10. 2025. u 14:48'), true);
    assert.equal(dateOf(['Harbour bridge to close', 'Julkaistu 5.3.2024', '', P1, '', P2])?.value, '2024-03-05');
    assert.equal(dateOf(['Harbour bridge to close', 'Frissítve: 2024. március 5. 10:30', '', P1, '', P2])?.value, '2024-03-05');
  });

  it('reads a two-digit-year date beside a clock time as a stamp, or alone on its line, but not with a word beside it', () => {
    assert.equal(dateOf(['• 28.04.07, 15:28', 'Harbour bridge to close', '', P1, '', P2])?.value, '2007-04-28');
    assert.equal(dateOf(['Harbour bridge to close', '28.04.07', '', P1, '', P2])?.value, '2007-04-28');
    assert.equal(dateOf(['Harbour bridge to close', 'Build 28.04.07', '', P1, '', P2]), undefined);
  });
});

describe('dates: the dates of other items', () => {
  it('does not date a page by a header date under the logo, with a menu between it and the headline', () => {
    const page = ['Harbour Gazette', 'Thursday, May 30, 2024', 'News', 'Sport', 'Bridge repairs approved by the board', P1, P2, P3];
    assert.equal(dateOf(page), undefined);
  });

  it('takes no year from two items of a list dated below the story', () => {
    const page = [
      'Bridge repairs approved',
      '',
      P1,
      '',
      'Ferry fares to rise',
      P2,
      '14.10.2025 14:48',
      '',
      'New pier opens',
      P3,
      '14.10.2025 13:06',
    ];
    assert.equal(dateOf(page), undefined);
  });

  it("reads a listing's first item date, written as the others, as one of the list", () => {
    const page = [
      'News',
      '',
      'Bridge repairs approved',
      '',
      P1,
      '',
      'Jane Roe',
      '6. 1. 2025, 07.30',
      '',
      'Ferry fares to rise',
      '',
      P2,
      '',
      'John Doe',
      '4. 1. 2025, 08.00',
      '',
      'Pier opens',
      '',
      P3,
    ];
    assert.equal(dateOf(page), undefined);
    const own = ['Bridge repairs approved', '6. 1. 2025, 07.30', '', P1, '', P2, '', 'Ferry fares to rise', P3, '4. 1. 2025, 08.00'];
    assert.equal(dateOf(own)?.value, '2025-01-06', "the page's own stamp above its first paragraph stays");
  });
});
