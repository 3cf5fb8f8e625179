import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { labelLines } from '../../indexer/clean/index.ts';
import { countLineWords, hasWordsAtLeast, hasWordsAtMost, LINE_WORD_LIMIT, wordsUpTo } from '../../indexer/clean/line-words.ts';
import { spacedWordCount } from '../../indexer/clean/shape.ts';

/** A single-spaced line of n words, as cleaning makes every line. */
const lineOf = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('a cleaned line counts its words once', () => {
  it('answers every limit a rule asks exactly as a fresh count would', () => {
    for (const n of [0, 1, 2, 3, 7, 8, 9, 25, 26, 40, 41, 60, 61, 119, 120, 121, 122, 300]) {
      const text = lineOf(n);
      const line = { words: countLineWords(text) };
      for (let limit = 1; limit <= LINE_WORD_LIMIT; limit++) {
        assert.equal(wordsUpTo(line, limit), spacedWordCount(text, limit), `${n} words, limit ${limit}`);
      }
    }
  });

  it('refuses a limit the stored count cannot answer', () => {
    assert.throws(() => wordsUpTo({ words: countLineWords(lineOf(200)) }, LINE_WORD_LIMIT + 1), RangeError);
  });

  it('stores the count on every line labelLines makes, past odd spaces and trimming', () => {
    const text = `  Council approves\troad budget  \n\n${lineOf(130)}\nThe  council  met on Tuesday.`;
    const { lines } = labelLines(text);
    assert.deepEqual(
      lines.map((l) => l.words),
      [4, LINE_WORD_LIMIT + 1, 5],
    );
  });
});

describe('a length bound read in words, or in characters where a script has no spaces', () => {
  const line = (text: string) => ({ text, words: countLineWords(text) });

  it('counts the spaced words of a line in a spaced script', () => {
    assert.equal(hasWordsAtLeast(line(lineOf(6)), 6), true);
    assert.equal(hasWordsAtLeast(line(lineOf(5)), 6), false);
    assert.equal(hasWordsAtMost(line(lineOf(4)), 4), true);
    assert.equal(hasWordsAtMost(line(lineOf(5)), 4), false);
  });

  it('reads three characters as a word in a script without spaces, one spaced "word" however long', () => {
    // One spaced word of 18 and of 17 characters: a six-word line, and one just short of it.
    const eighteen = '市议会周二批准了新的道路预算案今天晚';
    assert.equal(eighteen.length, 18);
    assert.equal(hasWordsAtLeast(line(eighteen), 6), true);
    assert.equal(hasWordsAtLeast(line(eighteen.slice(1)), 6), false);
    assert.equal(hasWordsAtMost(line(eighteen), 6), true);
    assert.equal(hasWordsAtMost(line(`${eighteen}会`), 6), false);
  });
});
