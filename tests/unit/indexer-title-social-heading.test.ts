/**
 * "Connect with us": a news theme's heading over its social icons, printed alone at the page's top
 * (the icons leave no text), is the trade's prompt like "Follow us", not a headline candidate.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { phraseReason } from '../../indexer/clean/phrases.ts';

// Invented text in the shapes scraped pages have.
const HEADLINE = 'Sound stones mark the new path along the river cliffs';
const BODY =
  'The mayor and two councillors walked the building site on Friday, where the first of the sound stones now stands above the river.';
const BODY2 = 'Work on the path should end in the spring, and the stones will play short pieces of music as walkers pass.';

describe('title: a social heading at the top of the page', () => {
  it('drops "Connect with us" alone on its line as a prompt, and the headline below wins', () => {
    const result = cleanText(['Connect with us', '', 'Politics', '', HEADLINE, '', BODY, '', BODY2].join('\n'));
    assert.equal(result.headline?.text, HEADLINE);
    assert.equal(result.dropped.find((d) => d.line === 1)?.reason, 'promotion');
    assert.equal(phraseReason('Connect with us:'), 'promotion');
  });

  it('leaves a sentence that goes on after the words', () => {
    assert.equal(phraseReason('Connect with us at the harbour festival this weekend'), null);
  });
});
