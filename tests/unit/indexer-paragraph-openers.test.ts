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
});
