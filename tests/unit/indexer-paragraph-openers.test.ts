/**
 * A short line ending in a dash or in a time and a colon, right above a paragraph, opens that
 * paragraph (issue 18: body lines lost as 'dateline' or 'navigation'): a dateline the scraper cut
 * from its text, the time label of a live update. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const HEADLINE = 'Harbour bridge to reopen after six months of repairs';
const P1 = 'The harbour bridge will reopen to traffic on Friday after six months of repairs, the port authority said on Monday.';
const P2 = 'Engineers replaced the old steel cables and resurfaced the road, which carries about twenty thousand cars a day.';
const P3 = 'Local shops near the bridge said they had lost customers during the works and asked the council for help.';

const page = (...blocks: string[]) => blocks.join('\n\n');
const kept = (text: string) => cleanText(text).kept.map((l) => l.text);

describe('lines that open the paragraph below them', () => {
  it('keeps a dateline cut from its paragraph ("Place -")', () => {
    const text = page(HEADLINE, 'Anna Berg - Coast Courier\nSaturday, 02 Nov 2024 07:30\nKestrel Bay -', P1, P2, P3);
    assert.ok(kept(text).includes('Kestrel Bay -'));
  });

  it('keeps the time label of an update above its paragraph', () => {
    const text = page(HEADLINE, P1, P2, '(UPDATE 9:30 am):', P3);
    assert.ok(kept(text).includes('(UPDATE 9:30 am):'));
  });

  it('keeps the time label of a live update whose update is one short sentence', () => {
    const text = page(HEADLINE, P1, P2, 'Update 10.15:', 'Two lanes are open again.', P3);
    assert.ok(kept(text).includes('Update 10.15:'));
  });

  it('still drops a time label above a fragment that is not a sentence', () => {
    const text = page(HEADLINE, P1, P2, 'Update 10.15:', 'Traffic and travel', P3);
    assert.ok(!kept(text).includes('Update 10.15:'));
  });

  it('still drops a page label ending in a colon with no time or date', () => {
    const text = page('Home', 'World', HEADLINE, 'Offline copy:', P1, P2, P3);
    assert.ok(!kept(text).includes('Offline copy:'));
  });

  it('keeps a dateline whose place in capitals stands before a comma ("CITY, ST")', () => {
    const text = page(HEADLINE, 'By:\nAnna Berg\nMonday, April 16, 2018\nKESTREL BAY, ME', P1, P2, P3);
    assert.ok(kept(text).includes('KESTREL BAY, ME'));
  });

  it("keeps a dateline naming the site after the place's comma", () => {
    const text = page('X', HEADLINE, 'Anna - May 12, 2022 14:48:37', 'KESTREL BAY, coastcourier.id', P1, P2, P3);
    assert.ok(kept(text).includes('KESTREL BAY, coastcourier.id'));
  });

  it('keeps a dateline whose dash is glued to its last word above a paragraph opening in a capital', () => {
    const text = page('Notification', 'Iklan', HEADLINE, '9 Des 2022 | 17:05 WIB', 'COASTCOURIER.com-', P1, P2, P3);
    assert.ok(kept(text).includes('COASTCOURIER.com-'));
  });

  it('still drops a byline in capitals ending in an agency, and a menu in capitals, above the first paragraph', () => {
    for (const line of ['ANNA BERG, AP', 'NEWS, SPORT, WEATHER', 'HOME, NEWS']) {
      const text = page('Home', 'World', HEADLINE, `Saturday, 02 Nov 2024 07:30\n${line}`, P1, P2, P3);
      assert.ok(!kept(text).includes(line), line);
    }
  });

  it('still drops a mixed-case label with a comma (a byline, "Name, Place")', () => {
    const text = page('Home', 'World', HEADLINE, 'Saturday, 02 Nov 2024 07:30\nAnna Berg, Kestrel', P1, P2, P3);
    assert.ok(!kept(text).includes('Anna Berg, Kestrel'));
  });

  it('still drops a line ending in a glued dash above text going on in lower case (a word cut at the line end)', () => {
    const cut = 'the port authority said that the harbour bridge will reopen to traffic on Friday after six months of repairs.';
    const text = page('Home', 'World', HEADLINE, 'Saturday, 02 Nov 2024 07:30\nSEA-', cut, P2, P3);
    assert.ok(!kept(text).includes('SEA-'));
  });
});
