/**
 * "All rights reserved" in the trade's languages (indexer/clean/phrases.ts, issue 18, 18junk): the
 * notice's formula is dropped as copyright in any of them, a story's sentence about rights is kept.
 * The text and the names are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phraseReason } from '../../indexer/clean/phrases.ts';

describe('rights-reserved notices in many languages', () => {
  it('drops the formula in several languages and scripts', () => {
    for (const line of [
      'Harbour Gazette. All rights reserved.',
      '© Gazette du Port. Tous droits réservés.',
      'Hafenblatt GmbH – Alle Rechte vorbehalten',
      'Diario del Puerto. Todos los derechos reservados.',
      'Liman Gazetesi: Yayınlanan haberin tüm hakları Liman Medya’ya aittir. İzinsiz kullanılamaz.',
      'Gazeta Portowa. Wszelkie prawa zastrzeżone.',
      '© Портовая газета. Все права защищены.',
      '本報之文字及圖片,非經授權,不得轉載。',
    ]) {
      assert.equal(phraseReason(line), 'copyright', line);
    }
  });

  it('keeps story sentences about rights', () => {
    for (const line of [
      'The union said all rights of the workers would be protected under the new contract.',
      'Der Verlag behält sich rechtliche Schritte vor, sagte ein Sprecher am Montag.',
      'Los vecinos reclamaron sus derechos ante el ayuntamiento.',
      'Small rights reserved for tenants were cut by the council.',
    ]) {
      assert.equal(phraseReason(line), null, line);
    }
  });
});
