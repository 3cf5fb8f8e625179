import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asciiLettered, NOT_ASCII_LETTERED, spelledFromCapital } from '../../indexer/infer/capital-spelling.ts';

describe('capital-spelling: where a name of capitalised words can stand in a line', () => {
  it('finds the letters of a key running on from its capital, whatever stands between them', () => {
    assert.equal(spelledFromCapital('© 2005 Quillmarsh Courier. All rights reserved.', 'quillmarshcourier', false), true);
    assert.equal(spelledFromCapital('Read the Quill-Marsh “Courier” today', 'quillmarshcourier', false), true);
    assert.equal(spelledFromCapital('News from Quillmarsh 24', 'quillmarsh24', true), true);
    assert.equal(spelledFromCapital('News from Quillmarsh 24', 'quillmarsh24', false), false);
  });

  it('wants the capital: the same letters in lower case, or elsewhere in the line, are not a name', () => {
    assert.equal(spelledFromCapital('the quillmarsh courier said', 'quillmarshcourier', false), false);
    assert.equal(spelledFromCapital('Quill said the marsh courier was late', 'quillmarshcourier', false), false);
    assert.equal(spelledFromCapital('Quillmarsh Courier', 'värnamo', false), false);
  });

  it('takes a line as ASCII-lettered when what else it holds is punctuation, spaces or signs that decompose into no letter', () => {
    assert.equal(asciiLettered('He said “it’s done” – at £5 … «ok»'), true);
    assert.equal(asciiLettered('Värnamo Nyheter'), false);
    assert.equal(asciiLettered('ª'), false);
    assert.equal(asciiLettered('₨ 20'), false);
    for (let c = 0x80; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (NOT_ASCII_LETTERED.test(ch)) continue;
      const decomposed = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      assert.equal(/[\p{L}\p{N}]/u.test(ch) || /[\p{L}\p{N}]/u.test(decomposed), false, `U+${c.toString(16)}`);
    }
  });
});
