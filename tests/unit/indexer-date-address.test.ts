/**
 * The date in an article's address (issue 18, thirty-second session): `…/2019/03/07/the-story/` is the day the site
 * filed the story. Where the page's own date falls in it, the page's (as precise or more) stands; where it names
 * another day of the same year (a site's "today" or another item's stamp read over the story) or the page gives none,
 * the address's does; where the two name different years, neither. An
 * address whose date folders end it or are followed by a page number is a period's archive and dates nothing. The
 * addresses and pages are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateFromAddress } from '../../indexer/infer/path.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';

await loadLanguageDetector();

const TODAY = new Date('2026-06-01T00:00:00Z');
const HEADLINE = 'Harbour board approves the swing bridge repair plan';
const P1 = 'The harbour board approved the repair plan on Tuesday after a long debate about costs and traffic on the quay.';
const P2 = 'Work on the old swing bridge will begin in the spring and is expected to last for most of the coming year.';

function dated(lines: string[], url?: string): { date: string | null; from: string | undefined } {
  const result = articleFromFile({ bytes: Buffer.from(lines.join('\n\n')), source: 'story.txt', manifestEntry: url ? { url } : undefined });
  assert.ok(result.ok);
  return { date: result.article.date ?? null, from: result.article.provenance.date };
}

describe("the date in an article's address", () => {
  it('reads year and month folders, a day folder, and an ISO date in the story name, with the story after them', () => {
    assert.equal(dateFromAddress('https://example.org/2019/03/07/bridge-repairs/', TODAY)?.value, '2019-03-07');
    assert.equal(dateFromAddress('https://example.org/news/2021/5/bridge-repairs.html', TODAY)?.value, '2021-05');
    assert.equal(dateFromAddress('https://example.org/2022/03/14139', TODAY)?.value, '2022-03');
    assert.equal(dateFromAddress('https://example.org/local/2011-09-22-bridge-repairs', TODAY)?.value, '2011-09-22');
    assert.equal(dateFromAddress('https://example.org/2011/09/2011-09-22-bridge-repairs/', TODAY)?.value, '2011-09-22');
    assert.equal(dateFromAddress('https://example.org/2011/09/2011-10-22-bridge-repairs/', TODAY)?.value, '2011-09');
  });

  it("reads no period's archive, no page of one, no month that is none, no date after today", () => {
    assert.equal(dateFromAddress('https://example.org/2026/01', TODAY), null);
    assert.equal(dateFromAddress('https://example.org/2008/07/18/', TODAY), null);
    assert.equal(dateFromAddress('https://example.org/archives/date/2020/05/page/32', TODAY), null);
    assert.equal(dateFromAddress('https://example.org/news/2024/13/bridge', TODAY), null);
    assert.equal(dateFromAddress('https://example.org/2030/01/01/bridge', TODAY), null);
    assert.equal(dateFromAddress('https://example.org/news/2024-budget-plan', TODAY), null);
    assert.equal(dateFromAddress('https://example.org/2019/bridge-repairs', TODAY), null);
  });

  it('stands over a page date of another day in its year, and dates a page that gives none', () => {
    const today = ['Saturday 2 November 2019', HEADLINE, P1, P2];
    assert.equal(dated(today).date, '2019-11-02');
    assert.deepEqual(dated(today, 'https://example.org/2019/03/07/bridge-repairs/'), {
      date: '2019-03-07',
      from: "address '/2019/03/07/'",
    });
    assert.equal(dated([HEADLINE, P1, P2], 'https://example.org/2019/03/bridge-repairs/').date, '2019-03');
  });

  it('gives way to a date the article states, as every inference does', () => {
    const result = articleFromFile({
      bytes: Buffer.from(['Saturday 2 November 2024', HEADLINE, P1, P2].join('\n\n')),
      source: 'story.txt',
      manifestEntry: { url: 'https://example.org/2019/03/07/bridge-repairs/', date: '2018-05-04' },
    });
    assert.ok(result.ok);
    assert.equal(result.article.date, '2018-05-04');
  });

  it('dates nothing when the page and its address name different years: either may be the later one, and no year beats a wrong one', () => {
    // A "today" bar over the story, or an archive moved and filed again under a later year.
    assert.equal(dated(['Saturday 2 November 2024', HEADLINE, P1, P2], 'https://example.org/2019/03/07/bridge-repairs/').date, null);
    assert.equal(dated([HEADLINE, 'Published 4 November 2015', P1, P2], 'https://example.org/2019/04/11/bridge-repairs/').date, null);
  });

  it("keeps the page's own date where it falls in the address's month, and the page's date beside an archive's address", () => {
    const story = [HEADLINE, 'Published 7 March 2019', P1, P2];
    assert.equal(dated(story, 'https://example.org/2019/03/bridge-repairs/').date, '2019-03-07');
    assert.equal(dated(story, 'https://example.org/2019/03/').date, '2019-03-07');
  });
});

describe("a listing's address", () => {
  it("dates no page whose title is an archive's heading, whatever its address says", () => {
    const tagPage = ['Tag: harbour', 'Bridge repairs approved by the board', P1, 'Ferry timetable changes for the summer crossings', P2];
    assert.equal(dated(tagPage, 'https://example.org/2019/03/tag-harbour/').date, null);
  });
});
