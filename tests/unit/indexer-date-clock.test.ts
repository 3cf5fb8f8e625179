/**
 * A bare date line with a clock time at the foot of the page (issue 18: a wrong year is worse than
 * none): the time the page was rendered or printed as often as the article's stamp, so alone it
 * dates the page only when it names its time zone, as a newsroom's stamp does. The pages are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { inferDate } from '../../indexer/infer/date.ts';

const TODAY = new Date('2026-06-01T00:00:00Z');
const dateOf = (lines: string[]) => inferDate(cleanText(lines.join('\n\n')), TODAY)?.value;

const HEADLINE = 'Harbour board approves the swing bridge repair plan';
const P1 = 'The harbour board approved the repair plan on Tuesday after a long debate about costs and traffic.';
const P2 = 'Work on the old swing bridge will begin in the spring and is expected to last for most of the year.';
const P3 = 'Ferry services will run more often while the bridge is closed, the operator said in a statement.';

describe('a clock time at the foot of the page', () => {
  it('reads no year from a bare date and time at the foot with no time zone', () => {
    assert.equal(dateOf([HEADLINE, P1, P2, P3, '13.03.2025 10:42']), undefined);
    assert.equal(dateOf([HEADLINE, P1, P2, P3, 'Thursday, March 13, 2025 10:42 AM']), undefined);
  });

  it("reads the year from a newsroom's stamp at the foot that names its time zone", () => {
    assert.equal(dateOf([HEADLINE, P1, P2, P3, 'November 09, 2017 02:02 ET (07:02 GMT)'])?.slice(0, 4), '2017');
    assert.equal(dateOf([HEADLINE, P1, P2, P3, '13.03.2025 10:42 CET'])?.slice(0, 4), '2025');
  });

  it('still reads a bare date and time above the story', () => {
    assert.equal(dateOf([HEADLINE, '13.03.2025 10:42', P1, P2, P3])?.slice(0, 4), '2025');
  });
});
