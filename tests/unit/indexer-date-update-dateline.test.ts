/**
 * Stamps the date reader missed (issue 18, eighteenth session): a date with its clock time and
 * its own update ("… 14:05, updated 15:20") is the page's first publication wherever the cleaner
 * put the line (a list it took for related headlines, a standfirst it is glued to); a dateline whose
 * place is set off by a dash or a space instead of a comma ("TOWN, St.-- May 3, 2008 --",
 * "Town 3. května 2012 - …"). Every page below is invented, in the shapes real pages use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

describe('a date with its clock time and its own update', () => {
  it('dates a page by the stamp glued to the end of the standfirst (no, fi, en)', () => {
    const stamps = [
      '12.3.2019 kl 08:15 (Oppdatert 09:02)',
      '12.3.2019 08:15, muokattu 12.3.2019 09:02',
      '12.3.2019 08:15 | Updated: 09:02',
    ];
    for (const stamp of stamps) {
      const standfirst = `The harbour board has agreed to repair the swing bridge. ${stamp}`;
      assert.equal(dateOf([HEADLINE, standfirst, P1, P2, P3]), '2019-03-12', stamp);
    }
  });

  it('reads it glued to a long standfirst too', () => {
    const standfirst = `${P1} The work is to start in the spring and last most of the coming year. 12.3.2019 08:15 (updated 09:02)`;
    assert.equal(dateOf([HEADLINE, standfirst, P2, P3]), '2019-03-12');
  });

  it('needs the update: a date and time glued to a standfirst alone is not read', () => {
    const standfirst = 'The harbour board has agreed to repair the swing bridge. 12.3.2019 kl 08:15';
    assert.equal(dateOf([HEADLINE, standfirst, P1, P2, P3]), undefined);
  });
});

describe('a dateline whose place is set off by a dash or a space', () => {
  it('reads a press release dateline "TOWN, St.-- date --" under a standfirst', () => {
    const standfirst = 'Grant from the state will fund the repair of the old swing bridge over the next two years';
    assert.equal(dateOf(['News Release', HEADLINE, standfirst, `HARBOURTON, Ore.-- June 3, 2008 -- ${P1}`, P2, P3]), '2008-06-03');
  });

  it('reads "Town 3. května 2012 - Title" on a short line under the headline', () => {
    assert.equal(
      dateOf([HEADLINE, 'Tisková informace', 'Ostrava 3. května 2012 - Policie zadržela skupinu zlodějů kabelů', P1, P2, P3], '\n'),
      '2012-05-03',
    );
  });

  it('does not read a sentence that opens with a date and a dash', () => {
    assert.equal(dateOf([HEADLINE, `Since 16 May 2014 – the board has met ${P1.toLowerCase()}`, P2, P3]), undefined);
  });
});
