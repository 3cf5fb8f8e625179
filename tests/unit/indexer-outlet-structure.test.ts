/**
 * Names the page's structure points at (issue 18): a name beside the date on the stamp line above
 * the story, a site's name written both as an address and as a word; and shapes that look like a
 * name in a cue but are not the site (a determiner's phrase, a product after the name, a
 * province's code in a dateline, a page label). Every page here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OutletCandidate, PageLine } from '../../indexer/infer/outlet-candidates.ts';
import { stampNames } from '../../indexer/infer/outlet-structure.ts';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, PARAS, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

function stamped(text: string, reason: string | null = 'dateline'): string[] {
  const lines: PageLine[] = [
    { line: 1, text, reason, words: text.split(' ').length },
    { line: 2, text: PARAS[0]!, reason: null, words: 25 },
  ];
  const out: OutletCandidate[] = [];
  stampNames(lines, (c) => c && out.push(c));
  return out.map((c) => c.value);
}

describe('the name beside the date on the stamp line', () => {
  it('reads a name that shares the stamp line with the date', () => {
    assert.deepEqual(stamped('Harbourlight 2018-06-21 | Comments: 0'), ['Harbourlight']);
    assert.deepEqual(stamped('21.06.2018 14:05 · Quayline News'), []);
    assert.deepEqual(stamped('Quayline News 21.06.2018 14:05'), ['Quayline News']);
  });

  it('does not read a cue, a weekday, a month, a person or a wire beside the date', () => {
    assert.deepEqual(stamped('Updated 2018-06-21 14:05'), []);
    assert.deepEqual(stamped('Monday 21.06.2018'), []);
    assert.deepEqual(stamped('June 21.06.2018'), []);
    assert.deepEqual(stamped('Jane Doe 2018-06-21'), []);
    assert.deepEqual(stamped('Reuters 2018-06-21'), []);
  });

  it('does not read a count of views beside the date', () => {
    assert.deepEqual(stamped('18:04 21.04 1270'), []);
  });

  it('does not read a currency beside its rates, nor a date written with the year in words', () => {
    // Rates have the clock's digits-dot-digits shape but no clock's hours and minutes.
    assert.deepEqual(stamped('USD 41.35 41.80'), []);
    assert.deepEqual(stamped('• CHF 8.67 8.95'), []);
    assert.deepEqual(stamped('Harbourlight 24.11 14:05'), ['Harbourlight']);
    // A CJK date around a clock time is all that is left once the time is out.
    assert.deepEqual(stamped('2021年3月9日 08:15'), []);
  });

  it('is not enough beside another name, but agrees with the copyright holder', () => {
    // Alone it is the page's only name and is taken (indexer-outlet-echo.test.ts).
    assert.equal(outletOf(`Pier Notes\n\n${HEADLINE}\n\nHarbourlight 2018-06-21 | Comments: 0\n\n${BODY}`), 'Unknown');
    assert.equal(
      outletOf(`${HEADLINE}\n\nHarbourlight 2018-06-21 | Comments: 0\n\n${BODY}\n\n© 2024 Harbourlight. All rights reserved.`),
      'Harbourlight',
    );
  });
});

describe('the name opening a stamp line of parts', () => {
  it('reads the first part when the others date the line or name a section and a byline', () => {
    assert.deepEqual(stamped('Harbourlight | 5 October 2017 08:37 | Updated 5 October 2017 08:37'), ['Harbourlight']);
    assert.deepEqual(stamped('Harbourlight - - NEWS - JANE DOE'), ['Harbourlight']);
  });

  it('does not read a section in capitals, a person or a cue before the date', () => {
    assert.deepEqual(stamped('SPORT - 16 June 2019 20:27'), []);
    assert.deepEqual(stamped('Jane Doe | 5 October 2017 08:37'), []);
    assert.deepEqual(stamped('Updated | 5 October 2017 08:37'), []);
    assert.deepEqual(stamped('Harbourlight - Local'), []);
  });

  it('does not read a weekday or a "today" word opening the line, in any language', () => {
    assert.deepEqual(stamped('Thu | Feb 5, 2026'), []);
    assert.deepEqual(stamped('Šodien 09:15'), []);
    assert.deepEqual(stamped('Heute | 5. Februar 2026'), []);
  });

  it('wins when the page names it again in another role, not alone (task 18out3)', () => {
    const stamp = 'Harbourlight | 5 October 2017 08:37 | Updated 5 October 2017 08:37';
    assert.equal(outletOf(`${HEADLINE}\n\n${stamp}\n\n${BODY}\n\nPhoto: HARBOURLIGHT`), 'Harbourlight');
    // Beside the stamp's date alone, a name is a section or a column as often on the next site's pages.
    assert.equal(outletOf(`${HEADLINE}\n\n${stamp}\n\n${BODY}`), 'Unknown');
  });
});

describe('a name written as an address and as a word', () => {
  it('takes the two spellings of one name as agreement', () => {
    const page = `${HEADLINE}\n\n${PARAS[0]}\n\nWe wrap up today's edition of the Quaymark live blog. Please visit https://www.quaymark.com/markets for more.\n\n${PARAS[1]}`;
    assert.equal(outletOf(page), 'Quaymark');
  });

  it('reads a regional edition by its registrable label, pointed to from a short line', () => {
    const page = `${HEADLINE}\n\n${PARAS[0]} A reader sent QUAYMARK the photo.\n\n${PARAS[1]}\n\nMore news from the coast on harbour.quaymark.de.`;
    assert.equal(outletOf(page), 'QUAYMARK');
  });

  it('does not take a site the story writes about in a sentence as the outlet', () => {
    const page = `${HEADLINE}\n\n${PARAS[0]}\n\nIn a message posted on Quaymark.org on Sunday, the harbour board's volunteers said the site was closing down for good after years of timetables.\n\n${PARAS[1]}`;
    assert.equal(outletOf(page), 'Unknown');
  });

  it("does not take a company's press contact, its name and e-mail in one sentence, as the outlet (task 18out12)", () => {
    const contact = 'For more information about the timetable, contact Quaymark Ferries at press@quaymark.com or call the office.';
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\n${contact}`), 'Unknown');
  });

  it('does not take an address alone in running text', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${PARAS[0]} The figures are at https://www.quaymark.com/markets.\n\n${PARAS[1]}`), 'Unknown');
  });
});

describe('names in cue lines that are not the site', () => {
  it('does not take a determiner and a noun ("this website") for a name', () => {
    const notice = 'Diese Website verwendet Cookies. Cookies sorgen für den vollen Funktionsumfang der Seite.';
    assert.equal(outletOf(`${notice}\n\n${HEADLINE}\n\n${BODY}`), 'Unknown');
  });

  it('cuts the product after the name ("Subscribe to X Newsletters")', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nSubscribe to Quaymark Newsletters`), 'Quaymark');
  });

  it("does not take a province's two capitals in a dateline for a newsroom", () => {
    assert.equal(outletOf(`${HEADLINE}\n\nPORTOVALLE (QX) – ${PARAS[0]}\n\n${PARAS[1]}`), 'Unknown');
  });

  it('does not take a "Press Releases" label on the top line for a masthead', () => {
    assert.equal(outletOf(`Press Releases\n\n${HEADLINE}\n\n${BODY}`), 'Unknown');
  });
});
