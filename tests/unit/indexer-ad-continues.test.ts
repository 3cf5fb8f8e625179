/** "The article continues after the advertisement" in the languages AD_LABELS lacked (trade-phrases.ts). Invented lines. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phraseReason } from '../../indexer/clean/index.ts';

test('the text-continues-after-the-ad slot is dropped in more languages', () => {
  for (const line of [
    'Artikkel jätkub pärast reklaami',
    'Raksts turpinās pēc reklāmas',
    'Straipsnis tęsiamas po reklamos',
    'Článek pokračuje pod reklamou',
    'Članak se nastavlja ispod oglasa',
    'Продовження статті після реклами',
    'Juttu jatkuu mainoksen jälkeen',
  ]) {
    assert.equal(phraseReason(line), 'promotion', line);
  }
  assert.equal(phraseReason('Artikkel jätkub pärast reklaami, mille vallavalitsus tellis, uue hooajaga.'), null);
});
