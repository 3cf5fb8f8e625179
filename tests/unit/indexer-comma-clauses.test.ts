/**
 * A short line ending in a comma right below the story's text goes on (issue 18: a letter's
 * closing lost as 'navigation', a clause as 'related-headlines'). Menus never end in a comma; a
 * menu of short lines is still dropped. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const HEADLINE = 'Residents ask the council to keep the library open';
const P1 = 'Dear councillors, many of us have used the library on Mill Street every week for the last twenty years.';
const P2 = 'Closing it would leave the children of the east side without a quiet place to read, and we ask you to think again.';
const P3 = 'We would be glad to meet you to talk about how the library could be run for less money.';

const kept = (...blocks: string[]) => cleanText(blocks.join('\n\n')).kept.map((l) => l.text);

describe('short lines ending in a comma below the text', () => {
  it("keeps a letter's closing and the clause above it", () => {
    const texts = kept(HEADLINE, P1, P2, P3, 'For a library that stays open,', 'With best wishes,', 'Mill Street Readers');
    assert.ok(texts.includes('For a library that stays open,'));
    assert.ok(texts.includes('With best wishes,'));
  });

  it('still drops a menu below the text', () => {
    const texts = kept(HEADLINE, P1, P2, P3, 'News\nSport\nWeather\nCulture\nContact');
    assert.deepEqual(texts, [P1, P2, P3]);
  });
});
