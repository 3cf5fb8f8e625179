import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CaselessPattern } from '../../indexer/infer/caseless-pattern.ts';

describe('CaselessPattern: an iu pattern tested without u where that changes nothing', () => {
  const notice = /©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b/iu;
  const picture = /\b(?:photos?|zdjęcie|фото)\b/iu;

  it('answers as the pattern does, on texts in any case and script', () => {
    const texts = [
      '© 2005 Example Daily',
      '(C) 2005 Example Daily',
      'COPYRIGHT Example Daily',
      'Copyrighted material',
      'ALL RIGHTS RESERVED.',
      'All rights reserved-ish',
      'Prawa zastrzeżone. ZDJĘCIE: Jan Nowak',
      'ФОТО: Иван Петров',
      'Photos by Jane Doe',
      'Photography by Jane Doe',
      'Éditions Exemple, tous droits réservés',
      'İstanbul, all rights reserved',
      'The minister said on Tuesday that the ferry would leave earlier.',
      '',
    ];
    for (const text of texts) {
      assert.equal(new CaselessPattern(notice).test(text), notice.test(text), text);
      assert.equal(new CaselessPattern(picture).test(text), picture.test(text), text);
    }
  });

  it('gives a text holding the long s or the Kelvin sign to the pattern itself, where they match "s" and "k"', () => {
    // Under iu, "ſ" folds to "s" and the Kelvin sign to "k"; without u neither does.
    assert.equal(new CaselessPattern(notice).test('All rightſ reserved'), true);
    assert.equal(/\ball rights reserved\b/i.test('All rightſ reserved'), false);
    const desk = /\bdesk\b/iu;
    assert.equal(new CaselessPattern(desk).test('News de\u017fK'), desk.test('News de\u017fK'));
    assert.equal(new CaselessPattern(desk).test('News DES\u212a'), true);
  });

  it('takes only patterns it can answer for', () => {
    assert.throws(() => new CaselessPattern(/copyright/i), /must be \/iu/);
    assert.throws(() => new CaselessPattern(/copyright/giu), /must be \/iu/);
    assert.throws(() => new CaselessPattern(/\p{Lu}opyright/iu), /Unicode escapes/);
    assert.throws(() => new CaselessPattern(/copy.ight/iu), /Unicode escapes/);
    assert.throws(() => new CaselessPattern(/copy[^a]ight/iu), /Unicode escapes/);
    assert.doesNotThrow(() => new CaselessPattern(/www\.example/iu));
  });
});
