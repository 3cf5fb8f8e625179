/**
 * A number alone on its line between a story's paragraphs, the page's only one: a counter of
 * comments or pictures (issue 18: it was kept as body text). Bare numbers that come several to a
 * page (a data box, a numbered list) stay. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEADLINE, keptText, P1, P2, P3, P4, page } from '../helpers/bridge-story.ts';

describe('a lone number on its line', () => {
  it('drops the page’s only bare number as a counter', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, '17', P2, P3)), [P1, P2, P3]);
  });

  it('reads digits of other scripts', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, '٤٢')), [P1, P2, P3]);
  });

  it('keeps the figures of a data box', () => {
    const kept = keptText(page(HEADLINE, P1, '12', 'cars an hour', '3', 'lanes open', P2));
    assert.ok(kept.includes('12') && kept.includes('3'));
  });

  it('keeps numbered sections far apart', () => {
    const kept = keptText(page(HEADLINE, '1', P1, P2, P3, '2', P4));
    assert.ok(kept.includes('1') && kept.includes('2'));
  });
});
