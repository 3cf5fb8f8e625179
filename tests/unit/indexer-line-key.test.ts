import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineKey } from '../../indexer/clean/shape.ts';

/** The key's definition, which non-ASCII lines still go through: NFKC, lower case, every run of punctuation, symbols or spacing one space, trimmed. */
const definition = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();

/** A reproducible stream of numbers in [0, 1) (a linear congruential generator). */
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('lineKey of ASCII lines', () => {
  it('gives the same key as the definition on hand-written lines', () => {
    for (const text of [
      '',
      ' ',
      '--',
      'A',
      'Read MORE »'.replace('»', '>>'),
      '  (Photo: J. Smith / Wire)  ',
      'a\tb\r\nc',
      'x\x01y',
      'UPDATED 12:45 GMT',
    ]) {
      assert.equal(lineKey(text), definition(text), JSON.stringify(text));
    }
  });

  it('gives the same key as the definition on 20,000 random ASCII lines', () => {
    const next = seeded(22);
    for (let n = 0; n < 20000; n++) {
      const length = Math.floor(next() * 40);
      let text = '';
      for (let i = 0; i < length; i++) text += String.fromCharCode(Math.floor(next() * 128));
      assert.equal(lineKey(text), definition(text), JSON.stringify(text));
    }
  });
});
