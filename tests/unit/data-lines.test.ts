/**
 * A data line (indexer/clean/headline-run.ts): a third of its words numbers. The digit count that
 * spares most lines the split must never change the answer the split gives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDataLine } from '../../indexer/clean/headline-run.ts';

/** The rule as written before the digit count: every word split off and matched. */
const NUMBER_WORD = /^\(?\d[\d.,:/'’+–-]*\)?[,.;]?$/u;
function bySplit(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const words = text.split(/\s+/);
  return words.filter((w) => NUMBER_WORD.test(w)).length >= words.length * 0.3;
}

describe('a data line', () => {
  it('is a line a third of whose words are numbers', () => {
    assert.equal(isDataLine('Ashby 26, Corton 28'), true);
    assert.equal(isDataLine('1 Roger Federer (Switzerland) 12,450'), true);
    assert.equal(isDataLine('Profits rose 12% in 2004 to £3.5bn, the firm said on Tuesday.'), false);
    assert.equal(isDataLine('Results: 2-1 3-0'), true);
  });

  it('says what the split says, whatever the spaces and digits (20,000 lines drawn from a seed)', () => {
    const pieces = [
      '12',
      '(3)',
      '4.5,',
      '2-1',
      'x9',
      '2004',
      'word',
      'the',
      'Corton',
      '£3bn',
      ' ',
      ' ',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      ' \u3000',
      '\n',
    ];
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let k = 1 + (next() % 14); k > 0; k--) text += pieces[next() % pieces.length];
      assert.equal(isDataLine(text), bySplit(text), JSON.stringify(text));
    }
  });
});
