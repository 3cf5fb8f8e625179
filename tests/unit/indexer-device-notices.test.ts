/**
 * Notices about the reader's browser or device (indexer/clean/device-notices.ts): an outdated
 * browser, scripts switched off, the outlet's app, in several languages and with their
 * instructions after them. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phraseReason } from '../../indexer/clean/index.ts';
import { HEADLINE, P1, P2, P3, P4, keptText, page } from '../helpers/bridge-story.ts';

const LONG_NOTICE =
  'Your browser is out of date. To read our pages safely and quickly, please install the newest version of your browser, ' +
  'or change to another one that is still kept up to date by its makers, so that every part of this site works for you as it should.';

test('a browser, script or app notice is dropped, long instructions too', () => {
  for (const line of [
    LONG_NOTICE,
    'Votre navigateur n’est plus à jour. Mettez-le à jour pour profiter du site.',
    'Twoja przeglądarka jest przestarzała.',
    'Tarayıcınız güncel değil, lütfen güncelleyin.',
    'Ваш браузер устарел',
    'Bitte aktivieren Sie JavaScript, um dieses Video zu sehen.',
    'Download our free news app',
    'Descarga nuestra app y recibe las noticias al momento',
  ]) {
    assert.equal(phraseReason(line), 'promotion', line);
  }
  const text = page(LONG_NOTICE, HEADLINE, P1, P2, P3, P4);
  assert.ok(!keptText(text).includes(LONG_NOTICE));
});

test('a story that talks about browsers and apps keeps its sentences', () => {
  for (const line of [
    'Security experts said your browser is out of date if it has not been updated this year.',
    'The council asked residents to download the app from the town hall website before the vote.',
    'Browser makers said the update would reach most users within a week.',
  ]) {
    assert.equal(phraseReason(line), null, line);
  }
});
