/**
 * How a line ends (indexer/clean/shape.ts): read from the line's end, it must say what the
 * patterns it replaced said of the trimmed line, on every mix of marks, closers and spaces. And a
 * fixture found from its "v" says what the FIXTURE pattern says.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endsSentence, endsWithFullStop, FIXTURE, isFixture } from '../../indexer/clean/shape.ts';

const SENTENCE = /(?:[.!?…]["'”’»)\]]*|["”’»])$/;
const FULL_STOP = /(?:[.…;:,]["'”’»)\]]*)$/;
const PIECES = ['.', '!', '?', '…', '"', "'", '”', '’', '»', ')', ']', ';', ':', ',', ' ', '\t', '\u00a0', '\u3000', 'a', '“', '(', '😀'];

describe('line endings', () => {
  it('reads sentence endings as the patterns do, spaces around aside', () => {
    assert.equal(endsSentence('He said so.'), true);
    assert.equal(endsSentence('“We will win.” '), true);
    assert.equal(endsSentence('(see below.)]'), true);
    assert.equal(endsSentence('He said “so”'), true);
    assert.equal(endsSentence("it's 'so'"), false);
    assert.equal(endsSentence('Menu'), false);
    assert.equal(endsSentence('   '), false);
    assert.equal(endsWithFullStop('Results:'), true);
    assert.equal(endsWithFullStop('Why?'), false);
    assert.equal(endsWithFullStop('and so on…”)'), true);
  });

  it('agrees with the patterns on every mix of up to four marks, closers, spaces and letters', () => {
    const texts = [''];
    for (let len = 0; len < 4; len++) for (const t of texts.filter((x) => [...x].length === len)) for (const p of PIECES) texts.push(t + p);
    for (const t of texts) {
      assert.equal(endsSentence(t), SENTENCE.test(t.trim()), JSON.stringify(t));
      assert.equal(endsWithFullStop(t), FULL_STOP.test(t.trim()), JSON.stringify(t));
    }
  });
});

describe('a fixture line', () => {
  it('is what FIXTURE matches, whatever code unit stands before the v and after v, vs, v. or vs.', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [
        `Ajax${ch}v Fulham`,
        `Ajax v${ch}Fulham`,
        `Ajax vs${ch}Fulham`,
        `Ajax v.${ch}Fulham`,
        `Ajax vs.${ch}PSV`,
        `${ch}v x`,
        `a v${ch}`,
      ]) {
        assert.equal(isFixture(t), FIXTURE.test(t), JSON.stringify(t));
      }
    }
  });

  it('is found anywhere in a line, and not in a word holding a v', () => {
    const lines = [
      'v Fulham',
      ' v ',
      'Chelsea v Fulham',
      'Ajax vs. PSV 2-1',
      'They have voted vs',
      'a vv b',
      'a v.. b',
      'a vs.s b',
      'love v hate',
      'Spurs\tv\tWolves',
    ];
    for (const t of lines) assert.equal(isFixture(t), FIXTURE.test(t), JSON.stringify(t));
    assert.deepEqual(
      lines.map((t) => isFixture(t)),
      [false, true, true, true, false, false, false, false, true, true],
    );
  });
});
